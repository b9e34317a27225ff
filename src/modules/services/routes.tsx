import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../kernel/module';
import type { Crumb } from '../../kernel/views';
import { SERVICE_PATHS } from './paths';
import { catalogueHref } from './presenters';
import { catalogueQuery } from './schemas';
import { browseCatalogue } from './use-cases/browse-catalogue';
import { showService } from './use-cases/show-service';
import { CataloguePage } from './views/catalogue';
import { DetailPage } from './views/detail';

const CATALOGUE_CRUMBS: Crumb[] = [
  { href: '/', label: 'Startseite' },
  { href: SERVICE_PATHS.list, label: 'Leistungen A–Z' },
];

/** What the catalogue's pages show: anonymous visitors share their renderings until one of these changes. */
const CATALOGUE_CACHE = { pageCache: { tables: ['services', 'departments'] } };

/** Public pages of the catalogue. */
export function servicesRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  // Each search is its own URL in the page cache: popular searches are answered from memory.
  app.get(SERVICE_PATHS.list, { config: CATALOGUE_CACHE }, async (request, reply) => {
    const query = catalogueQuery.parse(request.query ?? {});
    const result = await browseCatalogue(request.user, query, deps);
    if (result.kind === 'beyond-end') return reply.redirect(catalogueHref({ ...query, seite: result.lastPage }), 303);
    return reply.page({
      title: query.q ? `Suche nach „${query.q}“ – Leistungen A–Z` : 'Leistungen A–Z',
      breadcrumbs: CATALOGUE_CRUMBS.slice(0, 1),
      body: (
        <CataloguePage
          query={query}
          hits={result.hits}
          total={result.total}
          pageCount={result.pageCount}
          departments={result.departments}
          suggestions={result.suggestions}
        />
      ),
    });
  });

  app.get<{ Params: { slug: string } }>(`${SERVICE_PATHS.list}/:slug`, { config: CATALOGUE_CACHE }, async (request, reply) => {
    const { service, statePortal } = await showService(request.user, { slug: request.params.slug }, deps);
    return reply.page({
      title: service.name,
      breadcrumbs: CATALOGUE_CRUMBS,
      body: <DetailPage service={service} statePortal={statePortal} />,
    });
  });
}
