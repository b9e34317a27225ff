import { eq } from 'drizzle-orm';
import { audit } from '../../../kernel/audit';
import { destroyUserSessions, hashPassword, users, type CurrentUser } from '../../../kernel/auth';
import { refuse, type Outcome } from '../../../kernel/http';
import { sendMail } from '../../../kernel/mail';
import { mailSite, type AccountDeps } from '../context';
import { accountMails } from '../mails';
import type { ChangePasswordInput } from '../schemas';
import { checkOwnPassword } from './check-own-password';

/**
 * Changes the actor's password after checking the current one. Other sessions end, this one
 * stays; the owner is told by mail, so an unnoticed change by someone else does not go unseen.
 */
export async function changePassword(
  actor: CurrentUser,
  input: ChangePasswordInput & { sessionToken: string | null },
  { db, config, ip }: AccountDeps,
): Promise<Outcome> {
  const problem = await checkOwnPassword(db, actor, input.currentPassword, 'currentPassword', ip);
  if (problem) return refuse(problem);
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, actor.id));
    await destroyUserSessions(tx, actor.id, input.sessionToken ?? undefined);
    await audit(tx, actor, { action: 'account.password_changed', objectType: 'user', objectId: actor.id, ip });
    await sendMail(tx, accountMails.passwordChanged(mailSite(config), actor.email));
  });
  return { ok: true };
}
