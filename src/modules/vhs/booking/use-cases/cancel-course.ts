import { audit } from '../../../../kernel/audit';
import { loadAuthorized, requireSection, type Actor } from '../../../../kernel/auth';
import { refuse, type Outcome } from '../../../../kernel/http';
import { sendMail } from '../../../../kernel/mail';
import type { ModuleDeps } from '../../../../kernel/module';
import { mayManageVhs } from '../../policies';
import type { VhsBooking } from '../../tables';
import { courseCancelledMail } from '../mails';
import { bookerEmail, findCourse } from '../repository';
import { cancelLiveBookings, markCourseCancelled } from '../staff-repository';
import { oweRefund } from './owe-refund';

/**
 * Staff call a course off (below the minimum, instructor ill, …): every booked and waitlisted
 * booking becomes `course_cancelled`, no fee is charged, every paid fee is owed back (an
 * Erstattung each), and each account gets one mail naming its participants and refunds, all in one
 * transaction with the audit entry. A course is called off once, so nothing is owed twice.
 */
export async function cancelCourse(
  actor: Actor,
  input: { courseId: string; reason: string; ip?: string },
  deps: Pick<ModuleDeps, 'db' | 'config'>,
): Promise<Outcome<{ notified: number; bookings: number; refunds: number }>> {
  requireSection(actor, mayManageVhs);
  return deps.db.transaction(async (tx) => {
    const course = await loadAuthorized(actor, () => findCourse(tx, input.courseId, { forUpdate: true }), mayManageVhs, 'Der Kurs');
    const cancelled = await markCourseCancelled(tx, course.id, input.reason);
    if (!cancelled) return refuse({ grund: 'Der Kurs ist nicht (mehr) veröffentlicht und kann nicht abgesagt werden.' });
    const bookings = await cancelLiveBookings(tx, course.id);
    const byBooker = new Map<string, (VhsBooking & { refundCents?: number })[]>();
    let refunds = 0;
    for (const booking of bookings) {
      const refundCents = await oweRefund(tx, booking, { reason: 'course_cancelled', amountCents: booking.feeCents, createdBy: actor?.id ?? null });
      if (refundCents) refunds += 1;
      const told = { ...booking, ...(refundCents ? { refundCents } : {}) };
      if (booking.bookerId) byBooker.set(booking.bookerId, [...(byBooker.get(booking.bookerId) ?? []), told]);
    }
    let notified = 0;
    for (const [bookerId, own] of byBooker) {
      const to = await bookerEmail(tx, bookerId);
      if (!to) continue;
      await sendMail(tx, courseCancelledMail(deps.config, to, course, input.reason, own));
      notified += 1;
    }
    await audit(tx, actor, {
      action: 'vhs.course.cancelled',
      objectType: 'vhs_course',
      objectId: course.id,
      details: { number: course.number, reason: input.reason, bookings: bookings.length, refunds },
      ip: input.ip,
    });
    return { ok: true, notified, bookings: bookings.length, refunds };
  });
}
