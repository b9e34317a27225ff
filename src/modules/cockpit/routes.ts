import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../kernel/module';
import { registerFigureRoutes } from './figures/routes';
import { registerOverviewRoutes } from './overview/routes';

/** The cockpit's pages, part by part. */
export function cockpitRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  // The live figures: the staff page "Kennzahlen" (figures/) and the public /digitalisierung (overview/).
  registerFigureRoutes(app, deps);
  registerOverviewRoutes(app, deps);
}
