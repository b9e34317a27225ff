import { formatDateTime, Pagination, StatusTag, Table } from '../../../kernel/views';
import { PATHS } from '../paths';
import { STATUS_KINDS, STATUS_LABELS } from '../presenters';
import type { AccessibilityReport } from '../repository';
import { ACCESSIBILITY_REPORT_STATUSES, type AccessibilityReportStatus } from '../tables';

export interface ReportRow {
  report: AccessibilityReport;
  reference: string;
}

interface ReportsListProps {
  rows: ReportRow[];
  status: AccessibilityReportStatus | undefined;
  total: number;
  page: number;
  pageCount: number;
}

function listHref(status: AccessibilityReportStatus | undefined, page = 1): string {
  const query = new URLSearchParams();
  if (status) query.set('status', status);
  if (page > 1) query.set('seite', String(page));
  const search = query.toString();
  return search ? `${PATHS.reports}?${search}` : PATHS.reports;
}

/** Back office: the reports of "Barriere melden", newest first, filtered by status with plain links. */
export function ReportsListPage({ rows, status, total, page, pageCount }: ReportsListProps) {
  const filters: { value: AccessibilityReportStatus | undefined; label: string }[] = [
    { value: undefined, label: 'Alle' },
    ...ACCESSIBILITY_REPORT_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
  ];
  return (
    <>
      <h1>Barrieremeldungen</h1>
      <p class="lead">Meldungen aus dem Formular „Barriere melden“. Beantworten Sie jede Meldung mit E-Mail-Adresse und setzen Sie danach den Status.</p>
      {/* The pagination style (44 px targets, current entry highlighted) fits the filter links as well. */}
      <nav class="pagination" aria-labelledby="filter-title">
        <h2 id="filter-title">Nach Status filtern</h2>
        <ul>
          {filters.map((filter) => (
            <li>
              <a href={listHref(filter.value)} aria-current={filter.value === status ? 'page' : undefined}>
                {filter.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <Table<ReportRow>
        caption={`${status ? STATUS_LABELS[status] : 'Alle'} Meldungen (${total})`}
        columns={[
          { header: 'Eingang', cell: ({ report }) => formatDateTime(report.createdAt) },
          { header: 'Vorgangsnummer', cell: ({ report, reference }) => <a href={PATHS.report(report.id)}>{reference}</a> },
          { header: 'Seite', cell: ({ report }) => report.page ?? 'nicht angegeben' },
          { header: 'Antwort möglich', cell: ({ report }) => (report.contactEmail ? 'Ja' : 'Nein') },
          { header: 'Status', cell: ({ report }) => <StatusTag kind={STATUS_KINDS[report.status]}>{STATUS_LABELS[report.status]}</StatusTag> },
        ]}
        rows={rows}
        empty="Es gibt keine Meldungen mit diesem Status."
      />
      <Pagination page={page} pageCount={pageCount} hrefFor={(p) => listHref(status, p)} />
    </>
  );
}
