import { and, inArray, lt, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Executor } from '../db/types';
import type { JobHandler } from '../jobs/worker';
import { smsOutbox } from './tables';

const SMS_RETENTION_JOB = 'kernel.prune-sms-outbox';
/** Queued messages stay whatever their age: the delivery job still owns them. */
const FINISHED = ['sent', 'local', 'failed'] as const;

/**
 * Deletes finished SMS older than `retentionDays` (they hold numbers and links with secrets), a sent
 * one counted from its delivery, the others from their creation. Returns how many went.
 */
export async function pruneSmsOutbox(db: Executor, retentionDays: number): Promise<number> {
  const cutoff = sql`now() - make_interval(days => ${retentionDays})`;
  const deleted = await db
    .delete(smsOutbox)
    .where(and(inArray(smsOutbox.status, [...FINISHED]), lt(sql`coalesce(${smsOutbox.sentAt}, ${smsOutbox.createdAt})`, cutoff)))
    .returning({ id: smsOutbox.id });
  return deleted.length;
}

/** Hourly; the log line names only the count, never a number. */
export function smsRetentionJob(db: Executor, retentionDays: number, logger?: Pick<FastifyBaseLogger, 'info'>): JobHandler {
  return {
    kind: SMS_RETENTION_JOB,
    everySeconds: 3600,
    run: async () => {
      const count = await pruneSmsOutbox(db, retentionDays);
      logger?.info({ deleted: count, retentionDays }, 'SMS outbox: deleted finished messages past their retention');
    },
  };
}
