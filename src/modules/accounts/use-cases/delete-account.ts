import { eq } from 'drizzle-orm';
import { audit, pseudonymiseActor } from '../../../kernel/audit';
import { sha256, users, type CurrentUser } from '../../../kernel/auth';
import { refuse, type Outcome } from '../../../kernel/http';
import { sendMail } from '../../../kernel/mail';
import type { ErasureNote, ModuleDeps } from '../../../kernel/module';
import { mailSite } from '../context';
import { accountMails } from '../mails';
import { lockActiveAdmins } from '../repository';
import type { DeleteAccountInput } from '../schemas';
import { checkOwnPassword } from './check-own-password';

const LAST_ADMIN_MESSAGE =
  'Sie sind die einzige Person mit Administrationsrechten. Geben Sie zuerst einer anderen Person diese Rechte, dann können Sie Ihr Konto löschen.';

/** What one module did with the person's data, for the confirmation page and the audit entry. */
export type ModuleErasureNote = ErasureNote & { module: string };

/** Stable per account and not reversible without the secret: entries of one deleted account still group. */
export function pseudonymFor(secret: string, userId: string): string {
  return sha256(`${secret}${userId}`).slice(0, 12);
}

/**
 * DSGVO Art. 17: deletes the account in ONE transaction. Every module erases or pseudonymises
 * its part first (its `personalData.erase` hook, which says what it did and why), then the user
 * row goes and the audit trail, which the municipality must keep, is pseudonymised. The notes are
 * audited under the pseudonym only. The last active admin cannot delete themselves, or nobody
 * could administer the portal any more.
 */
export async function deleteAccount(
  actor: CurrentUser,
  input: DeleteAccountInput,
  deps: ModuleDeps & { ip: string },
): Promise<Outcome<{ pseudonym: string; notes: ModuleErasureNote[] }>> {
  const problem = await checkOwnPassword(deps.db, actor, input.password, 'password', deps.ip);
  if (problem) return refuse(problem);
  const pseudonym = pseudonymFor(deps.config.secret, actor.id);
  return deps.db.transaction(async (tx) => {
    if (actor.role === 'admin' && (await lockActiveAdmins(tx)) <= 1) return refuse({ confirm: LAST_ADMIN_MESSAGE });
    // The row lock keeps a second deletion of the same account (double click) waiting; it then finds nothing.
    const [account] = await tx.select({ email: users.email }).from(users).where(eq(users.id, actor.id)).for('update');
    if (!account) return { ok: true as const, pseudonym, notes: [] };
    const user = { ...actor, email: account.email };
    const notes: ModuleErasureNote[] = [];
    for (const module of deps.modules) {
      if (!module.personalData) continue;
      for (const note of await module.personalData.erase(user, tx, deps)) notes.push({ module: module.id, ...note });
    }
    await tx.delete(users).where(eq(users.id, actor.id));
    const entries = await pseudonymiseActor(tx, actor.id, pseudonym);
    notes.push({
      module: 'accounts',
      what: 'Einträge im Protokoll der Verwaltung',
      outcome: 'pseudonymised',
      count: entries,
      reason:
        'Die Verwaltung muss nachweisen können, wer wann was im Portal getan hat (Art. 5 Abs. 2 DSGVO). Die Einträge bleiben deshalb, nennen statt Ihrer E-Mail-Adresse und IP-Adresse aber nur noch ein Pseudonym.',
    });
    await audit(
      tx,
      { id: null, label: `gelöschtes Konto ${pseudonym}` },
      { action: 'account.deleted', objectType: 'user', objectId: pseudonym, details: { notes } },
    );
    await sendMail(tx, accountMails.accountDeleted(mailSite(deps.config), account.email));
    return { ok: true as const, pseudonym, notes };
  });
}
