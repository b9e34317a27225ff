import type { ModuleDeps } from '../../../../kernel/module';
import type { ServiceForApplication } from '../../../services';
import type { ApplicationRow } from '../../repository';
import { mayStartPayment } from '../policy';
import { paymentProviders, type PaymentProvider } from '../providers';
import { loadPayerApplication, type Payer } from './context';
import { notPayable } from './start-payment';

/**
 * "Gebühr bezahlen": the payer's application with its Leistung and the providers to choose from.
 * Someone else's application is 404; one that cannot be paid now (no fee, paid, wrong stage) 409.
 */
export async function openPayment(
  payer: Payer,
  input: { applicationId: string },
  deps: Pick<ModuleDeps, 'db' | 'config'>,
): Promise<{ application: ApplicationRow; service: ServiceForApplication; providers: PaymentProvider[] }> {
  const { application, service } = await loadPayerApplication(deps.db, payer, input.applicationId);
  const providers = paymentProviders(deps);
  if (!service || providers.length === 0 || !mayStartPayment(application, service.paymentPolicy)) throw notPayable();
  return { application, service, providers };
}
