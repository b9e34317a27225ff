import { audit } from '../../../../../kernel/audit';
import type { Actor } from '../../../../../kernel/auth';
import { parseForm, refuse, type Outcome } from '../../../../../kernel/http';
import type { ModuleDeps } from '../../../../../kernel/module';
import { requireCouncilStaff, requireEditable } from '../../entry/access';
import { ownBodyId } from '../../entry/own-body';
import { insertPerson, updatePerson } from '../repository';
import { personSchema, type PersonInput } from '../schemas';
import { authorizedPerson } from './open-person';

/** OParl's `name` from the parts, as the council prints it: "Dr. Anna Muster MdL". */
function fullName(input: PersonInput): string {
  return [input.title, input.givenName, input.familyName, input.affix].filter(Boolean).join(' ');
}

/**
 * Adds or edits a person of the municipality's own body: only what the council publishes (name
 * parts, title, form of address), no contact data. `created` on insert, `modified` on every change.
 */
export async function savePerson(
  actor: Actor,
  input: { id?: string | undefined; body: unknown; ip?: string },
  deps: Pick<ModuleDeps, 'db' | 'config'>,
): Promise<Outcome<{ id: string }>> {
  requireCouncilStaff(actor);
  const existing = input.id ? (await authorizedPerson(actor, input.id, deps)).person : undefined;
  if (existing) requireEditable(existing);
  const parsed = parseForm(personSchema, input.body);
  if (!parsed.ok) return refuse(parsed.errors);
  const { title, affix, ...names } = parsed.data;
  const values = { ...names, name: fullName(parsed.data), title: title ? [title] : [], affix: affix ?? null };
  return deps.db.transaction(async (tx) => {
    const id = existing ? existing.id : await insertPerson(tx, { ...values, bodyId: await ownBodyId(tx, actor, deps.config) });
    if (existing) await updatePerson(tx, id, values);
    await audit(tx, actor, {
      action: existing ? 'council.person.updated' : 'council.person.created',
      objectType: 'council_person',
      objectId: id,
      details: { name: values.name },
      ip: input.ip,
    });
    return { ok: true as const, id };
  });
}
