import { and, eq, sql } from 'drizzle-orm';
import { audit } from '../../../../kernel/audit';
import { requireSection, type Actor } from '../../../../kernel/auth';
import { errors } from '../../../../kernel/http';
import { sendMail } from '../../../../kernel/mail';
import type { ModuleDeps } from '../../../../kernel/module';
import { mayManageVhs } from '../../policies';
import { vhsBookings } from '../../tables';
import { reductionDecidedMail } from '../mails';
import { bookerEmail, findCourse } from '../repository';
import { oweRefund } from './owe-refund';
import { loadStaffBooking } from './staff-booking';

/**
 * Staff grant or refuse a requested reduction; the booking's fee follows (the reduced fee, or the
 * full one again), the participant is told, and the decision is audited, in one transaction.
 * Granted after the full fee was paid, the difference is owed back (an Erstattung; a reduction is
 * decided once, so it is owed once).
 */
export async function decideReduction(
  actor: Actor,
  input: { courseId: string; bookingId: string; grant: boolean; ip?: string },
  deps: Pick<ModuleDeps, 'db' | 'config'>,
): Promise<boolean> {
  requireSection(actor, mayManageVhs);
  return deps.db.transaction(async (tx) => {
    const booking = await loadStaffBooking(tx, actor, input, { forUpdate: true });
    const course = await findCourse(tx, booking.courseId);
    if (!course) throw errors.notFoundOrForbidden('Die Buchung');
    const feeCents = input.grant && course.reducedFeeCents !== null ? course.reducedFeeCents : course.feeCents;
    const [decided] = await tx
      .update(vhsBookings)
      .set({ reduction: input.grant ? 'granted' : 'refused', feeCents, updatedAt: sql`now()` })
      .where(and(eq(vhsBookings.id, booking.id), eq(vhsBookings.reduction, 'requested')))
      .returning();
    if (!decided) return false;
    // Only a live booking: a cancelled one already owes its whole paid fee back.
    const refundCents =
      input.grant && booking.state === 'booked'
        ? await oweRefund(tx, booking, { reason: 'reduction_granted', amountCents: booking.feeCents - feeCents, createdBy: actor?.id ?? null })
        : null;
    const to = await bookerEmail(tx, booking.bookerId);
    if (to) await sendMail(tx, reductionDecidedMail(deps.config, to, course, decided, input.grant, refundCents ?? undefined));
    await audit(tx, actor, {
      action: 'vhs.reduction.decided',
      objectType: 'vhs_booking',
      objectId: booking.id,
      details: { reference: booking.reference, granted: input.grant, feeCents, refundCents },
      ip: input.ip,
    });
    return true;
  });
}
