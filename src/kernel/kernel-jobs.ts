import { pruneExpiredSessions } from './auth/sessions';
import { pruneRateLimits } from './http/rate-limit';
import type { JobHandler } from './jobs/worker';
import { mailJob } from './mail/outbox';
import type { ModuleDeps } from './module';

/** Jobs the kernel itself needs: mail delivery and housekeeping of sessions and rate-limit windows. */
export function kernelJobs({ config, db }: ModuleDeps): JobHandler[] {
  return [
    mailJob(db, config.mail),
    { kind: 'kernel.prune-sessions', everySeconds: 3600, run: () => pruneExpiredSessions(db) },
    { kind: 'kernel.prune-rate-limits', everySeconds: 3600, run: () => pruneRateLimits(db) },
  ];
}
