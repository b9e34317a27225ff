import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import { errors, refuse, type Outcome } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import type { MemberCapacity } from '../../tables';
import { enterPublishing, managedOrganization } from '../guard';
import { countAdmins, deleteMember, findMember, lockOrganization, setCapacity } from '../repository/organizations';

export const LAST_ADMIN = 'Eine Organisation braucht mindestens eine Administratorin oder einen Administrator. Ernennen Sie zuerst eine andere Person.';

/**
 * Changes a member's role or, with `capacity: null`, removes the member. The organisation keeps at
 * least one admin: checked under the organisation's row lock, so two admins demoting each other at
 * once cannot leave it without one.
 */
export async function changeMember(
  actor: Actor,
  input: { id: string; userId: string; capacity: MemberCapacity | null; ip?: string },
  { db }: Pick<ModuleDeps, 'db'>,
): Promise<Outcome<{ name: string }>> {
  const publisher = await enterPublishing(actor, db);
  const organization = await managedOrganization(publisher, input.id, db);
  return db.transaction(async (tx) => {
    await lockOrganization(tx, organization.id);
    const member = await findMember(tx, organization.id, input.userId);
    if (!member) throw errors.notFound('Das Mitglied');
    if (member.capacity === 'admin' && input.capacity !== 'admin' && (await countAdmins(tx, organization.id)) <= 1) {
      return refuse({ capacity: LAST_ADMIN });
    }
    if (input.capacity) await setCapacity(tx, organization.id, member.userId, input.capacity);
    else await deleteMember(tx, organization.id, member.userId);
    await audit(tx, publisher.actor, {
      action: input.capacity ? 'opendata.member.changed' : 'opendata.member.removed',
      objectType: 'organization',
      objectId: organization.id,
      details: { userId: member.userId, from: member.capacity, to: input.capacity },
      ip: input.ip,
    });
    return { ok: true as const, name: member.displayName };
  });
}
