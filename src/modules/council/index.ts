import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../kernel/config';
import type { ModuleManifest } from '../../kernel/module';
import { AUDIT_ACTIONS } from './audit-actions';
import { importJobs } from './import/jobs';
import { IMPORT_PATHS } from './paths';
import { MANAGE_PERMISSION, mayManageCouncil } from './policies';
import { councilRoutes } from './routes';

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
    // Import (council-import): the OParl sources and the runs' reports.
    { href: IMPORT_PATHS.sources, label: 'Import-Quellen', group: 'Ratsinformation', order: 100, allowed: mayManageCouncil },
    { href: IMPORT_PATHS.runs, label: 'Import-Berichte', group: 'Ratsinformation', order: 101, allowed: mayManageCouncil },
  ],
  jobs: (deps) => [
    // Import: every enabled source when its interval has passed (import/jobs.ts).
    ...importJobs(deps),
  ],
};
