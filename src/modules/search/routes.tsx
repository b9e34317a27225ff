import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../kernel/module';
import { SEARCH_PATHS } from './paths';
import { searchQuery } from './schemas';
import { searchPortal } from './use-cases/search-portal';
import { SearchPage } from './views/search-page';

/**
 * `/suche?q=…`, the portal-wide search. Anonymous result pages are cached until a table a provider
 * reads changes (ADR 8), except a page that says an area could not be searched: the next visitors
 * must get a new try.
 */
export function searchRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const tables = [...new Set(deps.modules.flatMap((module) => module.search?.tables ?? []))];
  app.get(SEARCH_PATHS.search, { config: { pageCache: { tables } } }, async (request, reply) => {
    const input = searchQuery.parse(request.query ?? {});
    const result = await searchPortal(request.user, input, deps);
    for (const failure of result.failed) request.log.error({ err: failure.error, area: failure.area }, 'search provider failed');
    return reply.page({
      title: input.q ? `Suche nach „${input.q}“` : 'Suche',
      breadcrumbs: [{ href: '/', label: 'Startseite' }],
      body: <SearchPage input={input} result={result} />,
      keepOutOfCache: result.failed.length > 0,
    });
  });
}
