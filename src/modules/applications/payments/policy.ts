import type { Executor } from '../../../kernel/db';
import type { PaymentPolicy } from '../../services';
import type { ApplicationRow } from '../repository';
import { latestPayment } from './repository';

type Payable = Pick<ApplicationRow, 'status' | 'feeCents' | 'paymentStatus'>;

/**
 * Whether the applicant may start a payment now: a fee that is not paid yet, and either the
 * Leistung's policy allows paying at this stage (drafts: before submission or optional; after the
 * Bescheid: after decision) or the department asked for it (payment status open or failed).
 */
export function mayStartPayment(application: Payable, policy: PaymentPolicy | null): boolean {
  if (application.feeCents <= 0 || application.paymentStatus === 'paid' || application.status === 'withdrawn') return false;
  if (application.status === 'draft') return policy === 'before_submission' || policy === 'optional';
  if (application.paymentStatus === 'open' || application.paymentStatus === 'failed') return true;
  if (policy === 'optional') return application.status !== 'rejected';
  return policy === 'after_decision' && application.status === 'approved';
}

/**
 * The submit check for Leistungen that are paid before submitting: a payment of exactly the fee
 * the answers cost now, either confirmed by the provider, or issued as an invoice — the citizen
 * has committed to transfer the fee and the department sees it open until the Stadtkasse marks it
 * paid. Answers changed after paying (a different fee) need a new payment.
 */
export async function isPaymentSatisfied(db: Executor, application: Pick<ApplicationRow, 'id' | 'feeCents'>, policy: PaymentPolicy | null): Promise<boolean> {
  if (policy !== 'before_submission' || application.feeCents <= 0) return true;
  const latest = await latestPayment(db, application.id);
  if (!latest || latest.amountCents !== application.feeCents) return false;
  return latest.status === 'paid' || (latest.provider === 'invoice' && latest.status === 'open');
}
