import { audit } from '../../../../kernel/audit';
import { loadAuthorized, type Actor } from '../../../../kernel/auth';
import { errors, refuse, type Outcome } from '../../../../kernel/http';
import { sendMail } from '../../../../kernel/mail';
import type { ModuleDeps } from '../../../../kernel/module';
import { isBooker } from '../../policies';
import type { VhsBooking } from '../../tables';
import { cancellationPeriodEnded, freeCancellationEnded } from '../cancellation-deadline';
import { cancelledByParticipantMail } from '../mails';
import { findBooking, findCourse, markCancelled, releaseSeat } from '../repository';
import { fillFreeSeats } from './fill-free-seats';
import { oweRefund } from './owe-refund';

/**
 * The participant cancels their booking (until the course's Rücktrittsfrist) or leaves the waitlist
 * (any time before the course ends). A freed seat goes to the first waitlisted person in the same
 * transaction, so nobody else can take it in between. A fee already paid is owed back (an
 * Erstattung recorded in the same transaction, once: the booking can be cancelled only once).
 */
export async function cancelBooking(
  actor: Actor,
  input: { bookingId: string; ip?: string },
  deps: Pick<ModuleDeps, 'db' | 'config'>,
): Promise<Outcome<{ booking: VhsBooking }>> {
  if (!actor) throw errors.loginRequired();
  return deps.db.transaction(async (tx) => {
    const found = await loadAuthorized(actor, () => findBooking(tx, input.bookingId), isBooker, 'Die Buchung');
    // Locks in the order every writer of a course takes them (course, then its bookings), so a
    // parallel promotion cannot deadlock with us; the booking is read again under the lock.
    const course = await findCourse(tx, found.courseId, { forUpdate: true });
    const booking = await findBooking(tx, found.id, { forUpdate: true });
    if (!course || !booking) throw errors.notFoundOrForbidden('Die Buchung');
    const problem = whyNotCancellable(booking, course, new Date());
    if (problem) return refuse({ stornieren: problem });
    const cancelled = await markCancelled(tx, booking.id);
    if (!cancelled) return refuse({ stornieren: 'Diese Buchung ist bereits storniert.' });
    let refundCents: number | null = null;
    if (booking.state === 'booked') {
      await releaseSeat(tx, course.id);
      await fillFreeSeats(tx, deps.config, course);
      refundCents = await oweRefund(tx, cancelled, { reason: 'participant_cancelled', amountCents: cancelled.feeCents, createdBy: actor.id });
    }
    await sendMail(tx, cancelledByParticipantMail(deps.config, actor.email, course, cancelled, refundCents ?? undefined));
    await audit(tx, actor, {
      action: 'vhs.booking.cancelled',
      objectType: 'vhs_booking',
      objectId: booking.id,
      details: { reference: booking.reference, from: booking.state, refundCents },
      ip: input.ip,
    });
    return { ok: true, booking: cancelled };
  });
}

/** Why the participant cannot cancel this booking themself (in words for them); null when they can. */
export function whyNotCancellable(booking: Pick<VhsBooking, 'state'>, course: { cancellableUntil: Date; endsAt: Date }, now: Date): string | null {
  if (booking.state === 'cancelled' || booking.state === 'course_cancelled') return 'Diese Buchung ist bereits storniert.';
  if (booking.state === 'waitlisted') return course.endsAt <= now ? 'Der Kurs ist vorbei.' : null;
  return freeCancellationEnded(course, now) ? cancellationPeriodEnded(course.cancellableUntil) : null;
}
