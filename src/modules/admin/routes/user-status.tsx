import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FieldErrors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { ADMIN_PATHS } from '../paths';
import { adminCrumbs } from '../presenters';
import { openUserAccount, setUserDisabled } from '../use-cases';
import { ConfirmDisablePage } from '../views';
import { contextOf } from './helpers';

type WithId = { Params: { id: string } };

async function renderConfirm(request: FastifyRequest<WithId>, reply: FastifyReply, deps: ModuleDeps, disable: boolean, errors?: FieldErrors) {
  const { user } = await openUserAccount(request.user, request.params.id, deps);
  return reply.page({
    title: disable ? 'Konto sperren?' : 'Konto entsperren?',
    body: <ConfirmDisablePage user={user} disable={disable} errors={errors} />,
    breadcrumbs: adminCrumbs({ href: ADMIN_PATHS.users, label: 'Benutzerkonten' }, { href: ADMIN_PATHS.user(user.id), label: user.displayName }),
    hasErrors: errors !== undefined,
    workspace: true,
  });
}

/** Disabling and enabling, each behind a confirmation page (GET shows it, POST does it). */
export function userStatusRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  for (const [slug, disable] of [
    ['sperren', true],
    ['entsperren', false],
  ] as const) {
    app.get<WithId>(ADMIN_PATHS.userAction(':id', slug), async (request, reply) => renderConfirm(request, reply, deps, disable));

    app.post<WithId>(ADMIN_PATHS.userAction(':id', slug), async (request, reply) => {
      const outcome = await setUserDisabled(request.user, request.params.id, disable, contextOf(request, deps));
      if (!outcome.ok) return renderConfirm(request, reply, deps, disable, outcome.errors);
      const done = disable ? 'Das Konto ist gesperrt.' : 'Das Konto ist entsperrt.';
      reply.flash(outcome.changed ? done : `Keine Änderung: ${done}`);
      // Disabling one's own account ends the session: the start page is what is left to show.
      return reply.redirect(disable && request.params.id === request.user?.id ? '/' : ADMIN_PATHS.user(request.params.id), 303);
    });
  }
}
