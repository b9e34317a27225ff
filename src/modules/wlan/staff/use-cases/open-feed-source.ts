import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import type { WlanFeedSource } from '../../tables';
import { listRuns, type RunRow } from '../repository';
import { authorizedSource } from './access';

/** A source's page: its settings form and its latest runs. */
export async function openFeedSource(actor: Actor, input: { id: string }, { db }: Pick<ModuleDeps, 'db'>): Promise<{ source: WlanFeedSource; runs: RunRow[] }> {
  const { source } = await authorizedSource(actor, input.id, db);
  return { source, runs: await listRuns(db, 10, source.id) };
}
