import type { PaymentPolicy } from '../../services';
import { mayStartPayment } from '../payments';
import type { ApplicationRow } from '../repository';

/**
 * Whether "Jetzt bezahlen" is offered in Meine Anträge: the payments rule for submitted
 * applications (fees before submission are paid in the apply journey, never here), so the button
 * and the server's check can never disagree.
 */
export function mayPayNow(application: Pick<ApplicationRow, 'status' | 'feeCents' | 'paymentStatus'>, policy: PaymentPolicy | null): boolean {
  return application.status !== 'draft' && mayStartPayment(application, policy);
}
