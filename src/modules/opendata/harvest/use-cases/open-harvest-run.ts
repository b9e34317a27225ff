import type { Actor } from '../../../../kernel/auth';
import { errors, isUuid } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { findRun, runLog } from '../repository';
import { authorizedSource } from './authorized-source';

/** One run of a source with its log, for the members of the source's organisation. */
export async function openHarvestRun(actor: Actor, input: { sourceId: string; runId: string }, { db }: Pick<ModuleDeps, 'db'>) {
  const { source } = await authorizedSource(actor, input.sourceId, 'read', db);
  const run = isUuid(input.runId) ? await findRun(db, source.id, input.runId) : undefined;
  if (!run) throw errors.notFound('Der Erntelauf');
  return { source, run, log: await runLog(db, run.id) };
}
