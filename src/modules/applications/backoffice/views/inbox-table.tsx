import { formatDate, StatusTag } from '../../../../kernel/views';
import { PATHS } from '../../paths';
import { STATUS_LABELS, STATUS_TAGS } from '../../workflow';
import type { InboxRow } from '../inbox-query';
import { inboxQuery, type InboxFilters, type InboxSort } from '../schemas';

interface InboxTableProps {
  caption: string;
  rows: InboxRow[];
  filters: InboxFilters;
  serviceNames: ReadonlyMap<string, string>;
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

/**
 * A column header that sorts by a link (works without JavaScript, keeps the filters). The sorted
 * column says so with `aria-sort` and in words for screen readers.
 */
function SortHeader({ label, sort, filters, direction }: { label: string; sort: InboxSort; filters: InboxFilters; direction: 'ascending' | 'descending' }) {
  const active = filters.sort === sort;
  const hint = direction === 'ascending' ? 'früheste zuerst' : 'neueste zuerst';
  return (
    <th scope="col" aria-sort={active ? direction : undefined}>
      <a href={`${PATHS.inbox}${inboxQuery({ ...filters, sort, page: 1 })}`} class="inbox-sort">
        {label}
        <span class="visually-hidden">{active ? `, sortiert: ${hint}` : `, danach sortieren (${hint})`}</span>
        {active && <span aria-hidden="true"> {direction === 'ascending' ? '▲' : '▼'}</span>}
      </a>
    </th>
  );
}

/** The inbox table; written out here (not the kernel Table) because two headers are sort links. */
export function InboxTable({ caption, rows, filters, serviceNames }: InboxTableProps) {
  return (
    <div class="table-wrapper">
      <table class="table">
        <caption class="table__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Aktenzeichen</th>
            <th scope="col">Leistung</th>
            <th scope="col">Antragstellende Person</th>
            <SortHeader label="Eingang" sort="submitted" filters={filters} direction="descending" />
            <th scope="col">Status</th>
            <th scope="col">Bearbeitung</th>
            <SortHeader label="Frist" sort="due" filters={filters} direction="ascending" />
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={7}>Keine Anträge passen zu diesen Filtern.</td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr>
                <td>
                  <a href={PATHS.staffDetail(row.id)}>{row.reference}</a>
                </td>
                <td>{serviceNames.get(row.serviceSlug) ?? row.serviceSlug}</td>
                <td>{row.applicantName ?? 'nicht angegeben'}</td>
                <td>{formatDate(row.submittedAt)}</td>
                <td>
                  <StatusTag kind={STATUS_TAGS[row.status]}>{STATUS_LABELS[row.status]}</StatusTag>
                </td>
                <td>{row.assigneeName ?? 'niemand'}</td>
                <td>
                  <DueCell row={row} />
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
