import type { ModuleDeps } from '../../../kernel/module';
import { canManageApiTokens, requireSection, type AdminActor } from '../policies';
import { listApiAccesses, type ApiAccessRow } from '../repository';

/** Every API access, revoked ones included (they explain what a Fachverfahren used before). */
export async function showApiAccesses(actor: AdminActor, deps: Pick<ModuleDeps, 'db'>): Promise<ApiAccessRow[]> {
  requireSection(actor, canManageApiTokens);
  return listApiAccesses(deps.db);
}
