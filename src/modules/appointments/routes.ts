import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../kernel/module';
import { accountRoutes } from './account/routes';
import { appointmentsApiRoutes } from './api/routes';
import { bookingRoutes } from './booking/routes';
import { displayRoutes } from './display/routes';
import { manageRoutes } from './manage/routes';
import { officeRoutes } from './office/routes';
import { registerPlanningRoutes } from './planning/routes';
import { registerStatisticsRoutes } from './statistics/routes';

/** The module's routes, one line per part (booking/, manage/, account/, office/, display/, planning/, statistics/, api/). */
export function appointmentsRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  // booking/ and manage/: the citizen's booking, and the booking by the mail's link or the account
  bookingRoutes(app, deps);
  manageRoutes(app, deps);
  // account/: the citizen account's appointments
  accountRoutes(app, deps);
  // planning/: locations, counters, opening hours, release waves, services, closures (staff)
  registerPlanningRoutes(app, deps);
  // statistics/: appointments, waiting and service times, utilisation (staff)
  registerStatisticsRoutes(app, deps);
  // office/, display/, api/: the counters, the waiting room's display, the API.
  officeRoutes(app, deps);
  displayRoutes(app, deps);
  appointmentsApiRoutes(app, deps);
}
