import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../kernel/module';
import type { Crumb } from '../../../kernel/views';
import { ACCOUNT_PATHS, requireLogin, signedIn } from '../../accounts';
import { PATHS } from '../paths';
import { listMyAppointments } from './use-cases/list-my-appointments';
import { MyAppointmentsPage } from './views/my-appointments';

const CRUMBS: Crumb[] = [
  { href: '/', label: 'Startseite' },
  { href: ACCOUNT_PATHS.account, label: 'Mein Konto' },
];

/** "Meine Termine" in the citizen account (login required; personal pages are never stored by caches). */
export function accountRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.get(PATHS.account, { preHandler: requireLogin }, async (request, reply) => {
    const appointments = await listMyAppointments(signedIn(request), deps);
    return reply
      .header('cache-control', 'private, no-store')
      .page({ title: 'Meine Termine', breadcrumbs: CRUMBS, body: <MyAppointmentsPage appointments={appointments} /> });
  });
}
