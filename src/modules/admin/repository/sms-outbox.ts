import { desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db';
import { smsOutbox } from '../../../kernel/sms';
import { offsetOf, type PageRequest, type Paged } from './paging';

export type SmsRow = Pick<typeof smsOutbox.$inferSelect, 'id' | 'toNumber' | 'text' | 'status' | 'attempts' | 'lastError' | 'createdAt' | 'sentAt'>;

/** The SMS outbox, newest first, optionally of one status (SMS go only to citizens: all are shown). */
export async function listSms(db: Executor, status: SmsRow['status'] | undefined, request: PageRequest): Promise<Paged<SmsRow>> {
  const where = status ? eq(smsOutbox.status, status) : undefined;
  const rows = await db
    .select({
      id: smsOutbox.id,
      toNumber: smsOutbox.toNumber,
      text: smsOutbox.text,
      status: smsOutbox.status,
      attempts: smsOutbox.attempts,
      lastError: smsOutbox.lastError,
      createdAt: smsOutbox.createdAt,
      sentAt: smsOutbox.sentAt,
    })
    .from(smsOutbox)
    .where(where)
    .orderBy(desc(smsOutbox.createdAt), desc(smsOutbox.id))
    .limit(request.pageSize)
    .offset(offsetOf(request));
  const [count] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(smsOutbox)
    .where(where);
  return { rows, total: count?.total ?? 0 };
}
