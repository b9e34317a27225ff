import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../kernel/module';
import { appointmentsApiRoutes } from './api/routes';
import { displayRoutes } from './display/routes';
import { officeRoutes } from './office/routes';

/** The module's routes, one line per part (booking/, manage/, account/, office/, display/, planning/, statistics/, api/). */
export function appointmentsRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  // office/, display/, api/: the counters, the waiting room's display, the API.
  officeRoutes(app, deps);
  displayRoutes(app, deps);
  appointmentsApiRoutes(app, deps);
}
