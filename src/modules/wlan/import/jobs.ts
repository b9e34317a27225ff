/**
 * Importing on a schedule: every five minutes `wlan.import.due` queues one `wlan.import.source` job per
 * enabled source whose interval has passed since its last run (one queued job per source at most: its
 * unique key; "Jetzt importieren" queues the same job) and writes the own hotspots' row of the day.
 */
import type { Executor } from '../../../kernel/db';
import { enqueue, type JobHandler } from '../../../kernel/jobs';
import type { ModuleDeps } from '../../../kernel/module';
import { berlinDay } from '../../../kernel/time';
import { dueSources, findSourceById, recordOwnDay } from './repository';
import { runImport } from './run-import';

export const IMPORT_DUE_JOB = 'wlan.import.due';
export const IMPORT_SOURCE_JOB = 'wlan.import.source';

/** In the caller's transaction; a source already queued is not queued twice. */
export async function queueSourceImport(db: Executor, sourceId: string): Promise<void> {
  await enqueue(db, IMPORT_SOURCE_JOB, { sourceId }, { uniqueKey: `wlan-import:${sourceId}` });
}

export async function queueDueImports(db: Executor, now = new Date()): Promise<number> {
  const due = await dueSources(db, now);
  for (const source of due) await queueSourceImport(db, source.id);
  await recordOwnDay(db, berlinDay(now));
  return due.length;
}

export function importJobs(deps: Pick<ModuleDeps, 'db' | 'config'>): JobHandler[] {
  return [
    { kind: IMPORT_DUE_JOB, everySeconds: 300, run: async () => void (await queueDueImports(deps.db)) },
    {
      kind: IMPORT_SOURCE_JOB,
      run: async (payload) => {
        const source = typeof payload.sourceId === 'string' ? await findSourceById(deps.db, payload.sourceId) : undefined;
        // A source deleted after it was queued has nothing left to read; a disabled one is still read by hand.
        if (source) await runImport(source, deps);
      },
    },
  ];
}
