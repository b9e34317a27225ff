import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../kernel/module';
import { PATHS } from '../paths';
import { showFigureArea } from './use-cases/show-figure-area';
import { showOverview } from './use-cases/show-overview';
import { FigureAreaPage } from './views/figure-area-page';
import { OverviewPage } from './views/overview-page';

/**
 * What the pages read: the measures with their milestones and owners, and the kept figures. Cached for
 * visitors until one of them changes (the figures job writes every quarter of an hour), and for an hour at
 * most: the trend compares with the day a month ago, and the report link follows the quarter.
 */
const OVERVIEW_TABLES = ['cockpit_measures', 'cockpit_milestones', 'departments', 'cockpit_figures', 'cockpit_figure_days'];
const pageCache = { tables: OVERVIEW_TABLES, maxSeconds: 3600 };

/** The public progress page /digitalisierung and its figures' area pages. */
export function registerOverviewRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.get(PATHS.public, { config: { pageCache } }, async (_request, reply) => {
    const overview = await showOverview(deps);
    const town = deps.config.municipality.name;
    return reply.page({
      title: 'Digitalisierung',
      breadcrumbs: [{ href: '/', label: 'Startseite' }],
      body: <OverviewPage {...overview} town={town} now={new Date()} />,
    });
  });

  // PATHS.figureArea encodes the slug; the route's parameter keeps its colon.
  app.get<{ Params: { slug: string } }>(decodeURIComponent(PATHS.figureArea(':slug')), { config: { pageCache } }, async (request, reply) => {
    const area = await showFigureArea(request.params.slug, deps);
    return reply.page({
      title: `Kennzahlen: ${area.area}`,
      breadcrumbs: [
        { href: '/', label: 'Startseite' },
        { href: PATHS.public, label: 'Digitalisierung' },
      ],
      body: <FigureAreaPage area={area} />,
    });
  });
}
