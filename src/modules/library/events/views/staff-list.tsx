import { ButtonLink, StatusTag, Table, type Column } from '../../../../kernel/views';
import type { LibraryEvent } from '../../tables';
import { EVENT_PATHS } from '../paths';
import { whenText, whereText } from '../presenters';

const columns: Column<LibraryEvent>[] = [
  {
    header: 'Veranstaltung',
    cell: (event) => (
      <>
        <a href={EVENT_PATHS.staffEdit(event.id)}>{event.title}</a>
        {event.cancellationReason !== null && (
          <>
            {' '}
            <StatusTag kind="danger">Abgesagt</StatusTag>
          </>
        )}
      </>
    ),
  },
  { header: 'Wann', cell: whenText },
  { header: 'Wo', cell: whereText },
  { header: 'Für wen', cell: (event) => event.audience },
];

/** `/verwaltung/buecherei/veranstaltungen`: coming events in start order, then the latest past ones. */
export function StaffEventList({ coming, past }: { coming: LibraryEvent[]; past: LibraryEvent[] }) {
  return (
    <>
      <h1>Veranstaltungen der Stadtbücherei</h1>
      <p class="lead">Was hier steht, erscheint sofort im Veranstaltungskalender und auf einer eigenen Seite.</p>
      <p>
        <ButtonLink href={EVENT_PATHS.staffNew}>Neue Veranstaltung</ButtonLink>
      </p>
      <Table caption="Kommende Veranstaltungen" columns={columns} rows={coming} empty="Keine kommenden Veranstaltungen." />
      <Table caption="Vergangene Veranstaltungen (die letzten 50)" columns={columns} rows={past} empty="Noch keine vergangenen Veranstaltungen." />
    </>
  );
}
