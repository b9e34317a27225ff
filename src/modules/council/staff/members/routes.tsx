import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FieldErrors } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { WORKSPACE_CRUMB } from '../../../../kernel/views';
import { STAFF_ENTRY_PATHS } from '../../paths';
import { formValues } from '../entry/form-values';
import { linkMember } from './use-cases/link-member';
import { showMembers } from './use-cases/show-members';
import { unlinkMember } from './use-cases/unlink-member';
import { MemberListPage } from './views/member-list';

/** /verwaltung/rat/ratsmitglieder: the linked accounts, link and unlink. */
export function registerMemberRoutes(app: FastifyInstance, deps: Pick<ModuleDeps, 'db'>): void {
  async function list(request: FastifyRequest, errors?: FieldErrors) {
    const page = await showMembers(request.user, deps);
    return {
      title: 'Ratsmitglieder',
      breadcrumbs: [WORKSPACE_CRUMB],
      workspace: true,
      hasErrors: errors !== undefined,
      body: <MemberListPage {...page} values={errors ? formValues(request.body) : undefined} errors={errors} />,
    };
  }

  app.get(STAFF_ENTRY_PATHS.members, async (request, reply) => reply.page(await list(request)));

  app.post(STAFF_ENTRY_PATHS.members, async (request, reply) => {
    const linked = await linkMember(request.user, { body: request.body, ip: request.ip }, deps);
    if (!linked.ok) return reply.page(await list(request, linked.errors));
    reply.flash(`Das Konto ${linked.email} ist als ${linked.personName} verknüpft.`);
    return reply.redirect(STAFF_ENTRY_PATHS.members, 303);
  });

  app.post(STAFF_ENTRY_PATHS.unlinkMember(':userId'), async (request: FastifyRequest<{ Params: { userId: string } }>, reply) => {
    await unlinkMember(request.user, { userId: request.params.userId, ip: request.ip }, deps);
    reply.flash('Die Verknüpfung ist gelöst. Das Konto sieht nur noch, was alle sehen.');
    return reply.redirect(STAFF_ENTRY_PATHS.members, 303);
  });
}
