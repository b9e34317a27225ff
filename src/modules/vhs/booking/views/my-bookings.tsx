import { formatDate, Table } from '../../../../kernel/views';
import type { MyBooking } from '../account-repository';
import { BOOKING_PATHS } from '../paths';
import { BookingStateTag } from './booking-state';

/** "Meine Kurse": bookings and waitlist places of the account, for itself and its children. */
export function MyBookingsPage({ bookings }: { bookings: MyBooking[] }) {
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
        ]}
      />
    </>
  );
}
