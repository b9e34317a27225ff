import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../kernel/module';
import { alertRoutes } from './alerts/routes';
import { registerImportStaffRoutes } from './import-staff/routes';
import { oparlApiRoutes } from './oparl-api/routes';
import { councilFeedRoutes } from './pages/feed-routes';
import { councilPageRoutes } from './pages/routes';
import { searchRoutes } from './search/routes';
import { registerStaffEntryRoutes } from './staff/routes';

/** The module's routes, one line per part. */
export function councilRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  // Public pages at /rat, their feeds and documents (council-pages).
  councilPageRoutes(app, deps);
  councilFeedRoutes(app, deps);
  // council-search: /rat/suche and the e-mail alerts /rat/benachrichtigungen.
  searchRoutes(app, deps);
  alertRoutes(app, deps);
  // OParl server (council-api)
  oparlApiRoutes(app, deps);
  // council-staff: /verwaltung/rat/{gremien,personen,sitzungen,vorlagen,ratsmitglieder}
  registerStaffEntryRoutes(app, deps);
  // Import (council-import): the import sources and reports in /verwaltung.
  registerImportStaffRoutes(app, deps);
}
