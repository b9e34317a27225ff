import { requireSection, type Actor, type CurrentUser } from '../../../kernel/auth';
import type { Executor } from '../../../kernel/db';
import { errors, isUuid } from '../../../kernel/http';
import { findSourceById, type CouncilSource } from '../import/run-repository';
import { mayManageCouncil } from '../policies';

/** Every page and action of the import sections: council.manage (admins hold it); others get 404 (401 for visitors). */
export function requireCouncilStaff(actor: Actor): asserts actor is CurrentUser {
  requireSection(actor, mayManageCouncil);
}

export async function authorizedSource(actor: Actor, id: string, db: Executor): Promise<CouncilSource> {
  requireCouncilStaff(actor);
  const source = isUuid(id) ? await findSourceById(db, id) : undefined;
  if (!source) throw errors.notFound('Die Import-Quelle');
  return source;
}
