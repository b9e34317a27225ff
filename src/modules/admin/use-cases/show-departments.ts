import type { Actor } from '../../../kernel/auth';
import type { ModuleDeps } from '../../../kernel/module';
import { canManageDepartments, requireSection } from '../policies';
import { listDepartments, type DepartmentRow } from '../repository';

export async function showDepartments(actor: Actor, deps: Pick<ModuleDeps, 'db'>): Promise<DepartmentRow[]> {
  requireSection(actor, canManageDepartments);
  return listDepartments(deps.db);
}
