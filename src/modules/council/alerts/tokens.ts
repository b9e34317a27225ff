import { hmac, safeEqual } from '../../../kernel/auth';

/**
 * The signed links of the alerts' mails: `<subscription id>.<detail>.<signature>`, the signature an
 * HMAC with the app secret over the purpose, the id and the detail. Nothing is stored: a link is valid
 * while its subscription exists (and, for the confirmation, until its expiry), and a forged or
 * altered one fails the signature.
 */
export type AlertTokenPurpose = 'confirm' | 'unsubscribe' | 'manage';

/** Unsubscribe links name what they end: this alert, or every alert of its address (the digest's List-Unsubscribe). */
export type UnsubscribeScope = 'one' | 'all';

/** The confirmation link works this long; unconfirmed alerts are deleted a day later (jobs.ts). */
export const CONFIRM_HOURS = 48;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function signature(secret: string, purpose: AlertTokenPurpose, id: string, detail: string): string {
  return hmac(secret, `council-alert:${purpose}:${id}:${detail}`);
}

export function alertToken(secret: string, purpose: AlertTokenPurpose, id: string, detail: string): string {
  return `${id}.${detail}.${signature(secret, purpose, id, detail)}`;
}

/** The id and detail of a token of this purpose, or null for anything forged, altered or malformed. */
export function readAlertToken(secret: string, purpose: AlertTokenPurpose, token: string): { id: string; detail: string } | null {
  const [id, detail, signed, ...rest] = token.split('.');
  if (rest.length > 0 || !id || !UUID.test(id) || detail === undefined || !/^[a-z0-9]{1,20}$/.test(detail) || !signed) return null;
  return safeEqual(signed, signature(secret, purpose, id, detail)) ? { id, detail } : null;
}

/** The confirmation link's token, valid for CONFIRM_HOURS from `now`. */
export function confirmToken(secret: string, id: string, now = new Date()): string {
  return alertToken(secret, 'confirm', id, String(Math.floor(now.getTime() / 1000) + CONFIRM_HOURS * 3600));
}

export type ConfirmTokenCheck = { ok: true; id: string } | { ok: false; reason: 'invalid' | 'expired' };

export function checkConfirmToken(secret: string, token: string, now = new Date()): ConfirmTokenCheck {
  const read = readAlertToken(secret, 'confirm', token);
  if (!read || !/^\d{1,12}$/.test(read.detail)) return { ok: false, reason: 'invalid' };
  return Number(read.detail) * 1000 < now.getTime() ? { ok: false, reason: 'expired' } : { ok: true, id: read.id };
}

export const unsubscribeToken = (secret: string, id: string, scope: UnsubscribeScope) => alertToken(secret, 'unsubscribe', id, scope);

export function checkUnsubscribeToken(secret: string, token: string): { id: string; scope: UnsubscribeScope } | null {
  const read = readAlertToken(secret, 'unsubscribe', token);
  return read && (read.detail === 'one' || read.detail === 'all') ? { id: read.id, scope: read.detail } : null;
}

export const manageToken = (secret: string, id: string) => alertToken(secret, 'manage', id, 'list');

export function checkManageToken(secret: string, token: string): string | null {
  return readAlertToken(secret, 'manage', token)?.id ?? null;
}
