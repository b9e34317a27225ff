import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import type { Measure } from '../../tables';
import { measureToEdit, requireCoordinator } from '../access';
import { listDepartments } from '../repository';

/** The new-measure form: the coordinator only; the Fachbereiche to choose the owner from. */
export async function openNewMeasureForm(actor: Actor, deps: Pick<ModuleDeps, 'db'>): Promise<Array<{ id: string; name: string }>> {
  requireCoordinator(actor);
  return listDepartments(deps.db);
}

/** The edit form of a measure one may change, with the Fachbereiche. */
export async function measureForEditForm(
  actor: Actor,
  id: string,
  deps: Pick<ModuleDeps, 'db'>,
): Promise<{ measure: Measure; departments: Array<{ id: string; name: string }> }> {
  const { measure } = await measureToEdit(actor, id, deps.db);
  return { measure, departments: await listDepartments(deps.db) };
}

/** A measure whose milestones, risks or links one may change (its forms). */
export async function measureToChange(actor: Actor, id: string, deps: Pick<ModuleDeps, 'db'>): Promise<Measure> {
  return (await measureToEdit(actor, id, deps.db)).measure;
}
