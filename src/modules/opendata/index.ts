import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../kernel/config';
import type { ModuleManifest } from '../../kernel/module';
import { TRANSPARENCY_PATHS } from '../transparency';
import { authenticateCkanToken } from './access/api-tokens';
import { ckanApiRoutes } from './api/routes';
import { AUDIT_ACTIONS } from './audit-actions';
import { datastoreJobs, datastoreSettings } from './datastore';
import { seedOpendataDemo } from './demo';
import { opendataFigures } from './figures';
import { exportRoutes } from './export/routes';
import { harvestJobs } from './harvest/jobs';
import { HARVEST_PATHS } from './harvest/paths';
import { mayOpenHarvesting } from './harvest/policies';
import { harvestRoutes } from './harvest/routes';
import { moduleExportRoutes } from './module-datasets/export-route';
import { moduleDatasetJobs } from './module-datasets/job';
import { OPENDATA_PATHS } from './paths';
import { opendataPersonalData } from './personal-data';
import { PUBLISH_PERMISSION } from './policies';
import { publishingRoutes } from './publishing/routes';
import { PUBLISHING_SECTIONS } from './publishing/sections';
import { listPublishingTasks } from './publishing/use-cases/list-publishing-tasks';
import { catalogueRoutes } from './routes';
import { catalogueSettings } from './settings';
import { startUsageCounting } from './usage/counting';
import { usageOpenData } from './usage/open-data';
import { usageRoutes } from './usage/routes';
import { USAGE_SECTION } from './usage/sections';
import { opendataPackSchema } from './demo/pack';
import { datasetLinkTargets } from './link-targets';

export { OPENDATA_PATHS } from './paths';
export { HARVEST_PATHS } from './harvest/paths';
export { resolveHarvestSource } from './harvest/resolve-source';
export { HARVEST_ACTOR, runHarvest } from './harvest/run-harvest';
/** The one bounded way to read from another server (timeout, size limit, redirects checked): also the WLAN feeds'. */
export { fetchRemote, RemoteError } from './harvest/fetch-remote';
/** For bulk loads outside the module (the benchmark's generated catalogue): the one way to derive facets and search vector. */
export { refreshDerivedColumns } from './repository/derived';

/**
 * Transparenzportal: open data of the municipality, its companies and institutions — a DCAT-AP.de
 * catalogue with a CKAN-compatible API, DataStore and harvesting (README.md).
 */
export const opendataModule: ModuleManifest = {
  id: 'opendata',
  auditActions: AUDIT_ACTIONS,
  migrationsDir: resolve(PROJECT_ROOT, 'src/modules/opendata/migrations'),
  navigation: {
    href: OPENDATA_PATHS.catalogue,
    label: 'Offene Daten',
    order: 30,
    under: TRANSPARENCY_PATHS.home,
    description: 'Daten der Stadt, ihrer Unternehmen und Einrichtungen zum Ansehen, Herunterladen und Weiterverwenden.',
  },
  routes: (app, deps) => {
    const usage = startUsageCounting(app, deps.db);
    catalogueRoutes(app, deps, usage);
    exportRoutes(app, deps);
    moduleExportRoutes(app, deps, usage);
    ckanApiRoutes(app, deps, (token) => authenticateCkanToken(deps.db, token), usage);
    publishingRoutes(app, deps);
    harvestRoutes(app, deps);
    usageRoutes(app, deps);
  },
  jobs: (deps) => [...datastoreJobs(deps), ...moduleDatasetJobs(deps), ...harvestJobs(deps)],
  settings: [catalogueSettings, datastoreSettings],
  permissions: [{ id: PUBLISH_PERMISSION, label: 'Offene Daten veröffentlichen (für die Organisationen, in denen die Person Mitglied ist)' }],
  staffSections: [
    ...PUBLISHING_SECTIONS,
    USAGE_SECTION,
    { href: HARVEST_PATHS.sources, label: 'Ernte (Harvesting)', group: 'Offene Daten', order: 55, allowed: mayOpenHarvesting },
  ],
  staffTasks: (actor, deps) => listPublishingTasks(actor, deps),
  personalData: opendataPersonalData,
  openData: [usageOpenData],
  figures: opendataFigures,
  demoPack: [{ part: 'opendata', schema: opendataPackSchema }],
  // Published datasets the cockpit's measures may name.
  linkTargets: [datasetLinkTargets],
  seedDemo: seedOpendataDemo,
  demoTables: [
    'opendata_usage_daily',
    'opendata_datastore_tables',
    'opendata_dataset_revisions',
    'opendata_resources',
    'opendata_search_words',
    'opendata_datasets',
    'opendata_harvest_log',
    'opendata_harvest_runs',
    'opendata_harvest_sources',
    'opendata_api_tokens',
    'opendata_memberships',
    'opendata_organizations',
  ],
};
