import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../kernel/config';
import type { ModuleManifest } from '../../kernel/module';
import { AUDIT_ACTIONS } from './audit-actions';
import { vhsEventSource } from './events-source';
import { seedVhsDemo } from './demo';
import { vhsOpenData } from './open-data';
import { MANAGE_PERMISSION } from './policies';
import { vhsCatalogueRoutes } from './routes';
import { vhsSearchProvider } from './search-provider';
import { institutionSettings } from './settings';

/**
 * Volkshochschule: the course programme at /bildung/vhs, bookings with waitlist, webinars, and the
 * staff sections in /verwaltung (README.md).
 */
export const vhsModule: ModuleManifest = {
  id: 'vhs',
  auditActions: AUDIT_ACTIONS,
  migrationsDir: resolve(PROJECT_ROOT, 'src/modules/vhs/migrations'),
  permissions: [{ id: MANAGE_PERMISSION, label: 'Volkshochschule verwalten (Kurse, Buchungen, Teilnehmende)' }],
  settings: [institutionSettings],
  routes: (app, deps) => {
    // One line per part of the module (catalogue, booking, webinars, staff sections).
    vhsCatalogueRoutes(app, deps);
  },
  // Reached through the main navigation's "Bildung" hub, which lists every event source.
  events: vhsEventSource,
  search: vhsSearchProvider,
  openData: [vhsOpenData],
  seedDemo: (deps) => seedVhsDemo(deps),
  // Children before parents: bookings hold the courses (on delete restrict).
  demoTables: ['vhs_attendance', 'vhs_bookings', 'vhs_sessions', 'vhs_courses', 'vhs_places', 'vhs_programme_areas'],
};
