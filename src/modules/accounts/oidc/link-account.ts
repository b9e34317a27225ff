import { and, eq } from 'drizzle-orm';
import { audit } from '../../../kernel/audit';
import { createUser, EmailTakenError, findUserByEmail, oidcIdentities, users, type UserRow } from '../../../kernel/auth';
import type { Database, Executor } from '../../../kernel/db';
import type { OidcProfile } from './claims';
import { oidcErrors } from './errors';

export interface LinkedAccount {
  user: UserRow;
  /** A new (issuer, subject) link was made in this login; newAccount when the user was created too. */
  linked: boolean;
  newAccount: boolean;
}

/**
 * Finds the portal account of an OpenID identity, in one transaction:
 *  1. a known (issuer, subject) → its account;
 *  2. else an account with the same address, if the provider vouches for the address *and* the
 *     account confirmed it: linking to an unconfirmed account would hand the person's future data to
 *     whoever registered that address first (pre-account hijacking);
 *  3. else a new citizen account without password.
 * New links are audited as `auth.oidc_linked`.
 */
export async function linkAccount(db: Database, issuer: string, profile: OidcProfile, ip: string): Promise<LinkedAccount> {
  try {
    return await db.transaction(async (tx) => {
      const known = await findByIdentity(tx, issuer, profile.subject);
      if (known) return checkEnabled({ user: known, linked: false, newAccount: false });

      const existing = profile.email ? await findUserByEmail(tx, profile.email) : undefined;
      if (existing) {
        if (!profile.emailVerified) throw oidcErrors.emailInUse();
        if (!existing.emailVerifiedAt) throw oidcErrors.existingAccountUnconfirmed();
        checkEnabled({ user: existing, linked: true, newAccount: false });
        await insertIdentity(tx, issuer, profile.subject, existing, ip, false);
        return { user: existing, linked: true, newAccount: false };
      }

      if (!profile.email) throw oidcErrors.noEmail();
      const created = await createUser(tx, { email: profile.email, displayName: profile.displayName, emailVerified: profile.emailVerified });
      await insertIdentity(tx, issuer, profile.subject, created, ip, true);
      return { user: created, linked: true, newAccount: true };
    });
  } catch (error) {
    // A parallel login of the same new person created the account first.
    if (error instanceof EmailTakenError) throw oidcErrors.concurrentLink();
    throw error;
  }
}

async function findByIdentity(tx: Executor, issuer: string, subject: string): Promise<UserRow | undefined> {
  const [row] = await tx
    .select({ user: users })
    .from(oidcIdentities)
    .innerJoin(users, eq(users.id, oidcIdentities.userId))
    .where(and(eq(oidcIdentities.issuer, issuer), eq(oidcIdentities.subject, subject)))
    .limit(1);
  return row?.user;
}

function checkEnabled(account: LinkedAccount): LinkedAccount {
  if (account.user.disabledAt) throw oidcErrors.accountDisabled();
  return account;
}

async function insertIdentity(tx: Executor, issuer: string, subject: string, user: UserRow, ip: string, newAccount: boolean): Promise<void> {
  const inserted = await tx
    .insert(oidcIdentities)
    .values({ issuer, subject, userId: user.id })
    .onConflictDoNothing()
    .returning({ userId: oidcIdentities.userId });
  if (inserted.length === 0) throw oidcErrors.concurrentLink();
  await audit(
    tx,
    { id: user.id, label: user.email },
    { action: 'auth.oidc_linked', objectType: 'user', objectId: user.id, details: { issuer, newAccount }, ip },
  );
}
