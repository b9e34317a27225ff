import type { FastifyInstance } from 'fastify';
import { registerMovedPaths } from '../../../kernel/http/redirects';
import type { ModuleDeps } from '../../../kernel/module';
import { OLD_ADMIN_PATHS } from '../paths';
import { apiTokenRoutes } from './api-tokens';
import { auditRoutes } from './audit';
import { departmentRoutes } from './departments';
import { outboxRoutes } from './outbox';
import { userDetailRoutes } from './user-detail';
import { userStatusRoutes } from './user-status';
import { userRoutes } from './users';

/** Every page's use case checks policies.ts on the server; the workspace navigation only hides what is refused anyway. */
export function adminRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  userRoutes(app, deps);
  userDetailRoutes(app, deps);
  userStatusRoutes(app, deps);
  departmentRoutes(app, deps);
  auditRoutes(app, deps);
  outboxRoutes(app, deps);
  apiTokenRoutes(app, deps);
  registerMovedPaths(app, OLD_ADMIN_PATHS);
}
