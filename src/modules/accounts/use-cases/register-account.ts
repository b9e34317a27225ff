import { eq } from 'drizzle-orm';
import { audit } from '../../../kernel/audit';
import { createUser, EmailTakenError, findUserByEmail, hashPassword, users, type Actor, type UserRow } from '../../../kernel/auth';
import { sendMail } from '../../../kernel/mail';
import { mailSite, type AccountDeps } from '../context';
import { countAttempt } from '../limits';
import { accountMails } from '../mails';
import type { RegisterInput } from '../schemas';
import { issueToken } from '../user-tokens';

/**
 * Creates an unverified account and mails a confirmation link. For an address that already has
 * an account the caller sees exactly the same outcome; only the owner learns of the attempt by
 * mail (no account enumeration).
 */
export async function registerAccount(_actor: Actor, input: RegisterInput, deps: AccountDeps): Promise<void> {
  const { db, config, ip } = deps;
  await countAttempt(db, 'mail', ip, input.email);
  // Hashing happens in both branches and outside the transaction: equal timing, short transactions.
  const passwordHash = await hashPassword(input.password);
  const existing = await findUserByEmail(db, input.email);
  if (existing) return notifyOwner(existing, deps);
  try {
    await db.transaction(async (tx) => {
      const user = await createUser(tx, { email: input.email, displayName: input.displayName });
      await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id));
      const token = await issueToken(tx, user.id, 'confirm-email');
      await audit(tx, { id: user.id, label: user.email }, { action: 'account.registered', objectType: 'user', objectId: user.id, ip });
      await sendMail(tx, accountMails.confirmEmail(mailSite(config), user.email, token));
    });
  } catch (error) {
    // Two registrations of one address at once: the unique index decided, the loser is "existing".
    if (!(error instanceof EmailTakenError)) throw error;
    const winner = await findUserByEmail(db, input.email);
    if (winner) await notifyOwner(winner, deps);
  }
}

/** An unconfirmed owner gets a fresh confirmation link with the notice, so a lost first mail is no dead end. */
async function notifyOwner(owner: UserRow, { db, config, ip }: AccountDeps): Promise<void> {
  if (owner.disabledAt) return;
  await db.transaction(async (tx) => {
    const token = owner.emailVerifiedAt ? undefined : await issueToken(tx, owner.id, 'confirm-email');
    await audit(tx, { id: null, label: 'anonym' }, { action: 'account.registration_attempt', objectType: 'user', objectId: owner.id, ip });
    await sendMail(tx, accountMails.registrationAttempt(mailSite(config), owner.email, token));
  });
}
