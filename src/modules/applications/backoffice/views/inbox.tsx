import { formatDate, Pagination, StatusTag, Table } from '../../../../kernel/views';
import type { ServiceForApplication } from '../../../services';
import { PATHS } from '../../paths';
import { STATUS_LABELS, STATUS_TAGS } from '../../workflow';
import { COUNT_CAP, type Colleague, type InboxRow } from '../repository';
import { inboxQuery, type InboxFilters } from '../schemas';
import { InboxFilterForm } from './inbox-filters';

interface InboxProps {
  rows: InboxRow[];
  total: number;
  filters: InboxFilters;
  pageCount: number;
  services: ServiceForApplication[];
  colleagues: Colleague[];
}

function countText(total: number): string {
  if (total > COUNT_CAP) return `mehr als ${COUNT_CAP.toLocaleString('de-DE')} Anträge`;
  return total === 1 ? '1 Antrag' : `${total.toLocaleString('de-DE')} Anträge`;
}

/** The due date, and "überfällig" in words so the state does not depend on colour. */
function DueCell({ row }: { row: InboxRow }) {
  if (!row.dueAt) return <>keine Frist</>;
  return (
    <>
      {formatDate(row.dueAt)}
      {row.overdue && (
        <>
          {' '}
          <StatusTag kind="danger">überfällig</StatusTag>
        </>
      )}
    </>
  );
}

/** Back office: the applications of the actor's departments, filtered by a GET form. */
export function InboxPage({ rows, total, filters, pageCount, services, colleagues }: InboxProps) {
  const serviceNames = new Map(services.map((service) => [service.slug, service.name]));
  return (
    <>
      <h1>Anträge bearbeiten</h1>
      <p class="lead">Eingegangene Anträge Ihrer Fachbereiche. Öffnen Sie einen Antrag über sein Aktenzeichen.</p>
      <InboxFilterForm filters={filters} services={services} colleagues={colleagues} />
      <Table<InboxRow>
        caption={`Gefunden: ${countText(total)}${pageCount > 1 ? `, Seite ${filters.page} von ${pageCount}` : ''}`}
        columns={[
          { header: 'Aktenzeichen', cell: (row) => <a href={PATHS.staffDetail(row.id)}>{row.reference}</a> },
          { header: 'Leistung', cell: (row) => serviceNames.get(row.serviceSlug) ?? row.serviceSlug },
          { header: 'Antragstellende Person', cell: (row) => row.applicantName ?? 'nicht angegeben' },
          { header: 'Eingang', cell: (row) => formatDate(row.submittedAt) },
          { header: 'Status', cell: (row) => <StatusTag kind={STATUS_TAGS[row.status]}>{STATUS_LABELS[row.status]}</StatusTag> },
          { header: 'Bearbeitung', cell: (row) => row.assigneeName ?? 'niemand' },
          { header: 'Frist', cell: (row) => <DueCell row={row} /> },
        ]}
        rows={rows}
        empty="Keine Anträge passen zu diesen Filtern."
      />
      <Pagination page={filters.page} pageCount={pageCount} hrefFor={(page) => `${PATHS.inbox}${inboxQuery(filters, page)}`} />
    </>
  );
}
