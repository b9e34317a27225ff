import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import { refuse, type Outcome } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import type { MemberCapacity } from '../../tables';
import { enterPublishing, managedOrganization } from '../guard';
import { findStaffByEmail, insertMember } from '../repository/organizations';

/** An organisation's admin adds a member by the address of an existing staff account, with a role. */
export async function addMember(
  actor: Actor,
  input: { id: string; email: string; capacity: MemberCapacity; ip?: string },
  { db }: Pick<ModuleDeps, 'db'>,
): Promise<Outcome<{ name: string }>> {
  const publisher = await enterPublishing(actor, db);
  const organization = await managedOrganization(publisher, input.id, db);
  const person = await findStaffByEmail(db, input.email);
  if (!person) {
    return refuse({ email: 'Zu dieser Adresse gibt es kein aktives Dienstkonto. Mitglieder brauchen ein Dienstkonto; die Benutzerverwaltung legt es an.' });
  }
  return db.transaction(async (tx) => {
    if (!(await insertMember(tx, organization.id, person.id, input.capacity))) {
      return refuse({ email: `${person.displayName} ist schon Mitglied. Ändern Sie die Rolle in der Liste.` });
    }
    await audit(tx, publisher.actor, {
      action: 'opendata.member.added',
      objectType: 'organization',
      objectId: organization.id,
      details: { userId: person.id, capacity: input.capacity },
      ip: input.ip,
    });
    return { ok: true as const, name: person.displayName };
  });
}
