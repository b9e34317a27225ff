import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { listSources, type SourceRow } from '../repository';
import { requireWlanStaff } from './access';

/** The section "Feed-Quellen": every source with its schedule, hotspots and latest run. */
export async function showFeedSources(actor: Actor, { db }: Pick<ModuleDeps, 'db'>): Promise<SourceRow[]> {
  requireWlanStaff(actor);
  return listSources(db);
}
