import { AppError } from '../../../../kernel/http';
import { PATHS } from '../../paths';
import type { ApplicationRow } from '../../repository';
import { mayStartPayment } from '../policy';
import { findProvider } from '../providers';
import { insertPayment, setApplicationPaymentStatus, updatePayment, type PaymentRow } from '../repository';
import type { ModuleDeps } from '../../../../kernel/module';
import { loadPayerApplication, type Payer } from './context';

export const notPayable = () => new AppError('payment_not_possible', { status: 409, userMessage: 'Für diesen Antrag ist im Moment keine Zahlung möglich.' });

/** Verwendungszweck: what the Stadtkasse matches the money with (reference number, or the draft's id). */
export function paymentPurpose(application: Pick<ApplicationRow, 'id' | 'reference'>): string {
  return application.reference ?? application.id;
}

/**
 * Starts a payment at the chosen provider: a payment row, the provider's transaction, and where
 * the payer goes next (the provider's page, or our page with the transfer details).
 */
export async function startPayment(
  payer: Payer,
  input: { applicationId: string; providerId: string },
  deps: Pick<ModuleDeps, 'db' | 'config'>,
): Promise<{ payment: PaymentRow; redirectUrl: string }> {
  const provider = findProvider(deps, input.providerId);
  if (!provider) throw notPayable();
  return deps.db.transaction(async (tx) => {
    const { application, service } = await loadPayerApplication(tx, payer, input.applicationId, { forUpdate: true });
    if (!mayStartPayment(application, service?.paymentPolicy ?? null)) throw notPayable();
    const purpose = paymentPurpose(application);
    const created = await insertPayment(tx, { applicationId: application.id, provider: provider.id, amountCents: application.feeCents, purpose });
    const returnPath = PATHS.paymentReturn(application.id, created.id);
    const transaction = await provider.createTransaction(tx, {
      paymentId: created.id,
      amountCents: application.feeCents,
      purpose,
      returnUrl: new URL(returnPath, deps.config.baseUrl).toString(),
    });
    const payment = await updatePayment(tx, created.id, {
      providerTransactionId: transaction.transactionId,
      status: 'open',
      instructions: transaction.instructions ?? null,
    });
    await setApplicationPaymentStatus(tx, application.id, 'open');
    return { payment, redirectUrl: transaction.redirectUrl ?? returnPath };
  });
}
