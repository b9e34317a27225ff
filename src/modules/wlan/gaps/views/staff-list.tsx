import { formatDateTime, Pagination, StatusTag, Table } from '../../../../kernel/views';
import { PATHS } from '../../paths';
import { GAP_STATES, type GapState, type WlanGapReport } from '../../tables';
import { STATE_KINDS, STATE_LABELS } from '../presenters';

interface GapListProps {
  rows: WlanGapReport[];
  state: GapState | undefined;
  total: number;
  page: number;
  pageCount: number;
}

export function staffListHref(state: GapState | undefined, page = 1): string {
  const query = new URLSearchParams();
  if (state) query.set('status', state);
  if (page > 1) query.set('seite', String(page));
  const search = query.toString();
  return search ? `${PATHS.staffGaps}?${search}` : PATHS.staffGaps;
}

/** Back office: reported WiFi gaps, newest first, filtered by state with plain links. */
export function GapListPage({ rows, state, total, page, pageCount }: GapListProps) {
  const filters: { value: GapState | undefined; label: string }[] = [
    { value: undefined, label: 'Alle' },
    ...GAP_STATES.map((value) => ({ value, label: STATE_LABELS[value] })),
  ];
  return (
    <>
      <h1>WLAN-Lücken</h1>
      <p class="lead">
        Orte, an denen Bürgerinnen und Bürger freies WLAN vermissen. Prüfen Sie neue Meldungen: Bestätigte, geplante und behobene erscheinen ungefähr auf der{' '}
        <a href={PATHS.gapMap}>öffentlichen Karte</a>, mit Ihrem öffentlichen Hinweis.
      </p>
      <nav class="pagination" aria-labelledby="filter-title">
        <h2 id="filter-title">Nach Status filtern</h2>
        <ul>
          {filters.map((filter) => (
            <li>
              <a href={staffListHref(filter.value)} aria-current={filter.value === state ? 'page' : undefined}>
                {filter.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <Table<WlanGapReport>
        caption={`${state ? `Status ${STATE_LABELS[state]}` : 'Alle Meldungen'}: ${total}`}
        columns={[
          { header: 'Eingang', cell: (report) => formatDateTime(report.createdAt) },
          { header: 'Vorgangsnummer', cell: (report) => <a href={PATHS.staffGap(report.id)}>{report.reference}</a> },
          { header: 'Ort', cell: (report) => report.place },
          { header: 'Foto', cell: (report) => (report.photoKey ? 'Ja' : 'Nein') },
          { header: 'Status', cell: (report) => <StatusTag kind={STATE_KINDS[report.state]}>{STATE_LABELS[report.state]}</StatusTag> },
        ]}
        rows={rows}
        empty="Es gibt keine Meldungen mit diesem Status."
      />
      <Pagination page={page} pageCount={pageCount} hrefFor={(p) => staffListHref(state, p)} />
    </>
  );
}
