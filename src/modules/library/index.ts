import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../kernel/config';
import type { ModuleManifest } from '../../kernel/module';
import { libraryOverview, libraryPersonalData } from './account/personal-data';
import { AUDIT_ACTIONS } from './audit-actions';
import { seedLendingDemo } from './demo/lending';
import { lendingStaffTasks } from './desk/use-cases/staff-tasks';
import { lendingRoutes } from './lending-routes';
import { reminderJob } from './lending/reminders';
import { lendingSettings } from './lending/settings';
import { LEND_PERMISSION, mayLend } from './policies';
import { LENDING_PATHS } from './paths';

// Lending (library-account): availability and the hold form for the catalogue's record page.
export { HoldForm } from './account/views/hold-form';
export { recordAvailability } from './daia/record-availability';

/**
 * Stadtbücherei: the catalogue at /bildung/buecherei (MARC 21 import, search, DAIA, SRU), the
 * reader account and the lending desk in /verwaltung (README.md).
 */
export const libraryModule: ModuleManifest = {
  id: 'library',
  migrationsDir: resolve(PROJECT_ROOT, 'src/modules/library/migrations'),
  permissions: [{ id: LEND_PERMISSION, label: 'Bücherei: Katalog pflegen, ausleihen, Gebühren' }],
  auditActions: AUDIT_ACTIONS,
  // Lending (library-account).
  settings: [lendingSettings],
  routes: lendingRoutes,
  jobs: (deps) => [reminderJob(deps)],
  staffTasks: lendingStaffTasks,
  personalData: libraryPersonalData,
  accountOverview: libraryOverview,
  // Runs after the catalogue's demo: it lends copies the catalogue seed created.
  seedDemo: seedLendingDemo,
  demoTables: ['library_loan_reminders', 'library_fees', 'library_holds', 'library_loans', 'library_reader_sessions', 'library_readers'],
  staffSections: [{ href: LENDING_PATHS.desk, label: 'Ausleihtheke', group: 'Stadtbücherei', order: 60, allowed: mayLend }],
};
