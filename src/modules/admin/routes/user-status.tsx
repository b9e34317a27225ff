import type { FastifyInstance, FastifyReply } from 'fastify';
import { requireThat } from '../../../kernel/auth';
import type { FieldErrors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { canManageUsers } from '../policies';
import { adminCrumbs } from '../presenters';
import type { UserDetail } from '../repository';
import { setUserDisabled } from '../use-cases';
import { ConfirmDisablePage } from '../views';
import { isValidationError, loadUser, useCaseContext } from './helpers';

type WithId = { Params: { id: string } };

function renderConfirm(reply: FastifyReply, user: UserDetail, disable: boolean, errors?: FieldErrors) {
  return reply.page({
    title: disable ? 'Konto sperren?' : 'Konto entsperren?',
    body: <ConfirmDisablePage user={user} disable={disable} errors={errors} />,
    breadcrumbs: adminCrumbs({ href: '/admin/benutzer', label: 'Benutzerkonten' }, { href: `/admin/benutzer/${user.id}`, label: user.displayName }),
    hasErrors: errors !== undefined,
  });
}

/** Disabling and enabling, each behind a confirmation page (GET shows it, POST does it). */
export function userStatusRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  for (const [slug, disable] of [
    ['sperren', true],
    ['entsperren', false],
  ] as const) {
    app.get<WithId>(`/admin/benutzer/:id/${slug}`, async (request, reply) => {
      requireThat(request.user, canManageUsers);
      return renderConfirm(reply, await loadUser(deps.db, request.params.id), disable);
    });

    app.post<WithId>(`/admin/benutzer/:id/${slug}`, async (request, reply) => {
      requireThat(request.user, canManageUsers);
      const user = await loadUser(deps.db, request.params.id);
      try {
        const changed = await setUserDisabled(request.user, user.id, disable, useCaseContext(request, deps));
        const done = disable ? 'Das Konto ist gesperrt.' : 'Das Konto ist entsperrt.';
        reply.flash(changed ? done : `Keine Änderung: ${done}`);
        // Disabling one's own account ends the session: the start page is what is left to show.
        return reply.redirect(disable && user.id === request.user.id ? '/' : `/admin/benutzer/${user.id}`, 303);
      } catch (error) {
        if (isValidationError(error)) return renderConfirm(reply, user, disable, error.fields);
        throw error;
      }
    });
  }
}
