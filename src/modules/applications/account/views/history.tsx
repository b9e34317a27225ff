import { formatDateTime, Table } from '../../../../kernel/views';
import type { EventRow } from '../repository';
import { STATUS_LABELS, type ApplicationStatus } from '../../workflow';

function statusLabel(status: string | null): string {
  return status && status in STATUS_LABELS ? STATUS_LABELS[status as ApplicationStatus] : 'unbekannt';
}

function describe(event: EventRow): string {
  if (event.kind === 'status') return event.fromStatus === 'draft' ? 'Antrag abgeschickt' : `Status geändert zu „${statusLabel(event.toStatus)}“`;
  if (event.kind === 'bescheid') return 'Bescheid erstellt';
  return 'Zahlung';
}

/** The applicant-visible events only (the repository filters out notes and assignments). */
export function History({ events }: { events: EventRow[] }) {
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">Verlauf</h2>
      <Table<EventRow>
        caption="Was bisher mit Ihrem Antrag geschehen ist"
        columns={[
          { header: 'Datum', cell: (event) => formatDateTime(event.createdAt) },
          { header: 'Ereignis', cell: describe },
          { header: 'Hinweis', cell: (event) => event.text ?? '' },
        ]}
        rows={events}
      />
    </section>
  );
}
