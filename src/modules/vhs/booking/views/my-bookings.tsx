import { formatDate, Table } from '../../../../kernel/views';
import type { MyBooking } from '../account-repository';
import { BOOKING_PATHS } from '../paths';
import { certificateAvailable } from '../use-cases/render-certificate';
import { BookingStateTag } from './booking-state';

/** "Meine Kurse": bookings and waitlist places of the account, for itself and its children. */
export function MyBookingsPage({ bookings }: { bookings: MyBooking[] }) {
  const now = new Date();
  return (
    <>
      <h1>Meine Kurse</h1>
      <p class="lead">Ihre Buchungen bei der Volkshochschule, auch die für Ihre Kinder.</p>
      <Table
        caption="Buchungen"
        empty="Sie haben noch keinen Kurs gebucht."
        rows={bookings}
        columns={[
          { header: 'Kurs', cell: ({ booking, course }) => <a href={BOOKING_PATHS.mine(booking.id)}>{course.title}</a> },
          { header: 'Teilnehmer/in', cell: ({ booking }) => booking.participantName },
          { header: 'Beginn', cell: ({ course }) => formatDate(course.startsAt) },
          { header: 'Buchungsnummer', cell: ({ booking }) => booking.reference },
          { header: 'Stand', cell: ({ booking, waitlistPlace }) => <BookingStateTag state={booking.state} waitlistPlace={waitlistPlace} /> },
          {
            header: 'Bescheinigung',
            cell: (found) =>
              certificateAvailable(found, now) ? (
                <a href={BOOKING_PATHS.mineCertificate(found.booking.id)} download>
                  PDF<span class="visually-hidden"> für {found.course.title}</span>
                </a>
              ) : (
                '–'
              ),
          },
        ]}
      />
    </>
  );
}
