import type { Executor } from '../../../../kernel/db';
import type { RefundReason, VhsBooking } from '../../tables';
import { insertRefund } from '../refund-repository';

/**
 * Records the refund a change owes, inside the caller's transaction (the cancellation or decision
 * that causes it). Only money that was received goes back: a fee still open or never started was
 * cancelled with the booking and owes nothing. `amountCents` is what the change takes off the paid
 * fee: the whole fee for a cancellation (what was paid, less any refund of a reduction before),
 * the difference for a reduction. Null when nothing is owed or the cause already has its refund.
 */
export async function oweRefund(
  tx: Executor,
  booking: Pick<VhsBooking, 'id' | 'reference' | 'courseId' | 'paymentState'>,
  refund: { reason: RefundReason; amountCents: number; createdBy: string | null },
): Promise<number | null> {
  if (booking.paymentState !== 'paid' || refund.amountCents <= 0) return null;
  const row = await insertRefund(tx, booking, refund);
  return row ? row.amountCents : null;
}
