import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../kernel/module';
import { WLAN_CRUMBS } from '../crumbs';
import { PATHS } from '../paths';
import { showHosting } from './show-hosting';
import { HostingPage } from './views/hosting-page';

/** /wlan/freifunk-anbieten; anonymous visitors get it from the page cache until a Leistung changes. */
export function registerHostingRoutes(app: FastifyInstance, deps: Pick<ModuleDeps, 'db' | 'config'>): void {
  app.get(PATHS.hosting, { config: { pageCache: { tables: ['services'] } } }, async (_request, reply) =>
    reply.page({
      title: 'Freifunk anbieten',
      breadcrumbs: WLAN_CRUMBS,
      body: <HostingPage data={await showHosting(deps)} municipality={deps.config.municipality} />,
    }),
  );
}
