import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../kernel/module';
import { WLAN_CRUMBS } from '../crumbs';
import { STATISTICS_PATH } from '../paths';
import { showStatistics } from './use-cases/show-statistics';
import { StatisticsPage } from './views/statistics-page';

/** The public statistics of coverage growth, for citizens and the council. */
export function registerStatisticsRoutes(app: FastifyInstance, deps: Pick<ModuleDeps, 'db' | 'config'>): void {
  // Cached for visitors until hotspots or their history change (every import), and at most an hour: the months move with the clock.
  app.get(STATISTICS_PATH, { config: { pageCache: { tables: ['wlan_hotspots', 'wlan_hotspot_days'], maxSeconds: 3600 } } }, async (_request, reply) => {
    const statistics = await showStatistics(deps);
    return reply.page({
      title: 'Freies WLAN in Zahlen',
      breadcrumbs: WLAN_CRUMBS,
      body: <StatisticsPage {...statistics} town={deps.config.municipality.name} />,
    });
  });
}
