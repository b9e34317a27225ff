import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../kernel/module';
import { measureRoutes } from './measures/routes';

/** The cockpit's routes, one call per part (each part registers its own paths). */
export function cockpitRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  // Measures: the staff section "Maßnahmen" and the public page of each published measure.
  measureRoutes(app, deps);
}
