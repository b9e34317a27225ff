import { createHash } from 'node:crypto';
import type { CurrentUser } from '../../kernel/auth';
import { hmac } from '../../kernel/auth';
import { consumeRateLimit, type RateLimitRule } from '../../kernel/http';
import type { Executor } from '../../kernel/db/types';

/**
 * What keeps the ideas usable: the same text twice is one contribution, blocked words stay out,
 * and every kind of action has an allowance per account and per IP (the kernel's shared counter).
 */

/** Allowances per hour: enough for a lively evening, too few for a flood. */
export const RATE_LIMITS = {
  idea: { limit: 5, windowSeconds: 3600 },
  comment: { limit: 30, windowSeconds: 3600 },
  support: { limit: 120, windowSeconds: 3600 },
  report: { limit: 10, windowSeconds: 3600 },
} as const satisfies Record<string, RateLimitRule>;
export type Action = keyof typeof RATE_LIMITS;

/** The spam guard's form names (bound into the stamps). */
export const FORMS = { idea: 'participation.idea', comment: 'participation.comment', report: 'participation.report' } as const;

/**
 * Counts one action for the account and for the IP (several accounts behind one address share a
 * larger allowance); throws the kernel's 429 when either is used up. The IP only as an HMAC in the key.
 */
export async function consumeAllowance(db: Executor, action: Action, actor: CurrentUser, ip: string, secret: string): Promise<void> {
  const rule = RATE_LIMITS[action];
  await consumeRateLimit(db, `participation.${action}:account:${actor.id}`, rule);
  await consumeRateLimit(db, `participation.${action}:ip:${hmac(secret, `ip:${ip}`)}`, { limit: rule.limit * 4, windowSeconds: rule.windowSeconds });
}

/** Lower case, letters and digits only, single spaces: "Mehr  WLAN!" and "mehr wlan" are the same text. */
export function normaliseText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The duplicate key of a text (md5 of the normalised text: a fingerprint, not a secret). */
export function textHash(text: string): string {
  return createHash('md5').update(normaliseText(text)).digest('hex');
}

/** The first blocked word the texts contain as a whole word, if any. */
export function blockedWordIn(texts: readonly string[], blocked: readonly string[]): string | undefined {
  if (blocked.length === 0) return undefined;
  const words = new Set(texts.flatMap((text) => normaliseText(text).split(' ')));
  const phrases = ` ${texts.map(normaliseText).join(' ')} `;
  return blocked.find((word) => {
    const normalised = normaliseText(word);
    return normalised.includes(' ') ? phrases.includes(` ${normalised} `) : words.has(normalised);
  });
}

export const BLOCKED_MESSAGE = 'Ihr Text enthält ein Wort, das wir hier nicht veröffentlichen. Formulieren Sie ihn bitte sachlich und ohne Beleidigungen.';
