import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { isStaff, type CurrentUser } from '../auth/actor';
import { loadSession } from '../auth/sessions';
import { hmac, randomToken, safeEqual } from '../auth/tokens';
import type { Database } from '../db/types';
import { readMultipartForm, type MultipartLimits } from '../files';
import { renderPage, type PageOptions } from '../views/render';
import type { NavItem, PageContext } from '../views/context';
import type { AccountPaths, StaffSection } from '../module';
import { AppError, errors } from './errors';
import { PageCache } from './page-cache';

export const SESSION_COOKIE = 'sp_session';
const CSRF_COOKIE = 'sp_csrf';
const FLASH_COOKIE = 'sp_flash';

declare module 'fastify' {
  interface FastifyRequest {
    user: CurrentUser | null;
    sessionToken: string | null;
    sessionExpiresAt: Date | undefined;
    /** The request carried a session cookie that is no longer valid (expired or logged out elsewhere). */
    sessionExpired: boolean;
    csrfToken: () => string;
    /** Set once a CSRF token went into the page: such a page is personal and never cached. */
    csrfIssued: boolean;
    flash: string | undefined;
  }
  interface FastifyReply {
    /** Renders a page in the layout with this request's context; status defaults to 200 (400 with errors). */
    page(options: PageOptions & { status?: number }): FastifyReply;
    /** Shows a confirmation banner on the next page (POST-redirect-GET). */
    flash(message: string): FastifyReply;
    startSession(token: string): FastifyReply;
    endSession(): FastifyReply;
  }
  interface FastifyContextConfig {
    /** Routes that verify requests differently (token-authenticated APIs, OIDC callbacks) set this to false. */
    csrf?: boolean;
    /** Pages identical for all anonymous visitors may be served from a per-process cache for this long. */
    pageCacheSeconds?: number;
  }
}

export interface RequestContextOptions {
  db: Database;
  secret: string;
  navigation: NavItem[];
  /** Every module's workspace sections; each page gets those its person may open. */
  staffSections: readonly StaffSection[];
  /** From the one module that provides them (accounts); without it the layout shows no account links. */
  accountPaths: AccountPaths | undefined;
  municipality: PageContext['municipality'];
  /** Limits for reading file forms, whose CSRF token travels in the multipart body. */
  uploads: MultipartLimits;
}

function cookieOptions(request: FastifyRequest) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: request.protocol === 'https' };
}

function csrfSeed(request: FastifyRequest): string | undefined {
  return request.sessionToken ?? request.cookies[CSRF_COOKIE];
}

function staffSectionsFor(sections: readonly StaffSection[], user: CurrentUser | null): readonly StaffSection[] {
  return isStaff(user) ? sections.filter((section) => section.allowed(user)) : [];
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Session, CSRF, flash and page rendering for every request: the kernel's HTTP context. */
async function requestContext(app: FastifyInstance, settings: RequestContextOptions): Promise<void> {
  const { db, secret } = settings;
  app.decorateRequest('user', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('sessionExpiresAt', undefined);
  app.decorateRequest('sessionExpired', false);
  app.decorateRequest('flash', undefined);
  app.decorateRequest('csrfIssued', false);
  const pageCache = new PageCache();
  /** Only a visitor without any cookie of ours sees the shared copy. */
  const cacheable = (request: FastifyRequest) =>
    (request.method === 'GET' || request.method === 'HEAD') &&
    (request.routeOptions.config.pageCacheSeconds ?? 0) > 0 &&
    !request.cookies[SESSION_COOKIE] &&
    !request.cookies[FLASH_COOKIE];
  app.decorateRequest('csrfToken', function csrfPlaceholder(this: FastifyRequest): string {
    throw new Error('csrfToken called before the request context hook');
  });

  app.addHook('onRequest', async (request, reply) => {
    if (cacheable(request)) {
      const cached = pageCache.get(request.url);
      if (cached) return reply.type('text/html; charset=utf-8').send(cached);
    }
    const token = request.cookies[SESSION_COOKIE];
    if (token && token.length <= 64) {
      const session = await loadSession(db, token);
      if (session) {
        request.user = session.user;
        request.sessionToken = token;
        request.sessionExpiresAt = session.expiresAt;
      } else {
        request.sessionExpired = true;
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
      }
    }
    const flash = request.cookies[FLASH_COOKIE];
    if (flash) {
      const unsigned = request.unsignCookie(flash);
      if (unsigned.valid && unsigned.value) request.flash = unsigned.value;
      reply.clearCookie(FLASH_COOKIE, { path: '/' });
    }
    request.csrfToken = () => {
      request.csrfIssued = true;
      let seed = csrfSeed(request);
      if (!seed) {
        seed = randomToken();
        request.cookies[CSRF_COOKIE] = seed;
        reply.setCookie(CSRF_COOKIE, seed, cookieOptions(request));
      }
      return hmac(secret, `csrf:${seed}`);
    };
  });

  // preHandler, not onRequest: the form body is parsed by now (STACK.md trap 9).
  app.addHook('preHandler', async (request) => {
    if (!UNSAFE_METHODS.has(request.method) || request.routeOptions.config.csrf === false) return;
    const seed = csrfSeed(request);
    const sentIn = (body: Record<string, unknown> | undefined) => (typeof body?._csrf === 'string' && body._csrf) || request.headers['x-csrf-token'] || (request.query as Record<string, unknown>)?._csrf;
    const verify = (body: Record<string, unknown> | undefined) => {
      const sent = sentIn(body);
      if (typeof sent === 'string' && seed && safeEqual(sent, hmac(secret, `csrf:${seed}`))) return;
      if (request.sessionExpired) {
        throw new AppError('session_expired', { status: 401, userMessage: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.' });
      }
      throw errors.csrf();
    };
    // A multipart body is a stream: it is read here (and kept for the handler's readMultipartForm).
    // The token field comes first in every form, so a forged request is stopped before its files are read.
    if (request.isMultipart()) verify((await readMultipartForm(request, settings.uploads, { beforeFiles: verify })).fields);
    else verify(request.body as Record<string, unknown> | undefined);
  });

  app.decorateReply('page', function page(this: FastifyReply, options: PageOptions & { status?: number }) {
    const request = this.request;
    const context: PageContext = {
      municipality: settings.municipality,
      user: request.user,
      csrfToken: () => request.csrfToken(),
      path: request.url.split('?')[0] ?? '/',
      navigation: settings.navigation,
      accountPaths: settings.accountPaths,
      staffSections: staffSectionsFor(settings.staffSections, request.user),
      flash: request.flash,
      sessionExpiresAt: request.sessionExpiresAt,
    };
    const html = renderPage(context, options);
    const status = options.status ?? (options.hasErrors ? 400 : 200);
    if (status === 200 && cacheable(request) && !request.user && !request.csrfIssued) {
      pageCache.set(request.url, html, request.routeOptions.config.pageCacheSeconds ?? 0);
    }
    return this.code(status)
      .type('text/html; charset=utf-8')
      .send(html);
  });

  app.decorateReply('flash', function flash(this: FastifyReply, message: string) {
    return this.setCookie(FLASH_COOKIE, message, { ...cookieOptions(this.request), signed: true, maxAge: 60 });
  });
  app.decorateReply('startSession', function startSession(this: FastifyReply, token: string) {
    this.request.sessionToken = token;
    return this.setCookie(SESSION_COOKIE, token, cookieOptions(this.request));
  });
  app.decorateReply('endSession', function endSession(this: FastifyReply) {
    this.request.sessionToken = null;
    this.request.user = null;
    return this.clearCookie(SESSION_COOKIE, { path: '/' });
  });
}

export const requestContextPlugin = fp(requestContext, { name: 'request-context' });
