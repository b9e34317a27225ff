import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ModuleDeps } from '../../../kernel/module';
import type { Crumb } from '../../../kernel/views';
import { ACCOUNT_PATHS } from '../../accounts';
import { findServiceForApplication } from '../../services';
import { PATHS } from '../paths';
import { loadOwnApplication, requireLogin, signedIn } from './access';
import { deleteDraft } from './use-cases/delete-draft';
import { listMyApplications } from './use-cases/list-my-applications';
import { DeleteDraftPage } from './views/delete-draft';
import { MyApplicationsPage } from './views/my-applications';

export const MINE_CRUMBS: Crumb[] = [
  { href: '/', label: 'Startseite' },
  { href: '/konto', label: 'Mein Konto' },
  { href: PATHS.mine, label: 'Meine Anträge' },
];

type IdRequest = FastifyRequest<{ Params: { id: string } }>;

/** Personal pages are never stored by caches. */
const PRIVATE = 'private, no-store';

export function registerListRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db } = deps;
  const guarded = { preHandler: requireLogin };

  app.get(PATHS.mine, guarded, async (request, reply) => {
    const applications = await listMyApplications(db, signedIn(request));
    return reply
      .header('cache-control', PRIVATE)
      .page({ title: 'Meine Anträge', breadcrumbs: MINE_CRUMBS.slice(0, 2), body: <MyApplicationsPage applications={applications} /> });
  });

  // The Anträge are part of the one portal-wide archive on "Mein Konto" now; old links and bookmarks go there.
  app.get(PATHS.personalData, async (_request, reply) => reply.redirect(ACCOUNT_PATHS.myData, 301));

  app.get(PATHS.mineDelete(':id'), guarded, async (request: IdRequest, reply) => {
    const draft = await loadOwnApplication(db, signedIn(request), request.params.id);
    if (draft.status !== 'draft') return reply.redirect(PATHS.mineDetail(draft.id), 303);
    const service = await findServiceForApplication(db, draft.serviceSlug);
    return reply.page({
      title: 'Entwurf löschen',
      breadcrumbs: MINE_CRUMBS,
      body: <DeleteDraftPage draft={draft} serviceName={service?.name ?? draft.serviceSlug} />,
    });
  });

  app.post(PATHS.mineDelete(':id'), guarded, async (request: IdRequest, reply) => {
    const deleted = await deleteDraft(deps, signedIn(request), { id: request.params.id, ip: request.ip });
    if (!deleted) return reply.flash('Dieser Antrag ist kein Entwurf mehr und wurde nicht gelöscht.').redirect(PATHS.mineDetail(request.params.id), 303);
    return reply.flash('Der Entwurf wurde gelöscht.').redirect(PATHS.mine, 303);
  });
}
