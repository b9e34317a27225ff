import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../kernel/module';
import { exchangeRoutes } from './exchange/routes';
import { exportRoutes } from './exports/routes';
import { registerFigureRoutes } from './figures/routes';
import { registerOverviewRoutes } from './overview/routes';

/** The module's routes, one line per part. */
export function cockpitRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  // The live figures: the staff page "Kennzahlen" (figures/) and the public /digitalisierung (overview/).
  registerFigureRoutes(app, deps);
  registerOverviewRoutes(app, deps);
  // The published measures as CSV and JSON, the quarterly report
  exportRoutes(app, deps);
  // The exchange feed with its JSON Schema; the comparison with other towns (staff)
  exchangeRoutes(app, deps);
}
