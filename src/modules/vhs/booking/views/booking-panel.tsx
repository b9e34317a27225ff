import { ButtonLink, formatDate, formatMoney } from '../../../../kernel/views';
import type { VhsCourse } from '../../tables';
import { BOOKING_PATHS } from '../paths';
import { whyClosed } from '../use-cases/book-course';

type PanelCourse = Pick<
  VhsCourse,
  'slug' | 'state' | 'cancellationReason' | 'bookingOpensAt' | 'bookingClosesAt' | 'maxParticipants' | 'seatsTaken' | 'feeCents' | 'cancellableUntil'
>;

/**
 * The booking box for the course page (the catalogue's `bookingPanel` slot): free seats, the fee and
 * the way to book or onto the waitlist, or why the course takes no bookings now. Anonymous visitors
 * get the same link: the booking page sends them to the login and back.
 */
export function BookingPanel({ course, now = new Date() }: { course: PanelCourse; now?: Date }) {
  const closed = whyClosed(course, now);
  const free = course.maxParticipants - course.seatsTaken;
  return (
    <section class="panel" aria-labelledby="booking-panel-title">
      <h2 id="booking-panel-title">Anmeldung</h2>
      {closed ? (
        <p>{closed.message}</p>
      ) : (
        <>
          <p>
            {free > 0 ? `${free} von ${course.maxParticipants} Plätzen frei.` : 'Der Kurs ist ausgebucht: Sie können sich auf die Warteliste setzen lassen.'}{' '}
            Kursgebühr {formatMoney(course.feeCents)}. Anmeldeschluss {formatDate(course.bookingClosesAt)}; kostenlos stornieren bis{' '}
            {formatDate(course.cancellableUntil)}.
          </p>
          <ButtonLink href={BOOKING_PATHS.book(course.slug)}>{free > 0 ? 'Jetzt buchen' : 'Auf die Warteliste'}</ButtonLink>
        </>
      )}
    </section>
  );
}
