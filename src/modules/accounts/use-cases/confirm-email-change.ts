import { eq, sql } from 'drizzle-orm';
import { audit } from '../../../kernel/audit';
import { findUserByEmail, users, type Actor } from '../../../kernel/auth';
import { sendMail } from '../../../kernel/mail';
import { mailSite, type AccountDeps } from '../context';
import { accountMails } from '../mails';
import { peekToken, useToken } from '../user-tokens';

export type EmailChangeResult = 'changed' | 'invalid' | 'taken';

/** Thrown inside the transaction to roll the token use back when the address is taken. */
class AddressTaken extends Error {}

function isUniqueViolation(error: unknown): boolean {
  const codeOf = (value: unknown) => (value && typeof value === 'object' && 'code' in value ? value.code : undefined);
  return codeOf(error) === '23505' || codeOf((error as { cause?: unknown } | undefined)?.cause) === '23505';
}

/**
 * Uses an address-change link. The link changes only the account that asked for it; opened while
 * someone else is logged in it is refused and stays usable. If the address was taken by another
 * account meanwhile, nothing changes and the link stays usable too.
 */
export async function confirmEmailChange(actor: Actor, { token }: { token: string }, { db, config, ip }: AccountDeps): Promise<EmailChangeResult> {
  const pending = await peekToken(db, token, 'change-email');
  if (!pending?.newEmail || (actor && actor.id !== pending.userId)) return 'invalid';
  try {
    return await db.transaction(async (tx) => {
      const owner = await useToken(tx, token, 'change-email');
      if (!owner?.newEmail) return 'invalid';
      const holder = await findUserByEmail(tx, owner.newEmail);
      if (holder && holder.id !== owner.userId) throw new AddressTaken();
      const [before] = await tx.select({ email: users.email }).from(users).where(eq(users.id, owner.userId));
      const [user] = await tx
        .update(users)
        .set({ email: owner.newEmail, emailVerifiedAt: sql`now()` })
        .where(eq(users.id, owner.userId))
        .returning({ id: users.id, email: users.email });
      if (!before || !user) return 'invalid';
      await audit(tx, { id: user.id, label: user.email }, { action: 'account.email_changed', objectType: 'user', objectId: user.id, ip });
      await sendMail(tx, accountMails.emailChanged(mailSite(config), before.email));
      return 'changed';
    });
  } catch (error) {
    // A registration of the same address between our check and the update loses to the unique index.
    if (error instanceof AddressTaken || isUniqueViolation(error)) return 'taken';
    throw error;
  }
}
