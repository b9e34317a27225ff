import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../kernel/module';
import { alertRoutes } from './alerts/routes';
import { searchRoutes } from './search/routes';

/** The module's routes, one line per part. */
export function councilRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  void app;
  void deps;
  // council-search: /rat/suche and the e-mail alerts /rat/benachrichtigungen.
  searchRoutes(app, deps);
  alertRoutes(app, deps);
}
