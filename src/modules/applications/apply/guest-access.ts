import type { FastifyReply, FastifyRequest } from 'fastify';
import { hmac, safeEqual } from '../../../kernel/auth';
import { isUuid } from '../../../kernel/http';

/**
 * Guests have no account: the resume link proves once that they may open a draft, and this signed
 * cookie keeps that proof for the application pages (`/antraege/…` only). It holds application ids,
 * newest first; the HMAC stops anyone from adding an id they did not prove.
 */
export const GUEST_COOKIE = 'sp_antraege';
const COOKIE_PATH = '/antraege';
const MAX_IDS = 20;
const MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
function signature(secret: string, ids: readonly string[]): string {
  return hmac(secret, `guest-applications:${ids.join('.')}`);
}

/** The application ids this browser proved access to; empty for a missing or forged cookie. */
export function guestApplicationIds(request: FastifyRequest, secret: string): string[] {
  const raw = request.cookies[GUEST_COOKIE];
  if (!raw || raw.length > 2000) return [];
  const parts = raw.split('.');
  const sent = parts.pop() ?? '';
  if (!parts.every((id) => isUuid(id)) || !safeEqual(sent, signature(secret, parts))) return [];
  return parts;
}

/** Adds an application to the guest cookie (the oldest drop out beyond 20). */
export function rememberGuestApplication(request: FastifyRequest, reply: FastifyReply, secret: string, applicationId: string): void {
  const ids = [applicationId, ...guestApplicationIds(request, secret).filter((id) => id !== applicationId)].slice(0, MAX_IDS);
  const value = [...ids, signature(secret, ids)].join('.');
  reply.setCookie(GUEST_COOKIE, value, { path: COOKIE_PATH, httpOnly: true, sameSite: 'lax', secure: request.protocol === 'https', maxAge: MAX_AGE_SECONDS });
}
