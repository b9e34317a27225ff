import { ButtonLink, Form, Button, formatDate, formatDateTime, formatMoney, NotificationBanner, SummaryList, Table } from '../../../../kernel/views';
import type { VhsBooking } from '../../tables';
import type { CourseParticipants } from '../use-cases/staff-participants';
import { BOOKING_PATHS } from '../paths';
import { bookingStateLabel } from './booking-state';

const participantColumns = [
  { header: 'Nr.', numeric: true, cell: (row: { index: number }) => String(row.index) },
  { header: 'Teilnehmer/in', cell: (row: { booking: VhsBooking }) => row.booking.participantName },
  { header: 'Geburtsdatum (Kinder)', cell: (row: { booking: VhsBooking }) => row.booking.participantBirthDate ?? '–' },
  { header: 'Buchungsnummer', cell: (row: { booking: VhsBooking }) => row.booking.reference },
  { header: 'Gebühr', numeric: true, cell: (row: { booking: VhsBooking }) => formatMoney(row.booking.feeCents) },
  { header: 'Gebucht am', cell: (row: { booking: VhsBooking }) => formatDateTime(row.booking.createdAt) },
];

const PAYMENT_TEXT = { open: 'offen', paid: 'bezahlt', failed: 'fehlgeschlagen', cancelled: 'abgebrochen' } as const;

/** The fee's payment; an open invoice gets the button for the transfer staff saw. */
function PaymentCell({ courseId, booking }: { courseId: string; booking: VhsBooking }) {
  const state = booking.paymentState ? PAYMENT_TEXT[booking.paymentState] : 'noch nicht begonnen';
  if (booking.paymentProvider !== 'invoice' || booking.paymentState !== 'open') return <>{state}</>;
  return (
    <Form action={BOOKING_PATHS.staffMarkPaid(courseId, booking.id)} label={`Zahlung von ${booking.participantName}`}>
      Überweisung offen{' '}
      <Button variant="secondary">
        Zahlung eingegangen<span class="visually-hidden"> von {booking.participantName}</span>
      </Button>
    </Form>
  );
}

const numbered = (bookings: VhsBooking[]) => bookings.map((booking, i) => ({ booking, index: i + 1 }));

/** One course for staff: the participants list (printable, CSV), the waitlist, attendance per session, and calling the course off. */
export function StaffCoursePage({ list }: { list: CourseParticipants }) {
  const { course } = list;
  return (
    <>
      <h1>{course.title}</h1>
      {course.state === 'cancelled' && (
        <NotificationBanner kind="warning" title="Der Kurs ist abgesagt">
          <p>Grund: {course.cancellationReason}</p>
        </NotificationBanner>
      )}
      <SummaryList
        rows={[
          { key: 'Kursnummer', value: course.number },
          { key: 'Zeitraum', value: `${formatDate(course.startsAt)} bis ${formatDate(course.endsAt)}` },
          { key: 'Belegt', value: `${course.seatsTaken} von ${course.maxParticipants} Plätzen (mindestens ${course.minParticipants})` },
          { key: 'Warteliste', value: String(list.waitlisted.length) },
        ]}
      />
      <p>
        <a href={BOOKING_PATHS.staffCsv(course.id)} download>
          Teilnehmerliste als CSV herunterladen
        </a>
      </p>
      <Table
        caption="Teilnehmerliste"
        empty="Noch niemand hat gebucht."
        rows={numbered(list.booked)}
        columns={[
          ...participantColumns,
          { header: 'Zahlung', cell: (row: { booking: VhsBooking }) => <PaymentCell courseId={course.id} booking={row.booking} /> },
        ]}
      />
      <Table
        caption="Warteliste (in Reihenfolge der Anmeldung)"
        empty="Niemand steht auf der Warteliste."
        rows={numbered(list.waitlisted)}
        columns={participantColumns}
      />
      {list.ended.length > 0 && (
        <Table
          caption="Stornierte Buchungen"
          rows={list.ended}
          columns={[
            { header: 'Teilnehmer/in', cell: (booking) => booking.participantName },
            { header: 'Buchungsnummer', cell: (booking) => booking.reference },
            { header: 'Stand', cell: (booking) => bookingStateLabel(booking.state) },
          ]}
        />
      )}
      <ReductionsToDecide list={list} />
      <h2>Anwesenheit</h2>
      {list.sessions.length === 0 || list.booked.length === 0 ? (
        <p>Anwesenheit lässt sich erfassen, sobald der Kurs Termine und Teilnehmende hat.</p>
      ) : (
        <AttendanceForm list={list} />
      )}
      {course.state === 'published' && (
        <>
          <h2>Kurs absagen</h2>
          <p>Alle Teilnehmenden und alle auf der Warteliste werden per E-Mail benachrichtigt; Gebühren werden nicht erhoben.</p>
          <ButtonLink href={BOOKING_PATHS.staffCancelCourse(course.id)} variant="secondary">
            Kurs absagen
          </ButtonLink>
        </>
      )}
    </>
  );
}

/** One checkbox per participant and session; the grid reads as a table, each box named by person and date. */
function AttendanceForm({ list }: { list: CourseParticipants }) {
  return (
    <Form action={BOOKING_PATHS.staffAttendance(list.course.id)}>
      <div class="table-wrapper">
        <table class="table">
          <caption class="table__caption">Anwesenheit je Termin</caption>
          <thead>
            <tr>
              <th scope="col">Teilnehmer/in</th>
              {list.sessions.map((session) => (
                <th scope="col">
                  {formatDate(session.startsAt)}
                  {session.cancelled ? ' (fällt aus)' : ''}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {list.booked.map((booking) => (
              <tr>
                <th scope="row">{booking.participantName}</th>
                {list.sessions.map((session) => {
                  const pair = `${session.id}:${booking.id}`;
                  return (
                    <td>
                      <input
                        type="checkbox"
                        name="anwesend"
                        value={pair}
                        checked={list.attendance.has(pair)}
                        aria-label={`${booking.participantName} am ${formatDate(session.startsAt)} anwesend`}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Button variant="secondary">Anwesenheit speichern</Button>
    </Form>
  );
}

/** Requested reductions with their proof, each decided with one of two buttons. */
function ReductionsToDecide({ list }: { list: CourseParticipants }) {
  const requested = [...list.booked, ...list.waitlisted].filter((booking) => booking.reduction === 'requested');
  const { course } = list;
  return (
    <>
      <h2>Ermäßigungen zu entscheiden</h2>
      {requested.length === 0 ? (
        <p>Keine offenen Anträge auf Ermäßigung.</p>
      ) : (
        <Table
          caption={`Ermäßigung: ${course.reducedFeeCents === null ? '' : formatMoney(course.reducedFeeCents)} statt ${formatMoney(course.feeCents)}`}
          rows={requested}
          columns={[
            { header: 'Teilnehmer/in', cell: (booking) => booking.participantName },
            {
              header: 'Nachweis',
              cell: (booking) => (
                <a href={BOOKING_PATHS.staffProof(course.id, booking.id)}>
                  Nachweis<span class="visually-hidden"> von {booking.participantName}</span> öffnen
                </a>
              ),
            },
            {
              header: 'Entscheidung',
              cell: (booking) => (
                <Form action={BOOKING_PATHS.staffReduction(course.id, booking.id)} label={`Ermäßigung für ${booking.participantName}`}>
                  <div class="button-group">
                    <Button name="entscheidung" value="gewaehrt" variant="secondary">
                      Gewähren<span class="visually-hidden"> für {booking.participantName}</span>
                    </Button>
                    <Button name="entscheidung" value="abgelehnt" variant="secondary">
                      Ablehnen<span class="visually-hidden"> für {booking.participantName}</span>
                    </Button>
                  </div>
                </Form>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
