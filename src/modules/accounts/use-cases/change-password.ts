import { eq } from 'drizzle-orm';
import { audit } from '../../../kernel/audit';
import { destroyUserSessions, hashPassword, users, type CurrentUser } from '../../../kernel/auth';
import type { Database } from '../../../kernel/db';
import type { FieldErrors } from '../../../kernel/http';
import { sendMail } from '../../../kernel/mail';
import type { AccountContext } from '../context';
import { accountMails } from '../mails';
import type { ChangePasswordInput } from '../schemas';
import { checkOwnPassword } from './check-own-password';

/**
 * Changes the actor's password after checking the current one. Other sessions end, this one
 * stays; the owner is told by mail, so an unnoticed change by someone else does not go unseen.
 */
export async function changePassword(
  db: Database,
  actor: CurrentUser,
  input: ChangePasswordInput,
  context: AccountContext & { sessionToken: string | null },
): Promise<{ ok: true } | { ok: false; errors: FieldErrors }> {
  const problem = await checkOwnPassword(db, actor, input.currentPassword, 'currentPassword', context.ip);
  if (problem) return { ok: false, errors: problem };
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, actor.id));
    await destroyUserSessions(tx, actor.id, context.sessionToken ?? undefined);
    await audit(tx, actor, { action: 'account.password_changed', objectType: 'user', objectId: actor.id, ip: context.ip });
    await sendMail(tx, accountMails.passwordChanged(context.site, actor.email));
  });
  return { ok: true };
}
