import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../kernel/config';
import type { ModuleManifest } from '../../kernel/module';
import {
  EVENT_AUDIT_ACTIONS,
  EVENT_PATHS,
  EVENTS_PERMISSION,
  libraryEventRoutes,
  libraryEventSource,
  mayManageLibraryEvents,
  seedLibraryEventsDemo,
} from './events';
import { LEND_PERMISSION } from './policies';

/**
 * Stadtbücherei: the catalogue at /bildung/buecherei (MARC 21 import, search, DAIA, SRU), the
 * reader account and the lending desk in /verwaltung, and the library's events (README.md).
 */
export const libraryModule: ModuleManifest = {
  id: 'library',
  migrationsDir: resolve(PROJECT_ROOT, 'src/modules/library/migrations'),
  permissions: [
    { id: LEND_PERMISSION, label: 'Bücherei: Katalog pflegen, ausleihen, Gebühren' },
    { id: EVENTS_PERMISSION, label: 'Bücherei: Veranstaltungen pflegen' },
  ],
  auditActions: { ...EVENT_AUDIT_ACTIONS },
  staffSections: [{ href: EVENT_PATHS.staffList, label: 'Veranstaltungen', group: 'Stadtbücherei', order: 620, allowed: mayManageLibraryEvents }],
  events: libraryEventSource,
  routes: (app, deps) => {
    libraryEventRoutes(app, deps);
  },
  seedDemo: async (deps) => {
    await seedLibraryEventsDemo(deps);
  },
  demoTables: ['library_events'],
};
