import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../kernel/config';
import type { ModuleManifest } from '../../kernel/module';
import { TRANSPARENCY_PATHS } from '../transparency';
import { AUDIT_ACTIONS } from './audit-actions';
import { cockpitPackSchema } from './demo/pack';
import { seedCockpitDemo } from './demo';
import { exchangeJobs } from './exchange/jobs';
import { COCKPIT_OPEN_DATA } from './exports/open-data';
import { figureJobs } from './figures/compute-figures';
import { measureStaffTasks } from './measures/staff-tasks';
import { COORDINATE_PERMISSION, EDIT_PERMISSION, mayCoordinate, mayOpenCockpit } from './policies';
import { PATHS, STAFF_PATHS } from './paths';
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
  // The public progress page (overview/): the measures and the live figures, for citizens and the council.
  navigation: {
    href: PATHS.public,
    label: 'Digitalisierung',
    // Last on the hub "Transparenz", after open data and the council.
    order: 65,
    under: TRANSPARENCY_PATHS.home,
    description: 'Wie die Stadt digital wird: Maßnahmen, Verantwortliche, Fortschritt und laufend berechnete Kennzahlen.',
  },
  staffSections: [
    // Measures (measures/): the list, each measure's page and forms.
    { href: STAFF_PATHS.measures, label: 'Maßnahmen', group: 'Digitalisierung', order: 700, allowed: mayOpenCockpit },
    // The live figures (figures/).
    { href: STAFF_PATHS.figures, label: 'Kennzahlen', group: 'Digitalisierung', order: 710, allowed: mayOpenCockpit },
    // The comparison with other towns' exchange feeds (exchange/).
    { href: STAFF_PATHS.comparison, label: 'Vergleich mit anderen Städten', group: 'Digitalisierung', order: 719, allowed: mayCoordinate },
  ],
  staffTasks: async (actor, deps) => [
    // Measures: overdue milestones of the measures one may edit.
    ...(await measureStaffTasks(actor, deps)),
  ],
  // The published measures and the figures as datasets of the Transparenzportal (exports/).
  openData: COCKPIT_OPEN_DATA,
  jobs: (deps) => [
    // The live figures (figures/): every module's `figures` hook asked by a recurring job, never per request.
    ...figureJobs(deps),
    // Other towns' exchange feeds, read again daily (exchange/).
    ...exchangeJobs(deps),
  ],
  // The town's measures from its demo pack (demo/), after every module's own demo objects they link to; then the figures.
  demoPack: [{ part: 'cockpit', schema: cockpitPackSchema }],
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
    'cockpit_figure_sources',
    'cockpit_partner_feeds',
  ],
};

export { PATHS as COCKPIT_PATHS } from './paths';
/** The figures job's run, for the benchmark (bench/cockpit) to time it on generated data. */
export { computeFigures } from './figures/compute-figures';
export { publishedMeasureChoices, type MeasureChoice } from './repository';
