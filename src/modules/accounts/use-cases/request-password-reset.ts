import { audit } from '../../../kernel/audit';
import { findUserByEmail, type Actor } from '../../../kernel/auth';
import { sendMail } from '../../../kernel/mail';
import { mailSite, type AccountDeps } from '../context';
import { countAttempt } from '../limits';
import { accountMails } from '../mails';
import { issueToken } from '../user-tokens';

/** Mails a reset link if the address has an active account; the caller's answer never tells whether it has. */
export async function requestPasswordReset(_actor: Actor, { email }: { email: string }, { db, config, ip }: AccountDeps): Promise<void> {
  await countAttempt(db, 'mail', ip, email);
  const user = await findUserByEmail(db, email);
  if (!user || user.disabledAt) return;
  await db.transaction(async (tx) => {
    const token = await issueToken(tx, user.id, 'reset-password');
    await audit(tx, { id: null, label: 'anonym' }, { action: 'account.password_reset_requested', objectType: 'user', objectId: user.id, ip });
    await sendMail(tx, accountMails.resetPassword(mailSite(config), user.email, token));
  });
}
