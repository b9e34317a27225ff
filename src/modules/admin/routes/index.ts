import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../kernel/module';
import { auditRoutes } from './audit';
import { departmentRoutes } from './departments';
import type { PermissionCatalogue } from './helpers';
import { outboxRoutes } from './outbox';
import { overviewRoutes } from './overview';
import { userDetailRoutes } from './user-detail';
import { userStatusRoutes } from './user-status';
import { userRoutes } from './users';

export type { PermissionCatalogue } from './helpers';

/** Every page is checked on the server against policies.ts; the menu only hides what is refused anyway. */
export function adminRoutes(permissions: PermissionCatalogue) {
  return (app: FastifyInstance, deps: ModuleDeps): void => {
    overviewRoutes(app);
    userRoutes(app, deps, permissions);
    userDetailRoutes(app, deps, permissions);
    userStatusRoutes(app, deps);
    departmentRoutes(app, deps);
    auditRoutes(app, deps);
    outboxRoutes(app, deps);
  };
}
