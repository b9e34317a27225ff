import type { Actor } from '../../../../kernel/auth';
import { errors } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { findTestTransaction, type TestPaymentRow } from '../repository';

/** The Testbezahldienst's payment page: whoever holds the transaction id sees it, like on a real provider's page. */
export async function showTestTransaction(_actor: Actor, input: { transactionId: string }, { db }: Pick<ModuleDeps, 'db'>): Promise<TestPaymentRow> {
  const transaction = await findTestTransaction(db, input.transactionId);
  if (!transaction) throw errors.notFound('Die Testzahlung');
  return transaction;
}
