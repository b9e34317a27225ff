import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../kernel/config';
import type { ModuleManifest } from '../../kernel/module';
import { AUDIT_ACTIONS } from './audit-actions';
import { seedOpendataDemo } from './demo';
import { opendataPersonalData } from './personal-data';
import { OPENDATA_PATHS } from './paths';
import { PUBLISH_PERMISSION } from './policies';
import { catalogueRoutes } from './routes';
import { exportRoutes } from './export/routes';
import { catalogueSettings } from './settings';

export { OPENDATA_PATHS } from './paths';

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
    description: 'Daten der Stadt, ihrer Unternehmen und Einrichtungen zum Ansehen, Herunterladen und Weiterverwenden.',
  },
  routes: (app, deps) => {
    catalogueRoutes(app, deps);
    exportRoutes(app, deps);
  },
  settings: [catalogueSettings],
  permissions: [{ id: PUBLISH_PERMISSION, label: 'Offene Daten veröffentlichen (für die Organisationen, in denen die Person Mitglied ist)' }],
  personalData: opendataPersonalData,
  seedDemo: seedOpendataDemo,
  demoTables: [
    'opendata_usage_daily',
    'opendata_datastore_tables',
    'opendata_dataset_revisions',
    'opendata_resources',
    'opendata_datasets',
    'opendata_harvest_log',
    'opendata_harvest_runs',
    'opendata_harvest_sources',
    'opendata_api_tokens',
    'opendata_memberships',
    'opendata_organizations',
  ],
};
