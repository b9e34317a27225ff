import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../kernel/config';
import type { ModuleManifest } from '../../kernel/module';
import { AUDIT_ACTIONS } from './audit-actions';
import { harvestJobs } from './harvest/jobs';
import { HARVEST_PATHS } from './harvest/paths';
import { mayOpenHarvesting } from './harvest/policies';
import { harvestRoutes } from './harvest/routes';
import { opendataPersonalData } from './personal-data';
import { PUBLISH_PERMISSION } from './policies';

export { OPENDATA_PATHS } from './paths';
export { HARVEST_PATHS } from './harvest/paths';
export { resolveHarvestSource } from './harvest/resolve-source';
export { HARVEST_ACTOR, runHarvest } from './harvest/run-harvest';

/**
 * Transparenzportal: open data of the municipality, its companies and institutions — a DCAT-AP.de
 * catalogue with a CKAN-compatible API, DataStore and harvesting (README.md).
 */
export const opendataModule: ModuleManifest = {
  id: 'opendata',
  auditActions: AUDIT_ACTIONS,
  migrationsDir: resolve(PROJECT_ROOT, 'src/modules/opendata/migrations'),
  permissions: [{ id: PUBLISH_PERMISSION, label: 'Offene Daten veröffentlichen (für die Organisationen, in denen die Person Mitglied ist)' }],
  personalData: opendataPersonalData,
  jobs: (deps) => harvestJobs(deps),
  staffSections: [{ href: HARVEST_PATHS.sources, label: 'Ernte (Harvesting)', group: 'Offene Daten', order: 55, allowed: mayOpenHarvesting }],
  routes: (app, deps) => {
    harvestRoutes(app, deps);
  },
};
