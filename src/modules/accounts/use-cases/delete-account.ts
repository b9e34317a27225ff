import { eq } from 'drizzle-orm';
import { audit, pseudonymiseActor } from '../../../kernel/audit';
import { sha256, users, type CurrentUser } from '../../../kernel/auth';
import type { Database } from '../../../kernel/db';
import type { FieldErrors } from '../../../kernel/http';
import { sendMail } from '../../../kernel/mail';
import type { AccountContext } from '../context';
import { accountMails } from '../mails';
import { lockActiveAdmins } from '../repository';
import type { DeleteAccountInput } from '../schemas';
import { checkOwnPassword } from './check-own-password';

const LAST_ADMIN_MESSAGE =
  'Sie sind die einzige Person mit Administrationsrechten. Geben Sie zuerst einer anderen Person diese Rechte, dann können Sie Ihr Konto löschen.';

/** Stable per account and not reversible without the secret: entries of one deleted account still group. */
export function pseudonymFor(secret: string, userId: string): string {
  return sha256(`${secret}${userId}`).slice(0, 12);
}

/**
 * DSGVO Art. 17: deletes the account (sessions, tokens, identities and memberships go with it by
 * cascade) and pseudonymises its audit trail, which the municipality must keep. The last active
 * admin cannot delete themselves, or nobody could administer the portal any more.
 */
export async function deleteAccount(
  db: Database,
  actor: CurrentUser,
  input: DeleteAccountInput,
  context: AccountContext & { secret: string },
): Promise<{ ok: true } | { ok: false; errors: FieldErrors }> {
  const problem = await checkOwnPassword(db, actor, input.password, 'password', context.ip);
  if (problem) return { ok: false, errors: problem };
  const pseudonym = pseudonymFor(context.secret, actor.id);
  return db.transaction(async (tx) => {
    if (actor.role === 'admin' && (await lockActiveAdmins(tx)) <= 1) return { ok: false, errors: { confirm: LAST_ADMIN_MESSAGE } };
    const [deleted] = await tx.delete(users).where(eq(users.id, actor.id)).returning({ email: users.email });
    if (!deleted) return { ok: true };
    await pseudonymiseActor(tx, actor.id, pseudonym);
    await audit(tx, { id: null, label: `gelöschtes Konto ${pseudonym}` }, { action: 'account.deleted', objectType: 'user', objectId: pseudonym });
    await sendMail(tx, accountMails.accountDeleted(context.site, deleted.email));
    return { ok: true };
  });
}
