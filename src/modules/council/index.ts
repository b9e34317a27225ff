import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../kernel/config';
import type { ModuleManifest } from '../../kernel/module';
import { AUDIT_ACTIONS } from './audit-actions';
import { MANAGE_PERMISSION } from './policies';
import { councilRoutes } from './routes';
import { councilSearchProvider } from './search/search-provider';
import { alertJobs } from './alerts/jobs';

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
  // council-search: council papers in the portal search /suche.
  search: councilSearchProvider,
  // council-search: the alerts' daily digest and the deletion of unconfirmed alerts.
  jobs: (deps) => [...alertJobs(deps)],
};

// council-search: generated papers for the search's benchmark (bench/council/measure-search.ts).
export { seedGeneratedCouncil } from './search/generate-papers';
