import { eq } from 'drizzle-orm';
import { audit, type NamedActor } from '../../../kernel/audit';
import type { JobHandler } from '../../../kernel/jobs';
import type { ModuleDeps } from '../../../kernel/module';
import { deleteApplicationFiles } from '../attachments';
import { applications } from '../tables';
import { listExpiredApplications } from './repository';

export const RETENTION_JOB = 'applications.retention';
const RETENTION_SYSTEM_ACTOR: NamedActor = { id: null, label: 'System (Löschfristen)' };
const BATCH_SIZE = 100;
/** One run deletes at most this many; the rest waits for the next run, so a backlog never blocks the worker for long. */
const MAX_PER_RUN = 2_000;

/**
 * Deletes closed applications whose `delete_after` has passed: the files in the store first, then
 * the row (events, messages, payments and file rows go with it by cascade) together with ONE audit
 * entry that keeps only what accountability needs — reference, Leistung and closing date, no
 * personal data. Returns how many applications were deleted.
 */
export async function deleteExpiredApplications(deps: Pick<ModuleDeps, 'db' | 'files'>): Promise<number> {
  let deleted = 0;
  while (deleted < MAX_PER_RUN) {
    const batch = await listExpiredApplications(deps.db, BATCH_SIZE);
    if (batch.length === 0) break;
    for (const expired of batch) {
      await deleteApplicationFiles(deps, expired.id);
      await deps.db.transaction(async (tx) => {
        await tx.delete(applications).where(eq(applications.id, expired.id));
        await audit(tx, RETENTION_SYSTEM_ACTOR, {
          action: 'applications.deleted_after_retention',
          objectType: 'application',
          objectId: expired.id,
          details: { reference: expired.reference, service: expired.serviceSlug, status: expired.status, closedAt: expired.closedAt?.toISOString() ?? null },
        });
      });
      deleted += 1;
    }
  }
  return deleted;
}

/** Every six hours; deletion dates are days apart, so a run a few hours late changes nothing. */
export function retentionJobs(deps: ModuleDeps): JobHandler[] {
  return [
    {
      kind: RETENTION_JOB,
      everySeconds: 6 * 60 * 60,
      run: async () => {
        await deleteExpiredApplications(deps);
      },
    },
  ];
}
