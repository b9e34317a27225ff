import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../kernel/module';
import { registerDetailRoutes } from './detail-routes';
import { registerListRoutes } from './list-routes';

/** "Meine Anträge": the list with drafts, one application with its Postfach, withdrawing, the data export. */
export function registerAccountRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  registerListRoutes(app, deps);
  registerDetailRoutes(app, deps);
}
