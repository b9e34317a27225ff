import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../kernel/module';
import { SEARCH_PATHS } from './paths';
import { searchQuery } from './schemas';
import { searchPortal } from './use-cases/search-portal';
import { SearchPage } from './views/search-page';

/**
 * `/suche?q=…`, the portal-wide search. Not in the page cache (ADR 8): every query is another URL,
 * and the bounded cache would drop the start page for them, as on /leistungen; and a page that
 * says "could not be searched" must not be served to the next visitors.
 */
export function searchRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.get(SEARCH_PATHS.search, async (request, reply) => {
    const input = searchQuery.parse(request.query ?? {});
    const result = await searchPortal(request.user, input, deps);
    for (const failure of result.failed) request.log.error({ err: failure.error, area: failure.area }, 'search provider failed');
    return reply.page({
      title: input.q ? `Suche nach „${input.q}“` : 'Suche',
      breadcrumbs: [{ href: '/', label: 'Startseite' }],
      body: <SearchPage input={input} result={result} />,
    });
  });
}
