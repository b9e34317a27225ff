import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../kernel/module';
import { exchangeRoutes } from './exchange/routes';
import { exportRoutes } from './exports/routes';
import { registerFigureRoutes } from './figures/routes';
import { measureRoutes } from './measures/routes';
import { registerOverviewRoutes } from './overview/routes';

/** The cockpit's routes, one call per part (each part registers its own paths). */
export function cockpitRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  // Measures: the staff section "Maßnahmen" and the public page of each published measure.
  measureRoutes(app, deps);
  // The live figures: the staff page "Kennzahlen" (figures/) and the public /digitalisierung (overview/).
  registerFigureRoutes(app, deps);
  registerOverviewRoutes(app, deps);
  // The published measures as CSV and JSON, the quarterly report
  exportRoutes(app, deps);
  // The exchange feed with its JSON Schema; the comparison with other towns (staff)
  exchangeRoutes(app, deps);
}
