import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../kernel/module';
import { ACCOUNT_PATHS, requireLogin, signedIn } from '../accounts';
import { myContributions } from './use-cases/my-contributions';
import { MinePage } from './views/mine-page';
import { PATHS } from './paths';

/** "Meine Vorschläge und Kommentare" below Mein Konto: what the person wrote, where it stands, why something was hidden. */
export function registerMineRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.get(PATHS.mine, { preHandler: requireLogin }, async (request, reply) => {
    const mine = await myContributions(signedIn(request), deps);
    return reply.header('cache-control', 'private, no-store').page({
      title: 'Meine Vorschläge und Kommentare',
      breadcrumbs: [
        { href: '/', label: 'Startseite' },
        { href: ACCOUNT_PATHS.account, label: 'Mein Konto' },
      ],
      body: <MinePage {...mine} />,
    });
  });
}
