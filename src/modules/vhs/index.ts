import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../kernel/config';
import type { ModuleManifest } from '../../kernel/module';
import { AUDIT_ACTIONS } from './audit-actions';
import { MANAGE_PERMISSION } from './policies';
import { registerWebinarRoutes } from './webinars/routes';
import { webinarFormActionOrigins, webinarSettings } from './webinars/settings';

export { importProgramme } from './programme/use-cases/import-programme';
export { exportProgramme } from './programme/use-cases/export-programme';

/**
 * Volkshochschule: the course programme at /bildung/vhs, bookings with waitlist, webinars, and the
 * staff sections in /verwaltung (README.md).
 */
export const vhsModule: ModuleManifest = {
  id: 'vhs',
  auditActions: AUDIT_ACTIONS,
  migrationsDir: resolve(PROJECT_ROOT, 'src/modules/vhs/migrations'),
  permissions: [{ id: MANAGE_PERMISSION, label: 'Volkshochschule verwalten (Kurse, Buchungen, Teilnehmende)' }],
  // Webinars (webinars/): the conference system from the environment, and the join redirect it needs.
  settings: [webinarSettings],
  formActionOrigins: webinarFormActionOrigins,
  routes: (app, deps) => {
    registerWebinarRoutes(app, deps);
  },
};
