import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../kernel/module';
import { PATHS } from '../paths';
import { showOverview } from './use-cases/show-overview';
import { OverviewPage } from './views/overview-page';

/**
 * What the page reads: the measures with their milestones and owners, and the kept figures. Cached for
 * visitors until one of them changes (the figures job writes every quarter of an hour), and for an hour at
 * most: the trend compares with the day a month ago, and the report link follows the quarter.
 */
const OVERVIEW_TABLES = ['cockpit_measures', 'cockpit_milestones', 'departments', 'cockpit_figures', 'cockpit_figure_days'];

/** The public progress page /digitalisierung. */
export function registerOverviewRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.get(PATHS.public, { config: { pageCache: { tables: OVERVIEW_TABLES, maxSeconds: 3600 } } }, async (_request, reply) => {
    const overview = await showOverview(deps);
    const town = deps.config.municipality.name;
    return reply.page({ title: 'Digitalisierung', body: <OverviewPage {...overview} town={town} now={new Date()} /> });
  });
}
