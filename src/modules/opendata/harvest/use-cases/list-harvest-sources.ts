import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { sourcesWithLastRun } from '../repository';
import { harvestAccess } from './authorized-source';

/** The harvest sources of the person's organisations (all for the portal's admins), each with its latest run. */
export async function listHarvestSources(actor: Actor, _input: Record<string, never>, { db }: Pick<ModuleDeps, 'db'>) {
  const { access } = await harvestAccess(actor, db);
  const rows = await sourcesWithLastRun(db, access.sysadmin ? null : [...access.capacities.keys()]);
  const mayAdd = access.sysadmin || [...access.capacities.values()].includes('admin');
  return { rows, mayAdd };
}
