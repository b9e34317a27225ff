import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../kernel/config';
import type { ModuleManifest } from '../../kernel/module';
import { AUDIT_ACTIONS } from './audit-actions';
import { seedLibraryCatalogueDemo } from './demo/index';
import { EVENT_PATHS, EVENTS_PERMISSION, libraryEventRoutes, libraryEventSource, mayManageLibraryEvents, seedLibraryEventsDemo } from './events';
import { libraryOpenData } from './open-data';
import { LEND_PERMISSION } from './policies';
import { libraryRoutes } from './routes';
import { librarySearchProvider } from './search-provider';
import { librarySettings } from './settings';

export { importCatalogue } from './use-cases/import-catalogue';
export { browseCatalogue } from './use-cases/browse-catalogue';
export { catalogueQuery } from './schemas';
export { catalogueFile, generatedCatalogueOptions } from './demo/index';

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
  auditActions: AUDIT_ACTIONS,
  routes: (app, deps) => {
    // One line per part of the module (catalogue, events, lending).
    libraryRoutes(app, deps);
    libraryEventRoutes(app, deps);
  },
  staffSections: [{ href: EVENT_PATHS.staffList, label: 'Veranstaltungen', group: 'Stadtbücherei', order: 620, allowed: mayManageLibraryEvents }],
  // Reached through the main navigation's "Bildung" hub, which lists every event source.
  events: libraryEventSource,
  search: librarySearchProvider,
  openData: [libraryOpenData],
  settings: [librarySettings],
  seedDemo: async (deps) => {
    await seedLibraryCatalogueDemo(deps);
    await seedLibraryEventsDemo(deps);
  },
  demoTables: ['library_events', 'library_items', 'library_records'],
};
