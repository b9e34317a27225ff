import { audit } from '../../../kernel/audit';
import { findUserByEmail, type Actor } from '../../../kernel/auth';
import { sendMail } from '../../../kernel/mail';
import { mailSite, type AccountDeps } from '../context';
import { countAttempt } from '../limits';
import { accountMails } from '../mails';
import { issueToken } from '../user-tokens';

/** Sends a new confirmation link to an unconfirmed account; the caller's answer is the same in every case. */
export async function resendConfirmation(_actor: Actor, { email }: { email: string }, { db, config, ip }: AccountDeps): Promise<void> {
  await countAttempt(db, 'mail', ip, email);
  const user = await findUserByEmail(db, email);
  if (!user || user.emailVerifiedAt || user.disabledAt) return;
  await db.transaction(async (tx) => {
    const token = await issueToken(tx, user.id, 'confirm-email');
    await audit(tx, { id: null, label: 'anonym' }, { action: 'account.confirmation_resent', objectType: 'user', objectId: user.id, ip });
    await sendMail(tx, accountMails.confirmEmail(mailSite(config), user.email, token));
  });
}
