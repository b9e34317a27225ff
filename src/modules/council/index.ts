import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../kernel/config';
import type { ModuleManifest } from '../../kernel/module';
import { TRANSPARENCY_PATHS } from '../transparency';
import { AUDIT_ACTIONS } from './audit-actions';
import { councilFigures } from './figures';
import { oparlOpenData } from './open-data';
import { seedCouncilDemo } from './demo';
import { IMPORT_PATHS, PAGE_PATHS } from './paths';
import { importJobs } from './import/jobs';
import { MANAGE_PERMISSION, mayManageCouncil } from './policies';
import { councilRoutes } from './routes';
import { meetingStaffTasks } from './staff/meetings/use-cases/meeting-tasks';
import { councilOverview, councilPersonalData } from './account-hooks';
import { COUNCIL_CRUMB } from './pages/crumbs';
import { STAFF_ENTRY_SECTIONS } from './staff/sections';
import { councilSearchProvider } from './search/search-provider';
import { alertJobs } from './alerts/jobs';
import { councilPackSchema } from './demo/pack';

// Demo data (demo/): the seed, also timed by the benchmark (bench/council/measure-demo.ts), and the pack.
export { seedCouncilDemo, readCouncilPack } from './demo';

// Import (import/): `oparl:import` and the benchmark call the importer directly.
export { importOparl } from './import/import-oparl';
export { SourceError as OParlSourceError } from './import/http-get';
export { TYPE_LABELS as OPARL_TYPE_LABELS } from './import/type-labels';

/**
 * Ratsinformation: the council's meetings, agendas, papers and Gremien. An OParl 1.1 importer from the
 * city's council information system, our own OParl 1.1 server at /oparl/v1, the pages at /rat with
 * calendar, search, map and feeds, e-mail alerts, and the staff sections (README.md).
 */
export const councilModule: ModuleManifest = {
  id: 'council',
  auditActions: AUDIT_ACTIONS,
  migrationsDir: resolve(PROJECT_ROOT, 'src/modules/council/migrations'),
  permissions: [{ id: MANAGE_PERMISSION, label: 'Ratsinformation verwalten (Import, Sitzungen und Vorlagen, Ratsmitglieder)' }],
  routes: councilRoutes,
  staffSections: [
    // council-staff: entering meetings, papers, Gremien and persons by hand; the council members' accounts.
    ...STAFF_ENTRY_SECTIONS,
    // Import (council-import): the OParl sources and the runs' reports.
    { href: IMPORT_PATHS.sources, label: 'Import-Quellen', group: 'Ratsinformation', order: 105, allowed: mayManageCouncil },
    { href: IMPORT_PATHS.runs, label: 'Import-Berichte', group: 'Ratsinformation', order: 106, allowed: mayManageCouncil },
  ],

  staffTasks: async (actor, deps) => [
    // council-staff: meetings of the next 7 days without an invitation document.
    ...(await meetingStaffTasks(actor, deps)),
  ],
  // council-staff and alerts: the role "Ratsmitglied" and the alerts of the account's address on Mein Konto,
  // in "Meine Daten" and at account deletion (account-hooks.ts combines the two parts).
  accountOverview: councilOverview,
  personalData: councilPersonalData,
  // OParl server (council-api): the API as a dataset of the Transparenzportal.
  openData: [oparlOpenData],
  figures: councilFigures,
  // council-search: council papers in the portal search /suche.
  search: councilSearchProvider,
  // Demo data (demo/): the town's council from its pack (council.json), a year of meetings around the seeding day.
  demoPack: [{ part: 'council', schema: councilPackSchema }],
  seedDemo: seedCouncilDemo,
  // Children before parents (demo:reset empties them; the truncate cascades to tables that refer to these).
  demoTables: [
    'council_member_accounts',
    'council_consultation_organizations',
    'council_consultations',
    'council_paper_organizations',
    'council_paper_persons',
    'council_paper_locations',
    'council_paper_files',
    'council_paper_relations',
    'council_papers',
    'council_agenda_item_files',
    'council_agenda_items',
    'council_meeting_files',
    'council_meeting_participants',
    'council_meeting_organizations',
    'council_meetings',
    'council_files',
    'council_memberships',
    'council_persons',
    'council_organizations',
    'council_legislative_terms',
    'council_locations',
    'council_bodies',
    'council_sources',
  ],
  // Public pages at /rat (council-pages): the entry "Politik" on the main navigation's hub "Transparenz",
  // by the label their breadcrumbs give it.
  navigation: {
    href: PAGE_PATHS.home,
    label: COUNCIL_CRUMB.label,
    order: 45,
    under: TRANSPARENCY_PATHS.home,
    description: 'Rat und Ausschüsse: Sitzungen mit Tagesordnung, Vorlagen, Beschlüsse und wer in welchem Gremium sitzt.',
  },
  jobs: (deps) => [
    // Import: every enabled source when its interval has passed (import/jobs.ts).
    ...importJobs(deps),
    // council-search: the alerts' daily digest and the deletion of unconfirmed alerts.
    ...alertJobs(deps),
  ],
};

// council-search: generated papers for the search's benchmark (bench/council/measure-search.ts).
export { seedGeneratedCouncil } from './search/generate-papers';
