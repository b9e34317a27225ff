import { and, eq } from 'drizzle-orm';
import { audit } from '../../../../../kernel/audit';
import { findUserByEmail, type Actor } from '../../../../../kernel/auth';
import { parseForm, refuse, type Outcome } from '../../../../../kernel/http';
import type { ModuleDeps } from '../../../../../kernel/module';
import { councilMemberAccounts, councilPersons } from '../../../tables';
import { requireCouncilStaff } from '../../entry/access';
import { insertLink } from '../repository';
import { linkMemberSchema } from '../schemas';

/**
 * Gives an existing portal account the role "Ratsmitglied" by linking it to the OParl Person it is
 * (imported persons too: the link is the portal's, no import touches it). The account then sees the
 * non-public items of the person's current Gremien (policies.ts). One account per person and one
 * person per account; the unique keys decide when two members of staff link at once.
 */
export async function linkMember(
  actor: Actor,
  input: { body: unknown; ip?: string },
  { db }: Pick<ModuleDeps, 'db'>,
): Promise<Outcome<{ personName: string; email: string }>> {
  requireCouncilStaff(actor);
  const parsed = parseForm(linkMemberSchema, input.body);
  if (!parsed.ok) return refuse(parsed.errors);
  const { email, personId } = parsed.data;
  const user = await findUserByEmail(db, email);
  if (!user) return refuse({ email: 'Unter dieser E-Mail-Adresse gibt es kein Konto. Die Person muss sich zuerst im Portal registrieren.' });
  const [person] = await db
    .select({ name: councilPersons.name })
    .from(councilPersons)
    .where(and(eq(councilPersons.id, personId), eq(councilPersons.deleted, false)));
  if (!person) return refuse({ personId: 'Wählen Sie die Person aus, die zu dem Konto gehört.' });
  return db.transaction(async (tx) => {
    if (!(await insertLink(tx, user.id, personId))) {
      const [taken] = await tx.select().from(councilMemberAccounts).where(eq(councilMemberAccounts.userId, user.id));
      return taken
        ? refuse({ email: 'Dieses Konto ist schon mit einer Person verknüpft. Lösen Sie zuerst die bestehende Verknüpfung.' })
        : refuse({ personId: 'Diese Person ist schon mit einem anderen Konto verknüpft.' });
    }
    await audit(tx, actor, {
      action: 'council.member.linked',
      objectType: 'council_person',
      objectId: personId,
      details: { userId: user.id, person: person.name },
      ip: input.ip,
    });
    return { ok: true as const, personName: person.name ?? '', email: user.email };
  });
}
