import { PATHS } from '../../paths';
import { findTestTransaction, insertTestTransaction } from '../repository';
import type { PaymentProvider } from './types';

/**
 * The "Testbezahldienst": plays an external payment platform for demos and tests. It keeps its
 * transactions in its own table and has its own page where the payer chooses the outcome; the
 * portal learns the result only by asking, like with a real provider. Offered only when
 * PAYMENT_PROVIDERS lists `test` (never the default in production).
 */
export function testProvider(baseUrl: string): PaymentProvider {
  return {
    id: 'test',
    label: 'Testbezahldienst',
    hint: 'Nur zum Ausprobieren: es wird kein Geld bewegt.',
    async createTransaction(db, request) {
      const transaction = await insertTestTransaction(db, { amountCents: request.amountCents, purpose: request.purpose, returnUrl: request.returnUrl });
      return { transactionId: transaction.id, redirectUrl: new URL(PATHS.testProvider(transaction.id), baseUrl).toString() };
    },
    async fetchStatus(db, transactionId) {
      return (await findTestTransaction(db, transactionId))?.status ?? 'failed';
    },
  };
}
