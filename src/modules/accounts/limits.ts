import { sha256 } from '../../kernel/auth';
import type { Executor } from '../../kernel/db';
import { consumeRateLimit, refundRateLimit, type RateLimitRule } from '../../kernel/http';

const FIFTEEN_MINUTES = 15 * 60;

/**
 * Limits of the anonymous account forms. Passwords are guessed per account and per address;
 * mails are capped so the forms cannot be used to flood someone's inbox.
 */
export const LIMITS = {
  login: { ip: { limit: 20, windowSeconds: FIFTEEN_MINUTES }, email: { limit: 10, windowSeconds: FIFTEEN_MINUTES } },
  mail: { ip: { limit: 30, windowSeconds: FIFTEEN_MINUTES }, email: { limit: 5, windowSeconds: FIFTEEN_MINUTES } },
} satisfies Record<string, { ip: RateLimitRule; email: RateLimitRule }>;

export type LimitedAction = keyof typeof LIMITS;

/** Addresses are hashed in the key: the rate-limit table should hold no personal data in clear. */
function keys(action: LimitedAction, ip: string, email: string): { ip: string; email: string } {
  return { ip: `accounts.${action}:ip:${ip}`, email: `accounts.${action}:email:${sha256(email).slice(0, 32)}` };
}

/** Counts one attempt per IP and per address; throws the kernel's 429 error when either is exhausted. */
export async function countAttempt(db: Executor, action: LimitedAction, ip: string, email: string): Promise<void> {
  const key = keys(action, ip, email);
  await consumeRateLimit(db, key.ip, LIMITS[action].ip);
  await consumeRateLimit(db, key.email, LIMITS[action].email);
}

/**
 * A successful login gives its attempt back, so people who log in often are never locked out;
 * only failures use up the allowance. Counting first and refunding keeps the check atomic.
 */
export async function refundAttempt(db: Executor, action: LimitedAction, ip: string, email: string): Promise<void> {
  const key = keys(action, ip, email);
  await refundRateLimit(db, [key.ip, key.email]);
}
