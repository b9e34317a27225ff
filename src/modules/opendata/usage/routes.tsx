import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../kernel/module';
import { WORKSPACE_CRUMB, type Crumb } from '../../../kernel/views';
import { USAGE_PATHS } from './paths';
import { parseOverviewQuery, parseUsagePeriod } from './schemas';
import { showDatasetUsage } from './use-cases/show-dataset-usage';
import { showUsageOverview } from './use-cases/show-usage-overview';
import { DatasetUsagePageView, UsageOverviewPage } from './views/usage-pages';

const USAGE_CRUMBS: Crumb[] = [WORKSPACE_CRUMB, { href: USAGE_PATHS.overview, label: 'Nutzung' }];

/** "Nutzung" in the staff workspace: the organisation's datasets with their figures, and each dataset's days. */
export function usageRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.get(USAGE_PATHS.overview, async (request, reply) => {
    const overview = await showUsageOverview(request.user, parseOverviewQuery(request.query), deps);
    return reply.page({ title: 'Nutzung', body: <UsageOverviewPage {...overview} />, breadcrumbs: USAGE_CRUMBS.slice(0, 1), workspace: true });
  });

  app.get<{ Params: { id: string } }>(USAGE_PATHS.dataset(':id'), async (request, reply) => {
    const page = await showDatasetUsage(request.user, { id: request.params.id, period: parseUsagePeriod(request.query) }, deps);
    return reply.page({ title: `Nutzung: ${page.dataset.title}`, body: <DatasetUsagePageView {...page} />, breadcrumbs: USAGE_CRUMBS, workspace: true });
  });
}
