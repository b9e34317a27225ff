import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../kernel/config';
import type { ModuleManifest } from '../../kernel/module';
import { AUDIT_ACTIONS } from './audit-actions';
import { seedCockpitDemo } from './demo';
import { measureStaffTasks } from './measures/staff-tasks';
import { STAFF_PATHS } from './paths';
import { COORDINATE_PERMISSION, EDIT_PERMISSION, mayOpenCockpit } from './policies';
import { cockpitRoutes } from './routes';

/**
 * Digitalisierungs-Cockpit: the city's digital strategy as measures (owners, milestones, budget, risks,
 * links to what they built), the live figures every module computes from its own data, the public
 * progress page `/digitalisierung`, and the exchange of both with other towns (README.md).
 */
export const cockpitModule: ModuleManifest = {
  id: 'cockpit',
  auditActions: AUDIT_ACTIONS,
  migrationsDir: resolve(PROJECT_ROOT, 'src/modules/cockpit/migrations'),
  permissions: [
    { id: COORDINATE_PERMISSION, label: 'Digitalisierung koordinieren (alle Maßnahmen, Kennzahlen, Vergleich mit anderen Städten)' },
    { id: EDIT_PERMISSION, label: 'Maßnahmen des eigenen Fachbereichs bearbeiten (Digitalisierung)' },
  ],
  routes: cockpitRoutes,
  staffSections: [
    // Measures (measures/): the list, each measure's page and forms.
    { href: STAFF_PATHS.measures, label: 'Maßnahmen', group: 'Digitalisierung', order: 800, allowed: mayOpenCockpit },
  ],
  staffTasks: async (actor, deps) => [
    // Measures: overdue milestones of the measures one may edit.
    ...(await measureStaffTasks(actor, deps)),
  ],
  // The town's measures from its demo pack (demo/), after every module's own demo objects they link to.
  seedDemo: seedCockpitDemo,
  // Children before parents.
  demoTables: [
    'cockpit_measure_changes',
    'cockpit_measure_links',
    'cockpit_risks',
    'cockpit_milestones',
    'cockpit_measures',
    'cockpit_figure_days',
    'cockpit_figures',
  ],
};

export { PATHS as COCKPIT_PATHS } from './paths';
export { publishedMeasureChoices, type MeasureChoice } from './repository';
