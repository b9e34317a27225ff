import type { Actor, CurrentUser } from '../../../../../kernel/auth';
import { errors, isUuid } from '../../../../../kernel/http';
import type { ModuleDeps } from '../../../../../kernel/module';
import { requireCouncilStaff } from '../../entry/access';
import { findPerson, listPersons, membershipsOf, type CouncilPerson, type MembershipRow, type PersonRow } from '../repository';

/** A person by id for staff with council.manage; a deleted one or a malformed id is missing (404). */
export async function authorizedPerson(actor: Actor, id: string, { db }: Pick<ModuleDeps, 'db'>): Promise<{ user: CurrentUser; person: CouncilPerson }> {
  requireCouncilStaff(actor);
  const person = isUuid(id) ? await findPerson(db, id) : undefined;
  if (!person) throw errors.notFound('Die Person');
  return { user: actor, person };
}

export async function showPersons(actor: Actor, { db }: Pick<ModuleDeps, 'db'>): Promise<PersonRow[]> {
  requireCouncilStaff(actor);
  return listPersons(db);
}

export interface PersonPage {
  person: CouncilPerson;
  memberships: MembershipRow[];
}

/** The form to add a person (no id) or a person's form with the memberships (read-only when imported). */
export async function openPerson(actor: Actor, input: { id?: string | undefined }, deps: Pick<ModuleDeps, 'db'>): Promise<PersonPage | undefined> {
  requireCouncilStaff(actor);
  if (!input.id) return undefined;
  const { person } = await authorizedPerson(actor, input.id, deps);
  return { person, memberships: await membershipsOf(deps.db, person.id) };
}
