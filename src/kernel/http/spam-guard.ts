import { hmac, safeEqual } from '../auth/tokens';
import type { Executor } from '../db/types';
import { AppError, type FieldErrors } from './errors';
import { consumeRateLimit, type RateLimitRule } from './rate-limit';

/**
 * Spam protection for public forms without a third-party captcha (docs/conventions.md, "Spam protection").
 * Three checks, all on the server:
 * - a honeypot field people never see nor reach (hidden from screen readers, not focusable), which
 *   form-filling bots fill in;
 * - a signed form stamp: when the form page was rendered, HMAC-signed with the app secret and bound to
 *   the form; a form sent back faster than a person can fill it in, after hours, or with a stamp that
 *   was not ours is refused;
 * - a rate limit per IP (the kernel's shared counter; the IP only as an HMAC in the key).
 * A refusal never says which check caught it (a bot learns nothing), but tells a person what to do.
 */

/** The field names in the form: the trap has a name bots like to fill in. */
export const SPAM_FIELDS = { trap: 'homepage', stamp: '_formstamp' } as const;

/** The key of the refusal in the form's errors; `SpamFields` shows it and the error summary links to it. */
export const SPAM_ERROR_KEY = 'formular-pruefung';

export interface SpamRule {
  /** The form's name, bound into the stamp: a stamp of one form does not open another. */
  form: string;
  /** Faster than this, no person filled in the form (default 3 seconds). */
  minSeconds?: number;
  /** Older than this, the page was left open for long; sent again with a fresh stamp it passes (default 4 hours). */
  maxSeconds?: number;
  /** Per IP, counted for every form that passed the other checks. */
  rateLimit: RateLimitRule;
}

export type SpamVerdict = 'passed' | 'trap' | 'forged' | 'too_fast' | 'expired' | 'rate_limited';

const DEFAULT_MIN_SECONDS = 3;
const DEFAULT_MAX_SECONDS = 4 * 60 * 60;

const REFUSAL =
  'Wir konnten das Formular nicht annehmen. Das passiert, wenn es sehr schnell, erst nach mehreren Stunden oder sehr oft nacheinander abgeschickt wird. ' +
  'Prüfen Sie Ihre Angaben und senden Sie das Formular noch einmal ab. Klappt es wieder nicht, versuchen Sie es in einer Stunde noch einmal.';

function signature(secret: string, form: string, issuedAt: number): string {
  return hmac(secret, `spam-stamp:${form}:${issuedAt}`);
}

/** The stamp a form page carries in its hidden `_formstamp` field: issue time in milliseconds and its signature. */
export function formStamp(secret: string, form: string, now: number = Date.now()): string {
  return `${now}.${signature(secret, form, now)}`;
}

/** The honeypot and the stamp, checked without the database. */
export function judgeSpamFields(fields: Record<string, unknown>, secret: string, rule: SpamRule, now: number = Date.now()): SpamVerdict {
  const trap = fields[SPAM_FIELDS.trap];
  if (typeof trap !== 'string' || trap !== '') {
    // The field is always sent (empty) by a browser; missing means the form was not ours either.
    return trap === undefined ? 'forged' : 'trap';
  }
  const stamp = fields[SPAM_FIELDS.stamp];
  const match = typeof stamp === 'string' ? /^(\d{1,15})\.([A-Za-z0-9_-]{20,100})$/.exec(stamp) : null;
  if (!match) return 'forged';
  const issuedAt = Number(match[1]);
  if (!safeEqual(match[2]!, signature(secret, rule.form, issuedAt))) return 'forged';
  const ageSeconds = (now - issuedAt) / 1000;
  if (ageSeconds < (rule.minSeconds ?? DEFAULT_MIN_SECONDS)) return 'too_fast';
  if (ageSeconds > (rule.maxSeconds ?? DEFAULT_MAX_SECONDS)) return 'expired';
  return 'passed';
}

/** `verdict` is for logs and tests, never for the page. */
export type SpamCheck = { ok: true; verdict: 'passed' } | { ok: false; errors: FieldErrors; verdict: Exclude<SpamVerdict, 'passed'> };

export interface GuardedSubmission {
  /** The form's fields as sent (url-encoded body or multipart fields). */
  fields: Record<string, unknown>;
  ip: string;
}

/**
 * All three checks for one submission: `{ ok: true }`, or the refusal a route shows with the form
 * again (400, the input kept, a fresh stamp), like any field error.
 */
export async function guardAgainstSpam(
  db: Executor,
  { fields, ip }: GuardedSubmission,
  { secret, rule, now }: { secret: string; rule: SpamRule; now?: number },
): Promise<SpamCheck> {
  const verdict = judgeSpamFields(fields, secret, rule, now);
  if (verdict !== 'passed') return { ok: false, errors: { [SPAM_ERROR_KEY]: REFUSAL }, verdict };
  try {
    await consumeRateLimit(db, `spam.${rule.form}:${hmac(secret, `ip:${ip}`)}`, rule.rateLimit);
  } catch (error) {
    if (error instanceof AppError && error.status === 429) return { ok: false, errors: { [SPAM_ERROR_KEY]: REFUSAL }, verdict: 'rate_limited' };
    throw error;
  }
  return { ok: true, verdict: 'passed' };
}
