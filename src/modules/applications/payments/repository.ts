import { and, desc, eq, sql } from 'drizzle-orm';
import { preparedPerDatabase, type Executor } from '../../../kernel/db';
import { applicationEvents, applicationPayments, applications, testPaymentTransactions } from '../tables';

import type { PaymentRow } from '../repository';
import { isUuid } from '../../../kernel/http';

export type { PaymentRow };
export type TestPaymentRow = typeof testPaymentTransactions.$inferSelect;

// The check page and the payment pages read it on every view: prepared once per database.
const latestPaymentOf = preparedPerDatabase((db) =>
  db
    .select()
    .from(applicationPayments)
    .where(eq(applicationPayments.applicationId, sql.placeholder('applicationId')))
    .orderBy(desc(applicationPayments.createdAt), desc(applicationPayments.id))
    .limit(1)
    .prepare('latest_payment'),
);

/** The newest payment of an application (null if none was started). */
export async function latestPayment(db: Executor, applicationId: string): Promise<PaymentRow | null> {
  const [row] = await latestPaymentOf(db).execute({ applicationId });
  return row ?? null;
}

/** A payment, only if it belongs to this application; `forUpdate` locks it for the transaction. */
export async function findPayment(db: Executor, applicationId: string, paymentId: string, options: { forUpdate?: boolean } = {}): Promise<PaymentRow | null> {
  if (!isUuid(paymentId)) return null;
  const query = db
    .select()
    .from(applicationPayments)
    .where(and(eq(applicationPayments.id, paymentId), eq(applicationPayments.applicationId, applicationId)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function insertPayment(db: Executor, row: typeof applicationPayments.$inferInsert): Promise<PaymentRow> {
  const [inserted] = await db.insert(applicationPayments).values(row).returning();
  return inserted!;
}

export async function updatePayment(
  db: Executor,
  id: string,
  change: Partial<Pick<PaymentRow, 'status' | 'providerTransactionId' | 'instructions' | 'paidAt'>>,
): Promise<PaymentRow> {
  const [row] = await db
    .update(applicationPayments)
    .set({ ...change, updatedAt: new Date() })
    .where(eq(applicationPayments.id, id))
    .returning();
  return row!;
}

/** The application's summary of its payments, which the inbox and "Meine Anträge" show. */
export async function setApplicationPaymentStatus(db: Executor, applicationId: string, status: 'open' | 'paid' | 'failed'): Promise<void> {
  await db.update(applications).set({ paymentStatus: status, updatedAt: new Date() }).where(eq(applications.id, applicationId));
}

export async function addPaymentEvent(db: Executor, input: { applicationId: string; actorId: string | null; text: string }): Promise<void> {
  await db
    .insert(applicationEvents)
    .values({ applicationId: input.applicationId, kind: 'payment', actorId: input.actorId, text: input.text, visibleToApplicant: true });
}

export async function findTestTransaction(db: Executor, id: string): Promise<TestPaymentRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(testPaymentTransactions).where(eq(testPaymentTransactions.id, id));
  return row ?? null;
}

export async function insertTestTransaction(db: Executor, row: { amountCents: number; purpose: string; returnUrl: string }): Promise<TestPaymentRow> {
  const [inserted] = await db.insert(testPaymentTransactions).values(row).returning();
  return inserted!;
}

/** Decides an open test transaction once (atomic: a second click changes nothing); null if it was not open. */
export async function decideTestTransaction(db: Executor, id: string, status: 'paid' | 'failed' | 'cancelled'): Promise<TestPaymentRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await db
    .update(testPaymentTransactions)
    .set({ status })
    .where(and(eq(testPaymentTransactions.id, id), eq(testPaymentTransactions.status, 'open')))
    .returning();
  return row ?? null;
}
