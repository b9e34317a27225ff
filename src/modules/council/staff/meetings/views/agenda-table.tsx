import { Button, Form, StatusTag, Table } from '../../../../../kernel/views';
import { STAFF_ENTRY_PATHS } from '../../../paths';
import type { AgendaRow } from '../repository';

/** A move button with a name that says which item goes where (several per page). */
function MoveButton({ meetingId, item, direction }: { meetingId: string; item: AgendaRow; direction: 'hoch' | 'runter' }) {
  return (
    <Form action={STAFF_ENTRY_PATHS.moveAgendaItem(meetingId, item.id)} class="inline-form">
      <input type="hidden" name="direction" value={direction} />
      <Button variant="secondary">
        {direction === 'hoch' ? 'Nach oben' : 'Nach unten'}
        <span class="visually-hidden">
          {' '}
          schieben: {item.number ?? ''} {item.name ?? ''}
        </span>
      </Button>
    </Form>
  );
}

/** The agenda in its order; each row links to its form and moves up or down without JavaScript. */
export function AgendaTable({ meetingId, agenda, editable }: { meetingId: string; agenda: AgendaRow[]; editable: boolean }) {
  const last = agenda.length - 1;
  return (
    <Table<AgendaRow>
      caption={`Tagesordnung (${agenda.length} Punkte)`}
      columns={[
        { header: 'Nr.', cell: (row) => row.number ?? '' },
        { header: 'Gegenstand', cell: (row) => <a href={STAFF_ENTRY_PATHS.agendaItem(meetingId, row.id)}>{row.name ?? 'ohne Titel'}</a> },
        { header: 'Teil', cell: (row) => (row.public ? 'öffentlich' : <StatusTag kind="warning">nichtöffentlich</StatusTag>) },
        { header: 'Vorlage', cell: (row) => row.paperReference ?? '' },
        { header: 'Ergebnis', cell: (row) => row.result ?? '' },
        {
          header: 'Reihenfolge',
          cell: (row) => {
            if (!editable) return String(row.order);
            const index = agenda.indexOf(row);
            return (
              <>
                {index > 0 && <MoveButton meetingId={meetingId} item={row} direction="hoch" />}
                {index < last && <MoveButton meetingId={meetingId} item={row} direction="runter" />}
              </>
            );
          },
        },
      ]}
      rows={agenda}
      empty="Die Tagesordnung ist noch leer."
    />
  );
}
