import type { FastifyInstance } from 'fastify';
import { errors } from '../../kernel/http';
import type { ModuleDeps } from '../../kernel/module';
import type { Crumb } from '../../kernel/views';
import { SERVICE_PATHS, SLUG } from './paths';
import { catalogueHref, statePortalUrl } from './presenters';
import { findServiceDetail, listServiceDepartments } from './repository';
import { catalogueQuery } from './schemas';
import { searchServices, suggestedServices } from './search';
import { CataloguePage } from './views/catalogue';
import { DetailPage } from './views/detail';

const PAGE_SIZE = 20;
const CATALOGUE_CRUMBS: Crumb[] = [
  { href: '/', label: 'Startseite' },
  { href: SERVICE_PATHS.list, label: 'Leistungen A–Z' },
];

/** Public pages of the catalogue; anonymous visitors share a detail page's rendering for 60 s (texts change rarely). */
export function servicesRoutes(app: FastifyInstance, { config, db }: ModuleDeps): void {
  // Not cached: every search is another URL and would push the start page out of the page cache.
  app.get(SERVICE_PATHS.list, async (request, reply) => {
    const query = catalogueQuery.parse(request.query ?? {});
    const [result, departments] = await Promise.all([
      searchServices(db, { q: query.q, lifeSituation: query.lebenslage, departmentId: query.fachbereich, page: query.seite, pageSize: PAGE_SIZE }),
      listServiceDepartments(db),
    ]);
    const pageCount = Math.ceil(result.total / PAGE_SIZE);
    // A page number beyond the end (old link, fewer results now): the last page, not "nothing found".
    if (result.hits.length === 0 && pageCount > 0) return reply.redirect(catalogueHref({ ...query, seite: pageCount }), 303);
    const suggestions = result.hits.length === 0 ? await suggestedServices(db) : [];
    return reply.page({
      title: query.q ? `Suche nach „${query.q}“ – Leistungen A–Z` : 'Leistungen A–Z',
      breadcrumbs: CATALOGUE_CRUMBS.slice(0, 1),
      body: (
        <CataloguePage
          query={query}
          hits={result.hits}
          total={result.total}
          pageCount={pageCount}
          departments={departments}
          suggestions={suggestions}
        />
      ),
    });
  });

  app.get<{ Params: { slug: string } }>(`${SERVICE_PATHS.list}/:slug`, { config: { pageCacheSeconds: 60 } }, async (request, reply) => {
    const { slug } = request.params;
    const service = SLUG.test(slug) ? await findServiceDetail(db, slug) : null;
    if (!service) throw errors.notFound('Die Leistung');
    const { statePortal } = config.municipality;
    const portalUrl = statePortalUrl(statePortal.leistungUrl, service.leikaKey);
    return reply.page({
      title: service.name,
      breadcrumbs: CATALOGUE_CRUMBS,
      body: <DetailPage service={service} statePortal={portalUrl ? { name: statePortal.name, url: portalUrl } : null} />,
    });
  });
}
