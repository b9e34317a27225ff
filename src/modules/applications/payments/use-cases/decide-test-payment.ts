import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { decideTestTransaction, findTestTransaction, type TestPaymentRow } from '../repository';

/**
 * The payer's choice on the Testbezahldienst page. Decided once: a second submission leaves the
 * first outcome. Returns the transaction (to send the payer back), or null if there is none.
 * Anyone holding the transaction id may decide, like on a real provider's payment page.
 */
export async function decideTestPayment(
  _actor: Actor,
  { transactionId, outcome }: { transactionId: string; outcome: 'paid' | 'cancelled' },
  { db }: Pick<ModuleDeps, 'db'>,
): Promise<TestPaymentRow | null> {
  return (await decideTestTransaction(db, transactionId, outcome)) ?? (await findTestTransaction(db, transactionId));
}
