/** The read-only pages: the sources, one source with its latest runs, the runs, one run's report. */
import type { Actor } from '../../../../kernel/auth';
import { errors, isUuid } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import type { CouncilSource } from '../../import/run-repository';
import { authorizedSource, requireCouncilStaff } from '../access';
import { findRun, listRuns, listSources, type RunRow } from '../repository';

export async function showImportSources(actor: Actor, { db }: Pick<ModuleDeps, 'db'>) {
  requireCouncilStaff(actor);
  return listSources(db);
}

/** A source's page (its state, runs and settings form), or the form to add one (no id). */
export async function openImportSource(
  actor: Actor,
  input: { id?: string | undefined },
  { db }: Pick<ModuleDeps, 'db'>,
): Promise<{ source: CouncilSource; runs: RunRow[] } | undefined> {
  requireCouncilStaff(actor);
  if (!input.id) return undefined;
  const source = await authorizedSource(actor, input.id, db);
  return { source, runs: await listRuns(db, 10, source.id) };
}

export async function showImportRuns(actor: Actor, { db }: Pick<ModuleDeps, 'db'>): Promise<RunRow[]> {
  requireCouncilStaff(actor);
  return listRuns(db, 100);
}

export async function openImportRun(actor: Actor, input: { id: string }, { db }: Pick<ModuleDeps, 'db'>): Promise<RunRow> {
  requireCouncilStaff(actor);
  const row = isUuid(input.id) ? await findRun(db, input.id) : undefined;
  if (!row) throw errors.notFound('Der Import');
  return row;
}
