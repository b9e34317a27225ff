import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../kernel/module';
import { datasetRoutes } from './dataset-routes';
import { datastoreRoutes } from './datastore-routes';
import { organizationRoutes } from './organization-routes';
import { WORKSPACE_CRUMB } from '../../../kernel/views';
import { PUBLISHING_PATHS } from './paths';
import { showPublishingOverview } from './use-cases/show-overview';
import { OverviewPage } from './views/overview';
import { resourceRoutes } from './resource-routes';
import { tokenRoutes } from './token-routes';

/** The publishing section of the staff workspace, `/verwaltung/daten` (paths.ts). */
export function publishingRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.get(PUBLISHING_PATHS.overview, async (request, reply) => {
    const overview = await showPublishingOverview(request.user, deps);
    return reply.page({ title: 'Offene Daten', body: <OverviewPage {...overview} />, breadcrumbs: [WORKSPACE_CRUMB], workspace: true });
  });
  datasetRoutes(app, deps);
  resourceRoutes(app, deps);
  datastoreRoutes(app, deps);
  organizationRoutes(app, deps);
  tokenRoutes(app, deps);
}
