import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../kernel/module';
import { datasetRoutes } from './dataset-routes';
import { datastoreRoutes } from './datastore-routes';
import { organizationRoutes } from './organization-routes';
import { resourceRoutes } from './resource-routes';
import { tokenRoutes } from './token-routes';

/** The publishing section of the staff workspace, `/verwaltung/daten` (paths.ts). */
export function publishingRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  datasetRoutes(app, deps);
  resourceRoutes(app, deps);
  datastoreRoutes(app, deps);
  organizationRoutes(app, deps);
  tokenRoutes(app, deps);
}
