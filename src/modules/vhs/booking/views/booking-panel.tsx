import { ButtonLink } from '../../../../kernel/views';
import type { VhsCourse } from '../../tables';
import { BOOKING_PATHS } from '../paths';
import { whyClosed } from '../use-cases/book-course';

type PanelCourse = Pick<VhsCourse, 'slug' | 'state' | 'cancellationReason' | 'bookingOpensAt' | 'bookingClosesAt' | 'maxParticipants' | 'seatsTaken'>;

/**
 * The way to book, for the course page's section "Anmeldung" (the catalogue's `bookingPanel` slot),
 * which already states the free places and the booking window: "Jetzt buchen", or "Auf die
 * Warteliste" when full, and nothing while the course takes no bookings. Anonymous visitors get the
 * same link: the booking page sends them to the login and back.
 */
export function BookingPanel({ course, now = new Date() }: { course: PanelCourse; now?: Date }) {
  if (whyClosed(course, now)) return null;
  const full = course.seatsTaken >= course.maxParticipants;
  return (
    <p>
      <ButtonLink href={BOOKING_PATHS.book(course.slug)}>{full ? 'Auf die Warteliste' : 'Jetzt buchen'}</ButtonLink>
    </p>
  );
}
