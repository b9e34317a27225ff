import type { Config } from '../../../../kernel/config';
import { invoiceProvider } from './invoice';
import { testProvider } from './test-provider';
import type { PaymentProvider } from './types';

export type { PaymentProvider, ProviderStatus, Transaction, TransactionRequest } from './types';

/** The providers citizens may choose, in the configured order. */
export function paymentProviders(config: Pick<Config, 'paymentProviders' | 'municipality' | 'baseUrl'>): PaymentProvider[] {
  return config.paymentProviders.map((id) => (id === 'invoice' ? invoiceProvider(config.municipality) : testProvider(config.baseUrl)));
}

/** A configured provider by id; undefined for unknown or switched-off ones (their payments can no longer be checked). */
export function findProvider(config: Pick<Config, 'paymentProviders' | 'municipality' | 'baseUrl'>, id: string): PaymentProvider | undefined {
  return paymentProviders(config).find((provider) => provider.id === id);
}
