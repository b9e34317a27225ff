import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CurrentUser } from '../../kernel/auth';
import type { Database } from '../../kernel/db';
import { errors } from '../../kernel/http';
import type { ModuleDeps } from '../../kernel/module';
import { safeNextPath } from './log-in';
import { PATHS } from './paths';
import { peekToken } from './user-tokens';
import { confirmLinkPage, type ConfirmKind } from './views/confirm-link';
import { linkInvalidPage } from './views/link-invalid';

/** The module's deps plus who asked: use cases audit the IP and count it against the limits. */
export function withIp(request: FastifyRequest, deps: ModuleDeps): ModuleDeps & { ip: string } {
  return { ...deps, ip: request.ip };
}

/** preHandler of pages behind login: anonymous visitors go to the login and come back afterwards. */
export async function requireLogin(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
  if (request.user) return undefined;
  return reply.redirect(`/konto/anmelden?weiter=${encodeURIComponent(request.url)}`, 303);
}

/** The user of a route guarded by requireLogin (typed as present). */
export function signedIn(request: FastifyRequest): CurrentUser {
  if (!request.user) throw errors.loginRequired();
  return request.user;
}

/** A string field of the query or body, or undefined (arrays and objects from crafted requests are ignored). */
export function field(source: unknown, name: string): string | undefined {
  const value = source && typeof source === 'object' ? (source as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** Where a plain form post goes back to: an explicit `weiter`, else the page it came from on this site. */
export function backTo(request: FastifyRequest): string {
  const next = field(request.body, 'weiter');
  if (next) return safeNextPath(next);
  const referer = request.headers.referer;
  if (!referer) return '/konto';
  try {
    const url = new URL(referer);
    const own = new URL(`${request.protocol}://${request.headers.host ?? ''}`);
    return url.origin === own.origin ? safeNextPath(`${url.pathname}${url.search}`) : '/konto';
  } catch {
    return '/konto';
  }
}

/** Pages reached by an e-mail link: the token in the address must not go to caches or other sites. */
export function protectTokenPage(reply: FastifyReply): FastifyReply {
  return reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
}

/**
 * GET of a confirmation link: the page with the button while the link works, else why it does not.
 * It only looks the token up; the button's POST to the same address uses it.
 */
export async function confirmationLinkPage(reply: FastifyReply, db: Database, kind: ConfirmKind, token: string): Promise<FastifyReply> {
  protectTokenPage(reply);
  if (!(await peekToken(db, token, kind))) return reply.page(linkInvalidPage(kind));
  return reply.page(confirmLinkPage(kind, kind === 'confirm-email' ? PATHS.confirm(token) : PATHS.confirmEmailChange(token)));
}
