import type { Executor } from '../../../../kernel/db';
import type { PaymentProviderId } from '../settings';

/** What a provider reports about a transaction; the portal asks every time and trusts nothing else. */
export type ProviderStatus = 'open' | 'paid' | 'failed' | 'cancelled';

export interface TransactionRequest {
  /** Our payment id: the provider's reference back to us. */
  paymentId: string;
  amountCents: number;
  /** Verwendungszweck: the reference number, or the application id of a draft. */
  purpose: string;
  /** Where the provider sends the payer back (absolute URL). */
  returnUrl: string;
}

export interface Transaction {
  /** The provider's id (XBezahldienste `paymentTransactionId`). */
  transactionId: string;
  /** Online providers: the payment page the payer is sent to. */
  redirectUrl?: string;
  /** Invoice: the bank details and reference the payer transfers to. */
  instructions?: Record<string, string>;
}

/**
 * A payment provider shaped like XBezahldienste (the German public-sector payment interface):
 * create a transaction, send the payer to it, and ask for its status. The return redirect proves
 * nothing — only `fetchStatus` decides whether a fee is paid.
 */
export interface PaymentProvider {
  id: PaymentProviderId;
  /** Shown at the choice, e.g. "Rechnung / Überweisung". */
  label: string;
  hint: string;
  createTransaction(db: Executor, request: TransactionRequest): Promise<Transaction>;
  fetchStatus(db: Executor, transactionId: string): Promise<ProviderStatus>;
}
