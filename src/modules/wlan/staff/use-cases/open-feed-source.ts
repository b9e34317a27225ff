import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import type { WlanFeedSource } from '../../tables';
import { listRuns, type RunRow } from '../repository';
import { authorizedSource, requireWlanStaff } from './access';

/** A source's page (its settings form and its latest runs), or the form to add one (no id). */
export async function openFeedSource(
  actor: Actor,
  input: { id?: string | undefined },
  { db }: Pick<ModuleDeps, 'db'>,
): Promise<{ source: WlanFeedSource; runs: RunRow[] } | undefined> {
  requireWlanStaff(actor);
  if (!input.id) return undefined;
  const { source } = await authorizedSource(actor, input.id, db);
  return { source, runs: await listRuns(db, 10, source.id) };
}
