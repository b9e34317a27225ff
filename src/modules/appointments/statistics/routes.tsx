import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ModuleDeps } from '../../../kernel/module';
import { WORKSPACE_CRUMB } from '../../../kernel/views';
import { STAFF_PATHS } from '../paths';
import { showStatistics, type StatisticsQuery } from './use-cases/show-statistics';
import { AppointmentStatisticsPage } from './views/statistics-page';

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** The planners' statistics of appointments, waiting and service times (issue 14, point 4). */
export function registerStatisticsRoutes(app: FastifyInstance, deps: Pick<ModuleDeps, 'db'>): void {
  app.get(STAFF_PATHS.statistics, async (request: FastifyRequest<{ Querystring: Record<string, unknown> }>, reply) => {
    const query: StatisticsQuery = { standort: text(request.query.standort), zeitraum: text(request.query.zeitraum) };
    const statistics = await showStatistics(request.user, query, deps);
    return reply.page({ title: 'Termine in Zahlen', breadcrumbs: [WORKSPACE_CRUMB], workspace: true, body: <AppointmentStatisticsPage {...statistics} /> });
  });
}
