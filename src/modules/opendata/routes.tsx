import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sendFile } from '../../kernel/files';
import type { ModuleDeps } from '../../kernel/module';
import type { Crumb } from '../../kernel/views';
import { OPENDATA_PATHS } from './paths';
import { searchHref } from './presenters';
import { catalogueQuery } from './schemas/catalogue-query';
import { datasetStructuredData } from './structured-data';
import { browseDatasets } from './use-cases/browse-datasets';
import { catalogueStart } from './use-cases/catalogue-start';
import { downloadResource, downloadTable } from './use-cases/download-resource';
import { showDataset } from './use-cases/show-dataset';
import { showOrganization } from './use-cases/show-organization';
import { listOrganizations } from './use-cases/list-organizations';
import { DatasetPage } from './views/dataset-page';
import { OrganizationPage, OrganizationsPage } from './views/organization-page';
import { SearchPage } from './views/search-page';
import { StartPage } from './views/start-page';
import type { UsageCounter } from './usage/counter';

const HOME: Crumb = { href: '/', label: 'Startseite' };
const CATALOGUE: Crumb = { href: OPENDATA_PATHS.catalogue, label: 'Offene Daten' };

/** What the catalogue's pages show: anonymous visitors share their renderings until one of these changes (ADR 8). */
export const CATALOGUE_TABLES = ['opendata_datasets', 'opendata_organizations', 'opendata_resources'];
const CACHED = { pageCache: { tables: CATALOGUE_TABLES } };
/**
 * Only a dataset's page shows its DataStore tables (the preview): a load reports its progress there
 * every chunk, which must not empty the cache of the start page and the searches meanwhile.
 */
const DATASET_CACHED = { pageCache: { tables: [...CATALOGUE_TABLES, 'opendata_datastore_tables'] } };
/** The start page's "Meistgenutzt" follows the usage figures, which change every few seconds: kept at most ten minutes. */
const START_CACHED = { pageCache: { tables: CATALOGUE_TABLES, maxSeconds: 600 } };

/** The public pages of the Transparenzportal; dataset pages and downloads are counted for the usage statistics. */
export function catalogueRoutes(app: FastifyInstance, deps: ModuleDeps, usage: UsageCounter): void {
  const { config } = deps;
  // A page the cache answers never reaches the handler: it is counted where the cache serves it.
  const datasetPageConfig = {
    pageCache: {
      ...DATASET_CACHED.pageCache,
      onServe: (request: FastifyRequest) => usage.count('pageViews', (request.params as { name: string }).name, request),
    },
  };

  app.get(OPENDATA_PATHS.catalogue, { config: START_CACHED }, async (_request, reply) => {
    const start = await catalogueStart(deps);
    return reply.page({ title: 'Offene Daten', breadcrumbs: [HOME], body: <StartPage start={start} municipality={config.municipality.officialName} /> });
  });

  app.get(OPENDATA_PATHS.search, { config: CACHED }, async (request, reply) => {
    const query = catalogueQuery.parse(request.query ?? {});
    const result = await browseDatasets(request.user, query, deps);
    if (result.total > 0 && query.seite > result.pageCount) return reply.redirect(searchHref({ ...query, seite: result.pageCount }), 303);
    return reply.page({
      title: query.q ? `Suche nach „${query.q}“ – Offene Daten` : 'Datensätze finden – Offene Daten',
      breadcrumbs: [HOME, CATALOGUE],
      body: <SearchPage query={query} result={result} />,
    });
  });

  app.get<{ Params: { name: string } }>(OPENDATA_PATHS.dataset(':name'), { config: datasetPageConfig }, async (request, reply) => {
    const page = await showDataset(request.user, request.params, deps);
    const name = page.dataset.name;
    usage.count('pageViews', name, request);
    return reply.page({
      title: page.dataset.title,
      breadcrumbs: [HOME, CATALOGUE],
      head: {
        alternates: [
          { href: OPENDATA_PATHS.datasetRdf(name, 'ttl'), type: 'text/turtle', title: 'DCAT-AP.de (Turtle)' },
          { href: OPENDATA_PATHS.datasetRdf(name, 'rdf'), type: 'application/rdf+xml', title: 'DCAT-AP.de (RDF/XML)' },
          { href: OPENDATA_PATHS.datasetRdf(name, 'jsonld'), type: 'application/ld+json', title: 'DCAT-AP.de (JSON-LD)' },
        ],
        structuredData: datasetStructuredData(page, config.baseUrl, config.municipality.name),
      },
      body: <DatasetPage page={page} baseUrl={config.baseUrl} placeName={config.municipality.name} />,
    });
  });

  app.get<{ Params: { name: string; id: string } }>(OPENDATA_PATHS.resourceDownload(':name', ':id'), async (request, reply) => {
    const { file, body } = await downloadResource(request.user, { name: request.params.name, resourceId: request.params.id }, deps);
    usage.count('downloads', request.params.name, request);
    return sendFile(reply, file, body);
  });

  app.get<{ Params: { name: string; id: string; format: string } }>(
    OPENDATA_PATHS.resourceTable(':name', ':id', 'csv').replace('tabelle.csv', 'tabelle.:format'),
    async (request, reply) => {
      const { file, body } = await downloadTable(
        request.user,
        { name: request.params.name, resourceId: request.params.id, format: request.params.format },
        deps,
      );
      usage.count('downloads', request.params.name, request);
      return sendFile(reply, file, body);
    },
  );

  app.get(OPENDATA_PATHS.organizations, { config: CACHED }, async (_request, reply) => {
    const organizations = await listOrganizations(deps);
    return reply.page({ title: 'Organisationen – Offene Daten', breadcrumbs: [HOME, CATALOGUE], body: <OrganizationsPage organizations={organizations} /> });
  });

  app.get<{ Params: { name: string } }>(OPENDATA_PATHS.organization(':name'), { config: CACHED }, async (request, reply) => {
    const { organization, newest } = await showOrganization(request.params, deps);
    return reply.page({
      title: `${organization.title} – Offene Daten`,
      breadcrumbs: [HOME, CATALOGUE, { href: OPENDATA_PATHS.organizations, label: 'Organisationen' }],
      body: <OrganizationPage organization={organization} newest={newest} />,
    });
  });
}
