import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../kernel/module';
// Public pages at /rat (council-pages).
import { councilFeedRoutes } from './pages/feed-routes';
import { councilPageRoutes } from './pages/routes';

/** The module's routes, one line per part. */
export function councilRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  // Public pages at /rat, their feeds and documents (council-pages).
  councilPageRoutes(app, deps);
  councilFeedRoutes(app, deps);
}
