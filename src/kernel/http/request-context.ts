import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { CurrentUser } from '../auth/actor';
import type { AccountPaths, StaffSection } from '../module';
import type { Database, TableChanges } from '../db';
import type { MultipartLimits } from '../files';
import type { PageOptions } from '../views/render';
import type { NavItem, PageContext } from '../views/context';
import { decorateCsrf, issueCsrfToken, verifyCsrf } from './csrf';
import { decorateFlash, readFlash } from './flash';
import { isCacheable, PageCache, type CacheTicket, type PageCacheRule } from './page-cache';
import { decoratePage } from './page-rendering';
import { decorateSession, loadRequestSession } from './session-context';

export { SESSION_COOKIE } from './session-context';

declare module 'fastify' {
  interface FastifyInstance {
    /** The pages kept for anonymous visitors (page-cache.ts); `clear()` after emptying the whole database. */
    keptPages: PageCache;
  }
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
    /** Set for a cacheable request that was not in the cache: its rendering may be stored with it. */
    pageCacheTicket: CacheTicket | undefined;
  }
  interface FastifyReply {
    /** Renders a page in the layout with this request's context; status defaults to 200 (400 with errors). */
    page(options: PageOptions & { status?: number; keepOutOfCache?: boolean }): FastifyReply;
    /** Shows a confirmation banner on the next page (POST-redirect-GET). */
    flash(message: string): FastifyReply;
    startSession(token: string): FastifyReply;
    endSession(): FastifyReply;
  }
  interface FastifyContextConfig {
    /** Routes that verify requests differently (token-authenticated APIs, OIDC callbacks) set this to false. */
    csrf?: boolean;
    /** Pages identical for all anonymous visitors are served from the page cache until a table they show changes. */
    pageCache?: PageCacheRule;
  }
}

export interface RequestContextOptions {
  db: Database;
  /** Drops cached pages when what they show changes. */
  changes: TableChanges;
  secret: string;
  navigation: NavItem[];
  /** Every module's workspace sections; each page gets those its person may open. */
  staffSections: readonly StaffSection[];
  /** From the one module that provides them (accounts); without it the layout shows no account links. */
  accountPaths: AccountPaths | undefined;
  /** Every module's footer links; the search page of the module that has one. */
  footerLinks: NavItem[];
  searchPage: string | undefined;
  municipality: PageContext['municipality'];
  /** Limits for reading file forms, whose CSRF token travels in the multipart body. */
  uploads: MultipartLimits;
}

/**
 * The kernel's HTTP context of every request, composed of its parts: session (session-context.ts),
 * flash banner (flash.ts), CSRF (csrf.ts), shared page cache (page-cache.ts) and `reply.page`
 * (page-rendering.ts, where the page context is built).
 */
async function requestContext(app: FastifyInstance, settings: RequestContextOptions): Promise<void> {
  decorateSession(app);
  decorateFlash(app);
  decorateCsrf(app);
  const pageCache = new PageCache(settings.changes);
  app.decorate('keptPages', pageCache);
  decoratePage(app, settings, pageCache);
  app.decorateRequest('pageCacheTicket', undefined);

  app.addHook('onRequest', async (request, reply) => {
    if (isCacheable(request)) {
      const rule = request.routeOptions.config.pageCache!;
      const cached = pageCache.get(request.url);
      if (cached) {
        rule.onServe?.(request);
        return reply.code(cached.status).type('text/html; charset=utf-8').send(cached.body);
      }
      request.pageCacheTicket = pageCache.ticket(rule);
    }
    await loadRequestSession(settings.db, request, reply);
    readFlash(request, reply);
    issueCsrfToken(settings.secret, request, reply);
  });
  app.addHook('preHandler', verifyCsrf(settings.secret, settings.uploads));
  // Read your own writes: a request that may have written answers once this process has heard every
  // change committed so far. On PostgreSQL the notifications come over their own connection, so
  // the page the browser asks for next (after the 303) could otherwise still come from a cache that
  // holds the state before the write: the old address in Mein Konto, the old page (ADR 16).
  app.addHook('onSend', async (request) => {
    // A lost LISTEN connection rejects it; then the caches keep nothing anyway, and the write stands.
    if (!READ_ONLY_METHODS.has(request.method)) await settings.changes.settled().catch(() => {});
  });
}

const READ_ONLY_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const requestContextPlugin = fp(requestContext, { name: 'request-context' });
