import { formatMoney } from '../../../../kernel/views';
import type { ApplicationRow } from '../../repository';
import { findProvider, type ProviderStatus } from '../providers';
import { addPaymentEvent, findPayment, setApplicationPaymentStatus, updatePayment, type PaymentRow } from '../repository';
import type { ModuleDeps } from '../../../../kernel/module';
import { loadPayerApplication, type Payer } from './context';
import { errors } from '../../../../kernel/http';

const EVENT_TEXT: Record<Exclude<ProviderStatus, 'open'>, (amount: string, provider: string) => string> = {
  paid: (amount, provider) => `Zahlung über ${amount} ist eingegangen (${provider}).`,
  cancelled: (amount) => `Zahlung über ${amount} wurde abgebrochen.`,
  failed: (amount) => `Zahlung über ${amount} hat nicht geklappt.`,
};

/**
 * After the payer comes back: asks the provider for the status (the return redirect proves
 * nothing) and records a change — payment row, the application's payment status and an event for
 * the applicant — in one transaction. Final payments are not asked again.
 */
export async function checkPayment(
  payer: Payer,
  input: { applicationId: string; paymentId: string },
  deps: Pick<ModuleDeps, 'db' | 'config'>,
): Promise<{ application: ApplicationRow; payment: PaymentRow; providerLabel: string }> {
  const { application } = await loadPayerApplication(deps.db, payer, input.applicationId);
  const payment = await findPayment(deps.db, application.id, input.paymentId);
  if (!payment) throw errors.notFoundOrForbidden('Die Zahlung');
  const provider = findProvider(deps, payment.provider);
  const providerLabel = provider?.label ?? payment.provider;
  if (payment.status !== 'open' || !payment.providerTransactionId) return { application, payment, providerLabel };

  // A provider that is no longer offered cannot confirm anything: the payment counts as failed.
  const status: ProviderStatus = provider ? await provider.fetchStatus(deps.db, payment.providerTransactionId) : 'failed';
  if (status === 'open') return { application, payment, providerLabel };

  return deps.db.transaction(async (tx) => {
    const locked = await findPayment(tx, application.id, payment.id, { forUpdate: true });
    // Another request recorded the outcome first.
    if (!locked || locked.status !== 'open') return { application, payment: locked ?? payment, providerLabel };
    const updated = await updatePayment(tx, payment.id, { status, paidAt: status === 'paid' ? new Date() : null });
    await setApplicationPaymentStatus(tx, application.id, status === 'paid' ? 'paid' : 'failed');
    await addPaymentEvent(tx, { applicationId: application.id, actorId: null, text: EVENT_TEXT[status](formatMoney(payment.amountCents), providerLabel) });
    return { application: { ...application, paymentStatus: status === 'paid' ? 'paid' : 'failed' }, payment: updated, providerLabel };
  });
}
