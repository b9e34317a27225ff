import { and, eq, isNull, sql } from 'drizzle-orm';
import { audit } from '../../../kernel/audit';
import { destroyUserSessions, hashPassword, users, type Actor } from '../../../kernel/auth';
import { sendMail } from '../../../kernel/mail';
import { mailSite, type AccountDeps } from '../context';
import { accountMails } from '../mails';
import { revokeTokens, useToken } from '../user-tokens';

/**
 * Sets a new password through a reset link. Every session of the account ends (whoever had the old
 * password is out), and the address counts as confirmed: the link proved access to the mailbox.
 * False when the link is unknown, used or expired.
 */
export async function resetPassword(
  _actor: Actor,
  { token, password }: { token: string; password: string },
  { db, config, ip }: AccountDeps,
): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const owner = await useToken(tx, token, 'reset-password');
    if (!owner) return false;
    const [user] = await tx
      .update(users)
      .set({ passwordHash, emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())` })
      .where(and(eq(users.id, owner.userId), isNull(users.disabledAt)))
      .returning({ id: users.id, email: users.email });
    if (!user) return false;
    await revokeTokens(tx, user.id, 'reset-password');
    await destroyUserSessions(tx, user.id);
    await audit(tx, { id: user.id, label: user.email }, { action: 'account.password_reset', objectType: 'user', objectId: user.id, ip });
    await sendMail(tx, accountMails.passwordChanged(mailSite(config), user.email));
    return true;
  });
}
