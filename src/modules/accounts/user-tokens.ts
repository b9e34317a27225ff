import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { randomToken, sha256, userTokens, type TokenPurpose } from '../../kernel/auth';
import type { Executor } from '../../kernel/db';
import { tokenParam } from './schemas';

/** How long an e-mail link works. */
export const TOKEN_LIFETIME_SECONDS: Record<TokenPurpose, number> = {
  'confirm-email': 48 * 3600,
  'reset-password': 3600,
  'change-email': 24 * 3600,
};

export interface TokenOwner {
  userId: string;
  newEmail: string | null;
}

/**
 * Creates a one-time link token; only its hash is stored. Earlier unused links of the same
 * purpose stop working, so only the newest mail counts (a stolen older mail is worthless).
 */
export async function issueToken(db: Executor, userId: string, purpose: TokenPurpose, newEmail?: string): Promise<string> {
  const token = randomToken();
  await db.delete(userTokens).where(and(eq(userTokens.userId, userId), eq(userTokens.purpose, purpose), isNull(userTokens.usedAt)));
  await db.insert(userTokens).values({
    tokenHash: sha256(token),
    userId,
    purpose,
    newEmail: newEmail ?? null,
    expiresAt: sql`now() + ${`${TOKEN_LIFETIME_SECONDS[purpose]} seconds`}::interval`,
  });
  return token;
}

function usable(token: string, purpose: TokenPurpose) {
  return and(eq(userTokens.tokenHash, sha256(token)), eq(userTokens.purpose, purpose), isNull(userTokens.usedAt), gt(userTokens.expiresAt, sql`now()`));
}

/**
 * Uses a token in one atomic statement: of two simultaneous clicks exactly one gets the owner,
 * the other gets undefined (used, expired, unknown or of another purpose).
 */
export async function useToken(db: Executor, token: string, purpose: TokenPurpose): Promise<TokenOwner | undefined> {
  if (!tokenParam.safeParse(token).success) return undefined;
  const [row] = await db
    .update(userTokens)
    .set({ usedAt: sql`now()` })
    .where(usable(token, purpose))
    .returning({ userId: userTokens.userId, newEmail: userTokens.newEmail });
  return row;
}

/** Looks a token up without using it: a form behind a link is shown only while the link works. */
export async function peekToken(db: Executor, token: string, purpose: TokenPurpose): Promise<TokenOwner | undefined> {
  if (!tokenParam.safeParse(token).success) return undefined;
  const [row] = await db.select({ userId: userTokens.userId, newEmail: userTokens.newEmail }).from(userTokens).where(usable(token, purpose)).limit(1);
  return row;
}

/** After a password reset, other reset links of the account must not work any more. */
export async function revokeTokens(db: Executor, userId: string, purpose: TokenPurpose): Promise<void> {
  await db.delete(userTokens).where(and(eq(userTokens.userId, userId), eq(userTokens.purpose, purpose), isNull(userTokens.usedAt)));
}
