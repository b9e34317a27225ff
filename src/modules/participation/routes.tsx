import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../kernel/module';
import { registerCommentRoutes } from './comment-routes';
import { registerMineRoutes } from './mine-routes';
import { registerPublicRoutes } from './public-routes';
import { registerStaffRoutes } from './staff-routes';

/** Every route of the module: the public pages, comments and reports, the person's own contributions, the moderation. */
export function participationRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  registerPublicRoutes(app, deps);
  registerCommentRoutes(app, deps);
  registerMineRoutes(app, deps);
  registerStaffRoutes(app, deps);
}
