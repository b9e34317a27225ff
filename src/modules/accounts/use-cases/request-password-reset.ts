import { audit } from '../../../kernel/audit';
import { findUserByEmail } from '../../../kernel/auth';
import type { Database } from '../../../kernel/db';
import { sendMail } from '../../../kernel/mail';
import type { AccountContext } from '../context';
import { countAttempt } from '../limits';
import { accountMails } from '../mails';
import { issueToken } from '../user-tokens';

/** Mails a reset link if the address has an active account; the caller's answer never tells whether it has. */
export async function requestPasswordReset(db: Database, email: string, context: AccountContext): Promise<void> {
  await countAttempt(db, 'mail', context.ip, email);
  const user = await findUserByEmail(db, email);
  if (!user || user.disabledAt) return;
  await db.transaction(async (tx) => {
    const token = await issueToken(tx, user.id, 'reset-password');
    await audit(tx, { id: null, label: 'anonym' }, { action: 'account.password_reset_requested', objectType: 'user', objectId: user.id, ip: context.ip });
    await sendMail(tx, accountMails.resetPassword(context.site, user.email, token));
  });
}
