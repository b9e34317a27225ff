import type { Executor } from '../../../../kernel/db';
import { decideTestTransaction, findTestTransaction, type TestPaymentRow } from '../repository';

/**
 * The payer's choice on the Testbezahldienst page. Decided once: a second submission leaves the
 * first outcome. Returns the transaction (to send the payer back), or null if there is none.
 */
export async function decideTestPayment(db: Executor, transactionId: string, outcome: 'paid' | 'cancelled'): Promise<TestPaymentRow | null> {
  return (await decideTestTransaction(db, transactionId, outcome)) ?? (await findTestTransaction(db, transactionId));
}
