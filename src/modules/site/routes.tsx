import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../kernel/module';
import { latestNews } from './repository';
import { HomePage } from './views/home';

export function siteRoutes(app: FastifyInstance, { config, db, navigation }: ModuleDeps): void {
  const offers = navigation.filter((item) => item.href !== '/' && item.description).map((item) => ({ href: item.href, label: item.label, description: item.description ?? '' }));

  app.get('/', async (request, reply) => {
    const news = await latestNews(db);
    return reply.page({
      title: 'Startseite',
      body: <HomePage municipality={config.municipality} offers={offers} news={news} loggedIn={request.user !== null} />,
    });
  });
}
