import { requireThat, type Actor } from '../../../../kernel/auth';
import { errors, refuse, type Outcome } from '../../../../kernel/http';
import { sendMail } from '../../../../kernel/mail';
import type { ModuleDeps } from '../../../../kernel/module';
import { formatDate, formatDateTime } from '../../../../kernel/views';
import type { VhsBooking, VhsCourse } from '../../tables';
import { bookedMail, waitlistedMail } from '../mails';
import { findCourse, findCourseBySlug, hasLiveBooking, insertBooking, placeLine, takeSeat, waitlistPlace } from '../repository';
import { courseCalendarAttachment } from '../calendar-attachment';

export interface BookingRequest {
  slug: string;
  /** Who takes part: the account holder, or their child (name and birth date). */
  participant: { kind: 'self' } | { kind: 'child'; name: string; birthDate: string };
  /** The person agreed to the waitlist should the course be full by the time the booking arrives. */
  waitlist: boolean;
}

/** Why a booking was refused: the form shows `message`; `full` also offers the waitlist. */
export type BookingRefusal = 'full' | 'duplicate' | 'cancelled' | 'not-open' | 'closed';

const loggedIn = (actor: Actor) => actor !== null;

/** The participant already holds a live booking: raised inside the transaction so it rolls back. */
class DuplicateBooking extends Error {}
class CourseFull extends Error {}
class CourseClosed extends Error {
  constructor(readonly reason: { refusal: BookingRefusal; message: string }) {
    super(reason.refusal);
  }
}

/**
 * Books a seat (binding, first come first served) or a waitlist place. The seat is taken by one
 * atomic update of the course's counter in the same transaction as the insert; whoever finds no
 * seat goes onto the waitlist if they agreed to, else is told the course is full.
 */
export async function bookCourse(
  actor: Actor,
  input: BookingRequest,
  deps: Pick<ModuleDeps, 'db' | 'config'>,
): Promise<Outcome<{ booking: VhsBooking; course: VhsCourse }> & { refusal?: BookingRefusal }> {
  requireThat(actor, loggedIn);
  const course = await findCourseBySlug(deps.db, input.slug);
  if (!course || course.state === 'draft') throw errors.notFoundOrForbidden('Der Kurs');
  const closed = whyClosed(course, new Date());
  if (closed) return { ...refuse({ buchung: closed.message }), refusal: closed.refusal };

  const participantName = input.participant.kind === 'self' ? actor.displayName : input.participant.name;
  const participantBirthDate = input.participant.kind === 'child' ? input.participant.birthDate : null;
  try {
    const booking = await deps.db.transaction(async (tx) => {
      if (await hasLiveBooking(tx, course.id, actor.id, participantName)) throw new DuplicateBooking();
      const seat = await takeSeat(tx, course.id);
      if (!seat) {
        // No seat: because the course is full, or because it was called off or closed since the check
        // above. Read under a share lock, so a parallel cancellation of the course cannot slip in between.
        const current = await findCourse(tx, course.id, { forShare: true });
        const closedNow = current ? whyClosed(current, new Date()) : { refusal: 'cancelled' as const, message: 'Der Kurs kann nicht mehr gebucht werden.' };
        if (closedNow) throw new CourseClosed(closedNow);
        if (!input.waitlist) throw new CourseFull();
      }
      const state = seat ? 'booked' : 'waitlisted';
      const booking = await insertBooking(tx, {
        courseId: course.id,
        bookerId: actor.id,
        participantName,
        participantBirthDate,
        state,
        feeCents: course.feeCents,
      });
      // A parallel request of the same person won the unique index: nothing is counted twice.
      if (!booking) throw new DuplicateBooking();
      const facts = { ...course, where: await placeLine(tx, course) };
      const mail = seat
        ? { ...bookedMail(deps.config, actor.email, facts, booking, new Date()), attachments: await courseCalendarAttachment(tx, course, deps.config) }
        : waitlistedMail(deps.config, actor.email, facts, booking, await waitlistPlace(tx, booking));
      await sendMail(tx, mail);
      return booking;
    });
    return { ok: true, booking, course };
  } catch (error) {
    if (error instanceof DuplicateBooking) {
      return {
        ...refuse({
          teilnahme: `${participantName} ist für diesen Kurs schon angemeldet oder steht auf der Warteliste. Ihre Buchungen finden Sie unter „Meine Kurse“.`,
        }),
        refusal: 'duplicate',
      };
    }
    if (error instanceof CourseClosed) return { ...refuse({ buchung: error.reason.message }), refusal: error.reason.refusal };
    if (error instanceof CourseFull) {
      return {
        ...refuse({
          buchung: 'Der Kurs ist inzwischen ausgebucht. Sie können sich auf die Warteliste setzen lassen: Wird ein Platz frei, rücken Sie automatisch nach.',
        }),
        refusal: 'full',
      };
    }
    throw error;
  }
}

/** The reason a course takes no bookings now, in words for the person; null when it does. */
export function whyClosed(
  course: Pick<VhsCourse, 'state' | 'cancellationReason' | 'bookingOpensAt' | 'bookingClosesAt'>,
  now: Date,
): { refusal: BookingRefusal; message: string } | null {
  if (course.state === 'cancelled') {
    return { refusal: 'cancelled', message: `Der Kurs wurde abgesagt und kann nicht gebucht werden. Grund: ${course.cancellationReason ?? ''}`.trim() };
  }
  if (course.bookingOpensAt && course.bookingOpensAt > now) {
    return { refusal: 'not-open', message: `Die Anmeldung für diesen Kurs beginnt am ${formatDateTime(course.bookingOpensAt)}. Bitte buchen Sie ab dann.` };
  }
  if (course.bookingClosesAt <= now) {
    return { refusal: 'closed', message: `Die Anmeldefrist für diesen Kurs ist am ${formatDate(course.bookingClosesAt)} abgelaufen.` };
  }
  return null;
}
