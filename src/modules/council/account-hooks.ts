/**
 * The module's parts of Mein Konto, "Meine Daten" and account deletion: the role "Ratsmitglied"
 * (staff/members/) and the alerts of the account's address (alerts/). The kernel takes one hook of
 * each kind per module, so these combine the parts.
 */
import type { CurrentUser } from '../../kernel/auth';
import type { AccountOverviewCard, ErasureNote, ModuleDeps, PersonalDataHook } from '../../kernel/module';
import { alertOverview, alertPersonalData } from './alerts/account-hooks';
import { memberOverview, memberPersonalData } from './staff/members/account-hooks';

/** The parts' exports side by side in one object (each part names its own keys), or nothing when no part holds anything. */
export function combinedPersonalData(...parts: PersonalDataHook[]): PersonalDataHook {
  return {
    export: async (user, deps) => {
      const exports = await Promise.all(parts.map((part) => part.export(user, deps)));
      const held = exports.filter((part): part is object => typeof part === 'object' && part !== null);
      return held.length ? Object.assign({}, ...held) : undefined;
    },
    // One after another: they share the deletion's transaction.
    erase: async (user, tx, deps) => {
      const notes: ErasureNote[] = [];
      for (const part of parts) notes.push(...(await part.erase(user, tx, deps)));
      return notes;
    },
  };
}

export const councilPersonalData = combinedPersonalData(memberPersonalData, alertPersonalData);

/**
 * One card (the kernel shows one per module): the role, the alerts, or both in one; with both, the link
 * goes to the alerts, as the council's pages are in the main navigation anyway.
 */
export async function councilOverview(user: CurrentUser, deps: Pick<ModuleDeps, 'db' | 'config'>): Promise<AccountOverviewCard | undefined> {
  const [member, alerts] = await Promise.all([memberOverview(user, deps), alertOverview(user, deps)]);
  if (!member || !alerts) return member ?? alerts;
  return { ...alerts, title: 'Ratsmitglied und Benachrichtigungen aus dem Rat', summary: `${member.summary} ${alerts.summary}` };
}
