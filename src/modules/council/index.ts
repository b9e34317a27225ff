import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../kernel/config';
import type { ModuleManifest } from '../../kernel/module';
import { AUDIT_ACTIONS } from './audit-actions';
import { seedCouncilDemo } from './demo';
import { MANAGE_PERMISSION } from './policies';
import { councilRoutes } from './routes';

// Demo data (demo/): the seed, also timed by the benchmark (bench/council/measure-demo.ts), and the pack.
export { seedCouncilDemo, readCouncilPack } from './demo';

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
  // Demo data (demo/): the town's council from its pack (council.json), a year of meetings around the seeding day.
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
};
