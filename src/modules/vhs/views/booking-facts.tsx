import type { ComponentChildren } from 'preact';
import { formatDateTime, InsetText } from '../../../kernel/views';
import { placesText } from '../presenters';
import type { VhsCourse } from '../tables';

/**
 * "Anmeldung": the facts a person needs before booking (free places or the waitlist, from when
 * and until when), then the booking helper's `bookingPanel` (the "Buchen" form), which this view
 * only places. Without a panel, the facts alone.
 */
export function BookingSection({ course, now, bookingPanel }: { course: VhsCourse; now: Date; bookingPanel?: ComponentChildren }) {
  const free = course.maxParticipants - course.seatsTaken;
  return (
    <section aria-labelledby="booking-title" class="booking">
      <h2 id="booking-title">Anmeldung</h2>
      {course.state === 'cancelled' ? (
        <p>Für diesen Kurs ist keine Anmeldung möglich, er ist abgesagt.</p>
      ) : (
        <>
          <p>
            <strong>{placesText(free)}</strong> (höchstens {course.maxParticipants} Teilnehmende)
            {free <= 0
              ? '. Sie können sich auf die Warteliste setzen lassen; wird ein Platz frei, rücken Sie der Reihe nach auf und erhalten eine Nachricht.'
              : '.'}
          </p>
          <BookingWindow course={course} now={now} />
        </>
      )}
      {/* Filled by the booking part of the module (the "Buchen" form for signed-in people). */}
      {bookingPanel}
    </section>
  );
}

function BookingWindow({ course, now }: { course: VhsCourse; now: Date }) {
  if (course.bookingOpensAt && course.bookingOpensAt > now) {
    return (
      <InsetText>
        Die Anmeldung beginnt am {formatDateTime(course.bookingOpensAt)}. Anmeldeschluss ist am {formatDateTime(course.bookingClosesAt)}.
      </InsetText>
    );
  }
  if (course.bookingClosesAt <= now) {
    return <InsetText>Die Anmeldung ist geschlossen. Anmeldeschluss war am {formatDateTime(course.bookingClosesAt)}.</InsetText>;
  }
  return <p>Anmeldeschluss: {formatDateTime(course.bookingClosesAt)}.</p>;
}
