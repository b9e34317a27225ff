import type { Config } from '../../../../kernel/config';
import type { Executor } from '../../../../kernel/db';
import { sendMail } from '../../../../kernel/mail';
import type { VhsBooking } from '../../tables';
import { overpaidMail } from '../refund-mails';
import { bookerEmail, findCourse } from '../repository';
import { oweRefund } from './owe-refund';

/**
 * A payment started at the full fee arrived after a reduction was granted: the difference is owed
 * back (the same cause as a reduction granted after payment, so it is owed once), and the
 * participant is told, in the transaction that records the payment. Returns the amount, or null.
 */
export async function refundOverpayment(tx: Executor, config: Config, paid: VhsBooking, createdBy: string | null): Promise<number | null> {
  if (paid.state !== 'booked' || paid.paymentAmountCents === null) return null;
  const refundCents = await oweRefund(tx, paid, { reason: 'reduction_granted', amountCents: paid.paymentAmountCents - paid.feeCents, createdBy });
  const to = refundCents ? await bookerEmail(tx, paid.bookerId) : null;
  const course = to ? await findCourse(tx, paid.courseId) : null;
  if (to && course && refundCents) await sendMail(tx, overpaidMail(config, to, course, paid, refundCents));
  return refundCents;
}
