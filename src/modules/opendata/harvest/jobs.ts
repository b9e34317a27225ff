/**
 * Harvesting on a schedule: every ten minutes `opendata.harvest.due` queues one
 * `opendata.harvest.source` job per source whose `interval_hours` have passed since its last run
 * (one queued job per source at most: its unique key); "Jetzt ernten" queues the same job. The run
 * itself refuses to start while another run of the source is still going.
 */
import { enqueue, type JobHandler } from '../../../kernel/jobs';
import type { Executor } from '../../../kernel/db';
import type { ModuleDeps } from '../../../kernel/module';
import { dueSources, findSourceById } from './repository';
import { HARVEST_ACTOR, runHarvest } from './run-harvest';

export const HARVEST_DUE_JOB = 'opendata.harvest.due';
export const HARVEST_SOURCE_JOB = 'opendata.harvest.source';

/** In the caller's transaction; a source already queued is not queued twice. */
export async function queueSourceHarvest(db: Executor, sourceId: string): Promise<void> {
  await enqueue(db, HARVEST_SOURCE_JOB, { sourceId }, { uniqueKey: `harvest:${sourceId}` });
}

export async function queueDueHarvests(db: Executor): Promise<number> {
  const due = await dueSources(db);
  for (const source of due) await queueSourceHarvest(db, source.id);
  return due.length;
}

export function harvestJobs({ db }: Pick<ModuleDeps, 'db'>): JobHandler[] {
  return [
    {
      kind: HARVEST_DUE_JOB,
      everySeconds: 600,
      run: async () => {
        await queueDueHarvests(db);
      },
    },
    {
      kind: HARVEST_SOURCE_JOB,
      run: async (payload) => {
        const source = typeof payload.sourceId === 'string' ? await findSourceById(db, payload.sourceId) : undefined;
        // A source deleted after it was queued has nothing left to harvest.
        if (source) await runHarvest(HARVEST_ACTOR, { source }, { db });
      },
    },
  ];
}
