import { moduleSettings } from '../../../../kernel/config';
import type { ModuleDeps } from '../../../../kernel/module';
import { paymentSettings } from '../settings';
import { invoiceProvider } from './invoice';
import { testProvider } from './test-provider';
import type { PaymentProvider } from './types';

export type { PaymentProvider, ProviderStatus } from './types';

/** The providers citizens may choose, in the configured order. */
export function paymentProviders(deps: Pick<ModuleDeps, 'config'>): PaymentProvider[] {
  const settings = moduleSettings(deps, paymentSettings);
  return settings.providers.map((id) => (id === 'invoice' ? invoiceProvider(settings.recipient) : testProvider(deps.config.baseUrl)));
}

/** A configured provider by id; undefined for unknown or switched-off ones (their payments can no longer be checked). */
export function findProvider(deps: Pick<ModuleDeps, 'config'>, id: string): PaymentProvider | undefined {
  return paymentProviders(deps).find((provider) => provider.id === id);
}
