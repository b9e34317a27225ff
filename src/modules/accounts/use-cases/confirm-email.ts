import { and, eq, isNull, sql } from 'drizzle-orm';
import { audit } from '../../../kernel/audit';
import { users, type Actor, type UserRow } from '../../../kernel/auth';
import type { AccountDeps } from '../context';
import { useToken } from '../user-tokens';

/**
 * Uses a confirmation link: marks the address as verified and returns the account, which the
 * caller then logs in. Undefined for unknown, used or expired links and for disabled accounts.
 */
export async function confirmEmail(_actor: Actor, { token }: { token: string }, { db, ip }: Pick<AccountDeps, 'db' | 'ip'>): Promise<UserRow | undefined> {
  return db.transaction(async (tx) => {
    const owner = await useToken(tx, token, 'confirm-email');
    if (!owner) return undefined;
    const [user] = await tx
      .update(users)
      .set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())` })
      .where(and(eq(users.id, owner.userId), isNull(users.disabledAt)))
      .returning();
    if (!user) return undefined;
    await audit(tx, { id: user.id, label: user.email }, { action: 'account.email_confirmed', objectType: 'user', objectId: user.id, ip });
    return user;
  });
}
