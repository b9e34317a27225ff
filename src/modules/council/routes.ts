import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../kernel/module';

/** The module's routes, one line per part. */
export function councilRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  void app;
  void deps;
}
