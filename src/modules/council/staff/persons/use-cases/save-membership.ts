import { audit } from '../../../../../kernel/audit';
import type { Actor } from '../../../../../kernel/auth';
import { errors, isUuid, parseForm, refuse, type Outcome } from '../../../../../kernel/http';
import type { ModuleDeps } from '../../../../../kernel/module';
import { requireCouncilStaff, requireEditable } from '../../entry/access';
import { allOffered, organizationChoices, type OrganizationChoice } from '../../entry/choices';
import { findMembership, saveMembershipRow, type CouncilMembership, type CouncilPerson } from '../repository';
import { membershipSchema } from '../schemas';
import { authorizedPerson } from './open-person';

export interface MembershipPage {
  person: CouncilPerson;
  membership: CouncilMembership | undefined;
  organizations: OrganizationChoice[];
}

/** The form of a person's membership: a new one (no id) or one of theirs (404 for another person's). */
export async function openMembership(
  actor: Actor,
  input: { personId: string; id?: string | undefined },
  deps: Pick<ModuleDeps, 'db'>,
): Promise<MembershipPage> {
  const { person } = await authorizedPerson(actor, input.personId, deps);
  const membership = input.id ? (isUuid(input.id) ? await findMembership(deps.db, person.id, input.id) : undefined) : undefined;
  if (input.id && !membership) throw errors.notFound('Die Mitgliedschaft');
  return { person, membership, organizations: await organizationChoices(deps.db) };
}

/**
 * Adds or edits a membership (Gremium, role, voting right, start and end, on behalf of a Fraktion).
 * The person's `modified` moves too: OParl embeds memberships in the Person.
 */
export async function saveMembership(
  actor: Actor,
  input: { personId: string; id?: string | undefined; body: unknown; ip?: string },
  deps: Pick<ModuleDeps, 'db'>,
): Promise<Outcome<{ id: string }>> {
  requireCouncilStaff(actor);
  const { person, membership, organizations } = await openMembership(actor, input, deps);
  requireEditable(person);
  if (membership) requireEditable(membership);
  const parsed = parseForm(membershipSchema, input.body);
  if (!parsed.ok) return refuse(parsed.errors);
  const data = parsed.data;
  if (!allOffered([data.organizationId], organizations)) return refuse({ organizationId: 'Wählen Sie das Gremium aus.' });
  const factions = organizations.filter((choice) => choice.organizationType === 'Fraktion');
  if (!allOffered([data.onBehalfOfId], factions)) return refuse({ onBehalfOfId: 'Wählen Sie eine Fraktion aus der Liste oder „keine“.' });
  const values = { ...data, role: data.role ?? null, bodyId: person.bodyId, personId: person.id };
  return deps.db.transaction(async (tx) => {
    const id = await saveMembershipRow(tx, membership?.id, values);
    await audit(tx, actor, {
      action: membership ? 'council.membership.updated' : 'council.membership.created',
      objectType: 'council_membership',
      objectId: id,
      details: { person: person.name, organizationId: data.organizationId, role: values.role },
      ip: input.ip,
    });
    return { ok: true as const, id };
  });
}
