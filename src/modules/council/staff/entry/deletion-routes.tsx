import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ModuleDeps } from '../../../../kernel/module';
import { WORKSPACE_CRUMB } from '../../../../kernel/views';
import { STAFF_ENTRY_PATHS } from '../../paths';
import { DELETABLE_KINDS } from './deletable';
import { deleteEntry, openDeletion } from './delete-entry';
import { DeletionConfirmPage } from './deletion-page';

type WithId = FastifyRequest<{ Params: { id: string } }>;

/** The confirmation page and the soft deletion, for every kind of object entered here. */
export function registerDeletionRoutes(app: FastifyInstance, deps: Pick<ModuleDeps, 'db'>): void {
  for (const kind of DELETABLE_KINDS) {
    app.get(STAFF_ENTRY_PATHS.deleteObject(kind, ':id'), async (request: WithId, reply) => {
      const page = await openDeletion(request.user, { kind, id: request.params.id }, deps);
      return reply.page({
        title: `${page.name} löschen`,
        breadcrumbs: [WORKSPACE_CRUMB, { href: page.back, label: page.name || 'Zurück' }],
        workspace: true,
        body: <DeletionConfirmPage {...page} />,
      });
    });
    app.post(STAFF_ENTRY_PATHS.deleteObject(kind, ':id'), async (request: WithId, reply) => {
      const page = await deleteEntry(request.user, { kind, id: request.params.id, ip: request.ip }, deps);
      reply.flash(`Gelöscht: ${page.name}`);
      return reply.redirect(page.back, 303);
    });
  }
}
