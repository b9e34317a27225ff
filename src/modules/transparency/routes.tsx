import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../kernel/module';
import { itemsUnder } from '../../kernel/views';
import { PATHS } from './paths';
import { HubPage } from './views/hub-page';

/**
 * The hub `/transparenz`: the navigation entries placed under it. They are fixed for the process,
 * so anonymous visitors share one rendering for as long as it runs (a page cache without tables).
 */
export function transparencyRoutes(app: FastifyInstance, { navigation }: ModuleDeps): void {
  const entries = itemsUnder(navigation, PATHS.home);

  app.get(PATHS.home, { config: { pageCache: { tables: [] } } }, async (_request, reply) =>
    reply.page({
      title: 'Transparenz',
      breadcrumbs: [{ href: '/', label: 'Startseite' }],
      body: <HubPage entries={entries} />,
    }),
  );
}
