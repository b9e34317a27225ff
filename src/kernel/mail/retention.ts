import { and, inArray, lt, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Executor } from '../db/types';
import type { JobHandler } from '../jobs/worker';
import { mailOutbox } from './tables';

const MAIL_RETENTION_JOB = 'kernel.prune-mail-outbox';

/**
 * Mails that are done: delivered (`sent`), kept without SMTP (`local`) or given up (`failed`).
 * Queued mails stay whatever their age: the delivery job still owns them.
 */
const FINISHED = ['sent', 'local', 'failed'] as const;

/**
 * Deletes finished mails older than `retentionDays`: the outbox holds addresses, subjects and
 * links with tokens (the goodbye mail after an account deletion keeps the deleted address), so it
 * keeps them only as long as staff need them to trace delivery problems at /verwaltung/postausgang.
 * A sent mail ages from its delivery, the others from their creation. Returns how many went.
 */
async function pruneMailOutbox(db: Executor, retentionDays: number): Promise<number> {
  const cutoff = sql`now() - make_interval(days => ${retentionDays})`;
  const deleted = await db
    .delete(mailOutbox)
    .where(and(inArray(mailOutbox.status, [...FINISHED]), lt(sql`coalesce(${mailOutbox.sentAt}, ${mailOutbox.createdAt})`, cutoff)))
    .returning({ id: mailOutbox.id });
  return deleted.length;
}

/** Hourly; the log line names only the count, never an address. */
export function mailRetentionJob(db: Executor, retentionDays: number, logger?: Pick<FastifyBaseLogger, 'info'>): JobHandler {
  return {
    kind: MAIL_RETENTION_JOB,
    everySeconds: 3600,
    run: async () => {
      const count = await pruneMailOutbox(db, retentionDays);
      logger?.info({ deleted: count, retentionDays }, 'mail outbox: deleted finished mails past their retention');
    },
  };
}
