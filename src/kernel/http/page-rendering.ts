import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isStaff, type CurrentUser } from '../auth/actor';
import type { StaffSection } from '../module';
import type { PageContext } from '../views/context';
import { renderPage, type PageOptions } from '../views/render';
import type { PageCache } from './page-cache';
import type { RequestContextOptions } from './request-context';

function staffSectionsFor(sections: readonly StaffSection[], user: CurrentUser | null): readonly StaffSection[] {
  return isStaff(user) ? sections.filter((section) => section.allowed(user)) : [];
}

/** Everything the layout needs about this request and this portal: THE place the page context is built. */
export function pageContext(settings: RequestContextOptions, request: FastifyRequest): PageContext {
  return {
    municipality: settings.municipality,
    user: request.user,
    csrfToken: () => request.csrfToken(),
    path: request.url.split('?')[0] ?? '/',
    navigation: settings.navigation,
    accountPaths: settings.accountPaths,
    footerLinks: settings.footerLinks,
    searchPage: settings.searchPage,
    staffSections: staffSectionsFor(settings.staffSections, request.user),
    flash: request.flash,
    sessionExpiresAt: request.sessionExpiresAt,
  };
}

/**
 * `reply.page(options)`: renders in the layout; status defaults to 200 (400 with errors). A page
 * of a cached route that is the same for every anonymous visitor (no user, no CSRF token in it)
 * goes into the cache, unless the route keeps it out (`keepOutOfCache`: a partial answer); so does a
 * GET form's 400 (a step asked again: the same for everyone with that URL), with its status.
 */
export function decoratePage(app: FastifyInstance, settings: RequestContextOptions, pageCache: PageCache): void {
  app.decorateReply('page', function page(this: FastifyReply, options: PageOptions & { status?: number; keepOutOfCache?: boolean }) {
    const request = this.request;
    const html = renderPage(pageContext(settings, request), options);
    const status = options.status ?? (options.hasErrors ? 400 : 200);
    const ticket = request.pageCacheTicket;
    const shareable = status === 200 || (status === 400 && request.method === 'GET');
    if (ticket && shareable && !options.keepOutOfCache && !request.user && !request.csrfIssued) pageCache.set(request.url, html, ticket, status);
    return this.code(status).type('text/html; charset=utf-8').send(html);
  });
}
