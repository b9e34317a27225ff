import { eq } from 'drizzle-orm';
import type { CurrentUser } from '../../../../kernel/auth';
import type { AccountOverviewCard, ModuleDeps, PersonalDataHook } from '../../../../kernel/module';
import { berlinDay } from '../../../../kernel/time';
import { PATHS } from '../../paths';
import { councilMemberAccounts } from '../../tables';
import { listMemberLinks } from './repository';

/** The role "Ratsmitglied" on Mein Konto: which person the account is and whose non-public items it sees. */
export async function memberOverview(user: CurrentUser, { db }: Pick<ModuleDeps, 'db'>): Promise<AccountOverviewCard | undefined> {
  const [link] = await listMemberLinks(db, berlinDay(new Date()), user.id);
  if (!link) return undefined;
  const gremien = link.gremien.length
    ? `Sie sehen die nichtöffentlichen Unterlagen von: ${link.gremien.join(', ')}.`
    : 'Zurzeit gehören Sie keinem Gremium an.';
  return { title: 'Ratsmitglied', summary: `Ihr Konto ist als ${link.personName} verknüpft. ${gremien}`, href: PATHS.public, linkLabel: 'Zur Ratsinformation' };
}

/**
 * The link in "Meine Daten", and its end with the account: the row goes (the foreign key cascades as
 * well, so no path of deleting an account keeps it). The Person itself is the council's public record.
 */
export const memberPersonalData: PersonalDataHook = {
  export: async (user, { db }) => {
    const [link] = await listMemberLinks(db, berlinDay(new Date()), user.id);
    return link && { councilMember: { person: link.personName, linkedAt: link.linkedAt, currentGremien: link.gremien } };
  },
  erase: async (user, tx) => {
    const rows = await tx.delete(councilMemberAccounts).where(eq(councilMemberAccounts.userId, user.id)).returning({ userId: councilMemberAccounts.userId });
    return rows.length ? [{ what: 'Verknüpfung als Ratsmitglied', outcome: 'deleted', count: rows.length }] : [];
  },
};
