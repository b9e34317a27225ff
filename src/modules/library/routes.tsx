import type { FastifyInstance } from 'fastify';
import { moduleSettings } from '../../kernel/config';
import type { ModuleDeps } from '../../kernel/module';
import type { Crumb } from '../../kernel/views';
import { LIBRARY_PATHS } from './paths';
import { catalogueHref } from './presenters';
import { catalogueQuery } from './schemas';
import { librarySettings } from './settings';
import { OPENSEARCH_CONTENT_TYPE, openSearchDescription } from './sru/opensearch';
import { SRU_CONTENT_TYPE } from './sru/responses';
import { answerSru } from './use-cases/answer-sru';
import { browseCatalogue } from './use-cases/browse-catalogue';
import { showRecord } from './use-cases/show-record';
import { CataloguePage } from './views/catalogue-page';
import { RecordPage } from './views/record-page';
import { recordStructuredData } from './views/structured-data';
import { HoldForm } from './account/views/hold-form';
import { recordAvailability } from './daia/record-availability';
import { availabilityByBarcode } from './presenters';

/** What the catalogue's pages show: anonymous visitors share their renderings until one of these changes. */
const SEARCH_CACHE = { pageCache: { tables: ['library_records'] } };
// A record page shows its copies' loans and holds too (a page with the hold form is never cached: it has a CSRF token).
const RECORD_CACHE = { pageCache: { tables: ['library_records', 'library_items', 'library_loans', 'library_holds'] } };

/** The public catalogue: search, record pages, and the interfaces for library tools (OpenSearch, SRU). */
export function libraryRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const settings = moduleSettings(deps, librarySettings);
  const crumbs: Crumb[] = [
    { href: '/', label: 'Startseite' },
    { href: LIBRARY_PATHS.catalogue, label: settings.name },
  ];
  const head = { openSearch: { href: LIBRARY_PATHS.openSearch, title: `${settings.name}: Katalog` } };

  // Each search is its own URL in the page cache: popular searches are answered from memory.
  app.get(LIBRARY_PATHS.catalogue, { config: SEARCH_CACHE }, async (request, reply) => {
    const query = catalogueQuery.parse(request.query ?? {});
    const result = await browseCatalogue(request.user, query, deps);
    if (result.kind === 'beyond-end') return reply.redirect(catalogueHref({ ...query, seite: result.lastPage }), 303);
    return reply.page({
      title: query.q ? `Suche nach „${query.q}“ – ${settings.name}` : `${settings.name}: Katalog`,
      breadcrumbs: crumbs.slice(0, 1),
      wide: true,
      head,
      body: <CataloguePage libraryName={settings.name} query={query} {...result} />,
    });
  });

  app.get<{ Params: { id: string } }>(LIBRARY_PATHS.recordPattern, { config: RECORD_CACHE }, async (request, reply) => {
    const view = await showRecord(request.user, { id: request.params.id }, deps);
    if ('movedTo' in view) return reply.redirect(LIBRARY_PATHS.record(view.movedTo), 301);
    const lending = await recordAvailability(view.record.id, deps);
    return reply.page({
      title: view.record.title,
      breadcrumbs: crumbs,
      head: { ...head, structuredData: recordStructuredData(view.record, `${deps.config.baseUrl}${LIBRARY_PATHS.record(view.record.id)}`) },
      body: (
        <RecordPage
          record={view.record}
          copies={view.copies}
          availability={availabilityByBarcode(lending.copies)}
          holdForm={lending.holdable ? <HoldForm recordId={view.record.id} title={view.record.title} /> : undefined}
        />
      ),
    });
  });

  app.get(LIBRARY_PATHS.openSearch, async (_request, reply) =>
    reply.type(OPENSEARCH_CONTENT_TYPE).header('cache-control', 'public, max-age=86400').send(openSearchDescription(deps.config.baseUrl, settings.name)),
  );

  app.get(LIBRARY_PATHS.sru, async (request, reply) =>
    reply.type(SRU_CONTENT_TYPE).send(await answerSru((request.query ?? {}) as Record<string, unknown>, deps, settings.name)),
  );
}
