import { audit } from '../../../kernel/audit';
import { findUserByEmail } from '../../../kernel/auth';
import type { Database } from '../../../kernel/db';
import { sendMail } from '../../../kernel/mail';
import type { AccountContext } from '../context';
import { countAttempt } from '../limits';
import { accountMails } from '../mails';
import { issueToken } from '../user-tokens';

/** Sends a new confirmation link to an unconfirmed account; the caller's answer is the same in every case. */
export async function resendConfirmation(db: Database, email: string, context: AccountContext): Promise<void> {
  await countAttempt(db, 'mail', context.ip, email);
  const user = await findUserByEmail(db, email);
  if (!user || user.emailVerifiedAt || user.disabledAt) return;
  await db.transaction(async (tx) => {
    const token = await issueToken(tx, user.id, 'confirm-email');
    await audit(tx, { id: null, label: 'anonym' }, { action: 'account.confirmation_resent', objectType: 'user', objectId: user.id, ip: context.ip });
    await sendMail(tx, accountMails.confirmEmail(context.site, user.email, token));
  });
}
