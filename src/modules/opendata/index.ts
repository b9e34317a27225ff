import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../kernel/config';
import type { ModuleManifest } from '../../kernel/module';
import { AUDIT_ACTIONS } from './audit-actions';
import { opendataPersonalData } from './personal-data';
import { PUBLISH_PERMISSION } from './policies';
import { publishingRoutes } from './publishing/routes';
import { PUBLISHING_SECTIONS } from './publishing/sections';
import { listPublishingTasks } from './publishing/use-cases/list-publishing-tasks';

export { OPENDATA_PATHS } from './paths';

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
  staffSections: PUBLISHING_SECTIONS,
  staffTasks: (actor, deps) => listPublishingTasks(actor, deps),
  routes: (app, deps) => {
    publishingRoutes(app, deps);
  },
};
