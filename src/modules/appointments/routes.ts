import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../kernel/module';
import { accountRoutes } from './account/routes';

/** The module's routes, one line per part (booking/, manage/, account/, office/, display/, planning/, statistics/, api/). */
export function appointmentsRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  accountRoutes(app, deps);
}
