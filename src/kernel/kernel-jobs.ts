import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { pruneExpiredSessions } from './auth/sessions';
import { pruneRateLimits } from './http/rate-limit';
import type { JobHandler } from './jobs/worker';
import { mailJob } from './mail/outbox';
import { mailRetentionJob } from './mail/retention';
import type { ModuleDeps } from './module';
import { smsJob } from './sms/outbox';
import { smsRetentionJob } from './sms/retention';

/**
 * PGlite runs PostgreSQL without background workers, so no autovacuum keeps the planner's
 * statistics current: without them a grown table is planned as if it were empty (the back-office
 * inbox on 100,000 Anträge went from 6 ms to 80 ms a page). PostgreSQL's autovacuum does this itself.
 */
const analyzeEmbeddedDatabase = (db: ModuleDeps['db']): JobHandler => ({
  kind: 'kernel.analyze',
  everySeconds: 3600,
  run: async () => {
    await db.execute(sql`analyze`);
  },
});

/**
 * Jobs the kernel itself needs: mail and SMS delivery and housekeeping of their outboxes, sessions,
 * rate-limit windows and statistics. The logger (the server's) gets the housekeeping counts.
 */
export function kernelJobs({ config, db, database }: ModuleDeps, logger?: Pick<FastifyBaseLogger, 'info'>): JobHandler[] {
  return [
    mailJob(db, config.mail),
    mailRetentionJob(db, config.mail.retentionDays, logger),
    smsJob(db, config.sms, logger),
    smsRetentionJob(db, config.sms.retentionDays, logger),
    { kind: 'kernel.prune-sessions', everySeconds: 3600, run: () => pruneExpiredSessions(db) },
    { kind: 'kernel.prune-rate-limits', everySeconds: 3600, run: () => pruneRateLimits(db) },
    ...(database.kind === 'pglite' ? [analyzeEmbeddedDatabase(db)] : []),
  ];
}
