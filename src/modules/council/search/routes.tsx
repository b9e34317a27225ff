import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../kernel/module';
import { SEARCH_PATHS } from '../paths';
import { COUNCIL_CRUMB } from '../pages/crumbs';
import { SEARCH_TABLES } from './load-index';
import { searchHref } from './presenters';
import { paperSearchQuery } from './schemas';
import { searchPapers } from './search-papers';
import { SearchPage } from './views/search-page';

/** Anonymous visitors share each search's rendering until one of the index's tables changes. */
const SEARCH_CACHE = { pageCache: { tables: [...SEARCH_TABLES] } };

/** `/rat/suche`: the full-text search over papers and their files. */
export function searchRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.get(SEARCH_PATHS.search, { config: SEARCH_CACHE }, async (request, reply) => {
    const query = paperSearchQuery.parse(request.query ?? {});
    const result = await searchPapers(request.user, query, deps);
    if (result.kind === 'beyond-end') return reply.redirect(searchHref({ ...query, seite: result.lastPage }), 303);
    return reply.page({
      title: query.q ? `Suche nach „${query.q}“ – Ratsinformation` : 'Vorlagen durchsuchen – Ratsinformation',
      breadcrumbs: [{ href: '/', label: 'Startseite' }, COUNCIL_CRUMB],
      wide: true,
      body: <SearchPage query={query} {...result} />,
    });
  });
}
