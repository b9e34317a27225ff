import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hmac, randomToken, safeEqual } from '../auth/tokens';
import { readMultipartForm, type MultipartLimits } from '../files';
import { cookieOptions } from './cookies';
import { AppError, errors } from './errors';

const CSRF_COOKIE = 'sp_csrf';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The token is bound to the session, or for visitors without one to a random cookie. */
function csrfSeed(request: FastifyRequest): string | undefined {
  return request.sessionToken ?? request.cookies[CSRF_COOKIE];
}

const MAX_KEPT_TOKENS = 10_000;
const tokensBySecret = new Map<string, Map<string, string>>();

/**
 * The token of a seed, kept per seed: every page of a logged-in person has a form (Abmelden), and the
 * HMAC was about 2 % of such a page's CPU. Derived, not stored: the same seed always gives the same
 * token, so keeping it changes nothing but the cost; bounded, since visitors' seeds are random.
 */
function tokenFor(secret: string, seed: string): string {
  let tokens = tokensBySecret.get(secret);
  if (!tokens) tokensBySecret.set(secret, (tokens = new Map()));
  let token = tokens.get(seed);
  if (token === undefined) {
    if (tokens.size >= MAX_KEPT_TOKENS) tokens.clear();
    token = hmac(secret, `csrf:${seed}`);
    tokens.set(seed, token);
  }
  return token;
}

/** `request.csrfToken()` before the context hook has run is a programming error. */
export function decorateCsrf(app: FastifyInstance): void {
  app.decorateRequest('csrfIssued', false);
  app.decorateRequest('csrfToken', function csrfPlaceholder(this: FastifyRequest): string {
    throw new Error('csrfToken called before the request context hook');
  });
}

/** Gives the request its `csrfToken()`; the seed cookie is set only when a page actually asks for a token. */
export function issueCsrfToken(secret: string, request: FastifyRequest, reply: FastifyReply): void {
  // A page with several forms asks once per form: after the first, the token comes from memory (tokenFor).
  request.csrfToken = () => {
    request.csrfIssued = true;
    let seed = csrfSeed(request);
    if (!seed) {
      seed = randomToken();
      request.cookies[CSRF_COOKIE] = seed;
      reply.setCookie(CSRF_COOKIE, seed, cookieOptions(request));
    }
    return tokenFor(secret, seed);
  };
}

/**
 * Checks the token of every unsafe request (form field `_csrf`, header `x-csrf-token` or query);
 * routes that verify requests differently opt out with `config: { csrf: false }`. Registered as a
 * preHandler, not onRequest: the form body is parsed by now (on onRequest every valid form would get 403).
 */
export function verifyCsrf(secret: string, uploads: MultipartLimits) {
  return async (request: FastifyRequest): Promise<void> => {
    if (!UNSAFE_METHODS.has(request.method) || request.routeOptions.config.csrf === false) return;
    const seed = csrfSeed(request);
    const sentIn = (body: Record<string, unknown> | undefined) =>
      (typeof body?._csrf === 'string' && body._csrf) || request.headers['x-csrf-token'] || (request.query as Record<string, unknown>)?._csrf;
    const verify = (body: Record<string, unknown> | undefined) => {
      const sent = sentIn(body);
      if (typeof sent === 'string' && seed && safeEqual(sent, tokenFor(secret, seed))) return;
      if (request.sessionExpired) {
        throw new AppError('session_expired', { status: 401, userMessage: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.' });
      }
      throw errors.csrf();
    };
    // A multipart body is a stream: it is read here (and kept for the handler's readMultipartForm).
    // The token field comes first in every form, so a forged request is stopped before its files are read.
    if (request.isMultipart()) verify((await readMultipartForm(request, uploads, { beforeFiles: verify })).fields);
    else verify(request.body as Record<string, unknown> | undefined);
  };
}

/**
 * For a route registered with `csrf: false` whose form acts for no account and no session (so every
 * visitor can be shown the same cached page): a browser's cross-site POST is still refused, by the
 * headers browsers set themselves and scripts on another site cannot forge — `Sec-Fetch-Site`, and
 * an `Origin` whose host is not the one asked (OWASP's check of standard headers).
 */
export function refuseCrossSite(request: FastifyRequest): void {
  if (request.headers['sec-fetch-site'] === 'cross-site') throw errors.csrf();
  const origin = request.headers.origin;
  if (!origin || origin === 'null') return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw errors.csrf();
  }
  if (host !== request.headers.host) throw errors.csrf();
}
