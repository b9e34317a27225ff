import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../kernel/module';
import { bookingRoutes } from './booking/routes';
import { manageRoutes } from './manage/routes';

/** The module's routes, one line per part (booking/, manage/, account/, office/, display/, planning/, statistics/, api/). */
export function appointmentsRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  bookingRoutes(app, deps);
  manageRoutes(app, deps);
}
