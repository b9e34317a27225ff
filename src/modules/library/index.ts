import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../kernel/config';
import type { ModuleManifest } from '../../kernel/module';
import { libraryOverview, libraryPersonalData } from './account/personal-data';
import { AUDIT_ACTIONS } from './audit-actions';
import { seedLibraryCatalogueDemo } from './demo/index';
import { seedLendingDemo } from './demo/lending';
import { lendingStaffTasks } from './desk/use-cases/staff-tasks';
import { EVENT_PATHS, EVENTS_PERMISSION, libraryEventRoutes, libraryEventSource, mayManageLibraryEvents, seedLibraryEventsDemo } from './events';
import { lendingRoutes } from './lending-routes';
import { reminderJob } from './lending/reminders';
import { lendingSettings } from './lending/settings';
import { libraryOpenData } from './open-data';
import { LENDING_PATHS } from './paths';
import { LEND_PERMISSION, mayLend } from './policies';
import { libraryRoutes } from './routes';
import { librarySearchProvider } from './search-provider';
import { librarySettings } from './settings';
import { cataloguePackSchema } from './demo/pack';
import { lendingPackSchema } from './demo/lending';
import { libraryEventsPackSchema } from './events/demo';

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
  settings: [librarySettings, lendingSettings],
  routes: async (app, deps) => {
    // One line per part of the module (catalogue, events, lending).
    libraryRoutes(app, deps);
    libraryEventRoutes(app, deps);
    await lendingRoutes(app, deps);
  },
  jobs: (deps) => [reminderJob(deps)],
  staffTasks: lendingStaffTasks,
  personalData: libraryPersonalData,
  accountOverview: libraryOverview,
  staffSections: [
    { href: LENDING_PATHS.desk, label: 'Ausleihtheke', group: 'Stadtbücherei', order: 610, allowed: mayLend },
    { href: EVENT_PATHS.staffList, label: 'Veranstaltungen', group: 'Stadtbücherei', order: 620, allowed: mayManageLibraryEvents },
  ],
  // Reached through the main navigation's "Bildung" hub, which lists every event source.
  events: libraryEventSource,
  search: librarySearchProvider,
  openData: [libraryOpenData],
  // The lending demo lends copies the catalogue's demo created, so it runs after it.
  demoPack: [
    { part: 'library-catalogue', schema: cataloguePackSchema },
    { part: 'library-lending', schema: lendingPackSchema },
    { part: 'library-events', schema: libraryEventsPackSchema },
  ],
  seedDemo: async (deps) => {
    await seedLibraryCatalogueDemo(deps);
    await seedLendingDemo(deps);
    await seedLibraryEventsDemo(deps);
  },
  demoTables: [
    'library_loan_reminders',
    'library_fees',
    'library_holds',
    'library_loans',
    'library_reader_sessions',
    'library_readers',
    'library_events',
    'library_items',
    'library_records',
  ],
};

// Lending: availability and the hold form for the catalogue's record page.
export { HoldForm } from './account/views/hold-form';
export { recordAvailability } from './daia/record-availability';
