import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../kernel/module';
import { itemsUnder, type LinkCard } from '../../kernel/views';
import { mediaRoots, registerMedia } from './media';
import { registerPageRoutes } from './page-routes';
import { PATHS } from './paths';
import { registerReportRoutes } from './report-routes';
import { latestNews } from './repository';
import { registerStaffRoutes } from './staff-routes';
import { HomePage } from './views/home';

/** Pages that are not offers: the start page lists every other navigation entry with its description. */
const NOT_OFFERS = new Set<string>([PATHS.home, PATHS.contact]);

/** The header's entries as offers; a hub's card links the entries placed under it too, so each stays one click away. */
function offersOf(navigation: ModuleDeps['navigation']): LinkCard[] {
  return navigation
    .filter((item) => !item.under && !NOT_OFFERS.has(item.href) && item.description)
    .map((item) => ({
      href: item.href,
      label: item.label,
      description: item.description ?? '',
      below: itemsUnder(navigation, item.href).map(({ href, label }) => ({ href, label })),
    }));
}

export async function siteRoutes(app: FastifyInstance, { config, db, navigation }: ModuleDeps): Promise<void> {
  const offers = offersOf(navigation);

  // The busiest page; anonymous visitors share one rendering until the news change, at most 30 s
  // (a news item with a publication time in the future appears by the clock, not by a change).
  app.get(PATHS.home, { config: { pageCache: { tables: ['site_news'], maxSeconds: 30 } } }, async (request, reply) => {
    const news = await latestNews(db);
    return reply.page({
      title: 'Startseite',
      body: <HomePage municipality={config.municipality} offers={offers} news={news} loggedIn={request.user !== null} />,
    });
  });

  const roots = mediaRoots(config);
  registerPageRoutes(app, config, roots);
  registerReportRoutes(app, { db, config });
  registerStaffRoutes(app, { db, config });
  await registerMedia(app, roots);
}
