/**
 * Importing on a schedule: every five minutes `council.import.due` queues one `council.import.source`
 * job per enabled source whose interval has passed since its last run (one queued job per source at
 * most: its unique key; "Jetzt importieren" queues the same job).
 */
import type { Executor } from '../../../kernel/db';
import { enqueue, type JobHandler } from '../../../kernel/jobs';
import type { ModuleDeps } from '../../../kernel/module';
import { dueSources, findSourceById } from './run-repository';
import { runSourceImport } from './run-import';
import { ImportAlreadyRunning } from './source-claim';

export const IMPORT_DUE_JOB = 'council.import.due';
export const IMPORT_SOURCE_JOB = 'council.import.source';

/** In the caller's transaction; a source already queued is not queued twice. */
export async function queueSourceImport(db: Executor, sourceId: string): Promise<void> {
  // One attempt: a failed run is recorded and the next scheduled one continues where it stopped.
  await enqueue(db, IMPORT_SOURCE_JOB, { sourceId }, { uniqueKey: `council-import:${sourceId}`, maxAttempts: 1 });
}

export async function queueDueImports(db: Executor, now = new Date()): Promise<number> {
  const due = await dueSources(db, now);
  for (const source of due) await queueSourceImport(db, source.id);
  return due.length;
}

export function importJobs(deps: Pick<ModuleDeps, 'db' | 'files'>): JobHandler[] {
  return [
    { kind: IMPORT_DUE_JOB, everySeconds: 300, run: async () => void (await queueDueImports(deps.db)) },
    {
      kind: IMPORT_SOURCE_JOB,
      run: async (payload) => {
        const source = typeof payload.sourceId === 'string' ? await findSourceById(deps.db, payload.sourceId) : undefined;
        // A source deleted after it was queued has nothing left to read; a disabled one is still read by hand.
        if (!source) return;
        try {
          await runSourceImport(source, deps);
        } catch (error) {
          // Another run (a staff member's, the CLI's, another process's) holds the source: it reads everything.
          if (!(error instanceof ImportAlreadyRunning)) throw error;
        }
      },
    },
  ];
}
