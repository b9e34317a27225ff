import { audit } from '../../../kernel/audit';
import type { CurrentUser } from '../../../kernel/auth';
import { refuse, type Outcome } from '../../../kernel/http';
import { sendMail } from '../../../kernel/mail';
import { mailSite, type AccountDeps } from '../context';
import { accountMails } from '../mails';
import type { ChangeEmailInput } from '../schemas';
import { issueToken } from '../user-tokens';
import { checkOwnPassword } from './check-own-password';

/**
 * Starts an address change: a link goes to the new address (proving it works and is the
 * person's), a notice to the old one. Whether the new address belongs to another account is not
 * revealed here; that is checked when the link is used.
 */
export async function requestEmailChange(actor: CurrentUser, input: ChangeEmailInput, { db, config, ip }: AccountDeps): Promise<Outcome> {
  if (input.email === actor.email) return refuse({ email: 'Das ist bereits Ihre E-Mail-Adresse. Geben Sie eine andere Adresse an.' });
  const problem = await checkOwnPassword(db, actor, input.password, 'password', ip);
  if (problem) return refuse(problem);
  const site = mailSite(config);
  await db.transaction(async (tx) => {
    const token = await issueToken(tx, actor.id, 'change-email', input.email);
    await audit(tx, actor, { action: 'account.email_change_requested', objectType: 'user', objectId: actor.id, ip });
    await sendMail(tx, accountMails.confirmNewEmail(site, input.email, token));
    await sendMail(tx, accountMails.emailChangeRequested(site, actor.email, input.email));
  });
  return { ok: true };
}
