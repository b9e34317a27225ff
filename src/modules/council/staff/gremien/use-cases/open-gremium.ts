import type { Actor, CurrentUser } from '../../../../../kernel/auth';
import { errors, isUuid } from '../../../../../kernel/http';
import type { ModuleDeps } from '../../../../../kernel/module';
import { requireCouncilStaff } from '../../entry/access';
import { findGremium, type CouncilOrganization } from '../repository';

/** A Gremium by id for staff with council.manage; a deleted one or a malformed id is missing (404). */
export async function authorizedGremium(
  actor: Actor,
  id: string,
  { db }: Pick<ModuleDeps, 'db'>,
): Promise<{ user: CurrentUser; gremium: CouncilOrganization }> {
  requireCouncilStaff(actor);
  const gremium = isUuid(id) ? await findGremium(db, id) : undefined;
  if (!gremium) throw errors.notFound('Das Gremium');
  return { user: actor, gremium };
}

/** The form to add a Gremium (no id) or to edit one (read-only when imported). */
export async function openGremium(actor: Actor, input: { id?: string | undefined }, deps: Pick<ModuleDeps, 'db'>): Promise<CouncilOrganization | undefined> {
  requireCouncilStaff(actor);
  return input.id ? (await authorizedGremium(actor, input.id, deps)).gremium : undefined;
}
