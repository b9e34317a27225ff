import { StatusTag, Table, type TagKind } from '../../../../kernel/views';
import { berlinTime } from '../../../../kernel/time';
import { PATHS } from '../../paths';
import type { BookingState } from '../../tables';
import type { AccountBooking } from '../repository';
import type { MyAppointments } from '../use-cases/list-my-appointments';

const STATES: Record<BookingState, [string, TagKind]> = {
  booked: ['Gebucht', 'success'],
  waiting: ['Eingecheckt, Sie warten', 'info'],
  called: ['Aufgerufen', 'info'],
  done: ['Erledigt', 'neutral'],
  no_show: ['Nicht erschienen', 'warning'],
  cancelled: ['Abgesagt', 'neutral'],
};

const LONG_DAY = new Intl.DateTimeFormat('de-DE', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Berlin' });

/** "Dienstag, 8. Dezember 2026, 09:00 Uhr"; a walk-in has no time, only its day. */
export function whenText(booking: Pick<AccountBooking, 'day' | 'startsAt'>): string {
  if (!booking.startsAt) return LONG_DAY.format(new Date(`${booking.day}T12:00:00Z`));
  return `${LONG_DAY.format(booking.startsAt)}, ${berlinTime(booking.startsAt)} Uhr`;
}

function BookingsTable({ caption, rows, empty }: { caption: string; rows: AccountBooking[]; empty: string }) {
  return (
    <Table
      caption={caption}
      empty={empty}
      rows={rows}
      columns={[
        { header: 'Wann', cell: (booking) => <a href={PATHS.accountBooking(booking.id)}>{whenText(booking)}</a> },
        { header: 'Wo', cell: (booking) => booking.location },
        { header: 'Anliegen', cell: (booking) => booking.services.join(', ') },
        { header: 'Buchungsnummer', cell: (booking) => booking.reference },
        {
          header: 'Stand',
          cell: (booking) => {
            const [label, kind] = STATES[booking.state];
            return <StatusTag kind={kind}>{label}</StatusTag>;
          },
        },
      ]}
    />
  );
}

/** "Meine Termine" in the citizen account: upcoming first, then the past ones, each linking to its page. */
export function MyAppointmentsPage({ appointments }: { appointments: MyAppointments }) {
  return (
    <>
      <h1>Meine Termine</h1>
      <p class="lead">
        Die Termine im Bürgerbüro, die Sie mit Ihrem Bürgerkonto gebucht haben. Über einen Termin können Sie ihn ansehen, absagen oder verschieben.
      </p>
      <p>
        <a href={PATHS.book}>Einen Termin buchen</a>
      </p>
      <BookingsTable caption="Anstehende Termine" rows={appointments.upcoming} empty="Sie haben keine anstehenden Termine." />
      <BookingsTable caption="Frühere und abgesagte Termine" rows={appointments.past} empty="Noch keine." />
    </>
  );
}
