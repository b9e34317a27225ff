import type { FastifyInstance, FastifyReply } from 'fastify';
import { requireThat } from '../../../kernel/auth';
import type { Executor } from '../../../kernel/db';
import { parseForm, type FieldErrors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { canManageUsers } from '../policies';
import { adminCrumbs } from '../presenters';
import { historyOf, type UserDetail } from '../repository';
import { accessSchema } from '../schemas';
import { changeUserAccess, resendSetPasswordLink } from '../use-cases';
import { UserDetailPage, type AccessOptions, type AccessValues } from '../views';
import { accessOptions, choicesOf, isValidationError, listValue, loadUser, stringValues, useCaseContext, type PermissionCatalogue } from './helpers';

type WithId = { Params: { id: string } };

const CRUMBS = adminCrumbs({ href: '/admin/benutzer', label: 'Benutzerkonten' });

interface DetailView {
  user: UserDetail;
  options: AccessOptions;
  values?: AccessValues;
  errors?: FieldErrors;
}

async function renderDetail(reply: FastifyReply, db: Executor, { user, options, values, errors }: DetailView) {
  const history = await historyOf(db, 'user', user.id);
  const shown = values ?? { role: user.role, departments: user.departments, permissions: user.permissions };
  return reply.page({
    title: `Konto: ${user.displayName}`,
    body: <UserDetailPage user={user} options={options} values={shown} history={history} errors={errors} />,
    breadcrumbs: CRUMBS,
    hasErrors: errors !== undefined,
    wide: true,
  });
}

function submittedAccess(body: unknown): AccessValues {
  return { role: stringValues(body).role, departments: listValue(body, 'departments'), permissions: listValue(body, 'permissions') };
}

/** One account: its facts, the change form for role and access, a new set-password link, its history. */
export function userDetailRoutes(app: FastifyInstance, deps: ModuleDeps, permissions: PermissionCatalogue): void {
  app.get<WithId>('/admin/benutzer/:id', async (request, reply) => {
    requireThat(request.user, canManageUsers);
    const user = await loadUser(deps.db, request.params.id);
    return renderDetail(reply, deps.db, { user, options: await accessOptions(deps.db, permissions) });
  });

  app.post<WithId>('/admin/benutzer/:id', async (request, reply) => {
    requireThat(request.user, canManageUsers);
    const user = await loadUser(deps.db, request.params.id);
    const options = await accessOptions(deps.db, permissions);
    const parsed = parseForm(accessSchema(choicesOf(options)), request.body);
    if (!parsed.ok) return renderDetail(reply, deps.db, { user, options, values: submittedAccess(request.body), errors: parsed.errors });
    try {
      const changed = await changeUserAccess(request.user, user.id, parsed.data, useCaseContext(request, deps));
      reply.flash(changed.length ? 'Die Änderungen wurden gespeichert.' : 'Es gab nichts zu ändern.');
      // An admin who stepped down may no longer open this page; the overview shows what is left.
      const steppedDown = user.id === request.user.id && parsed.data.role !== 'admin';
      return reply.redirect(steppedDown ? '/admin' : `/admin/benutzer/${user.id}`, 303);
    } catch (error) {
      if (isValidationError(error)) return renderDetail(reply, deps.db, { user, options, values: submittedAccess(request.body), errors: error.fields });
      throw error;
    }
  });

  app.post<WithId>('/admin/benutzer/:id/passwort-link', async (request, reply) => {
    requireThat(request.user, canManageUsers);
    const user = await loadUser(deps.db, request.params.id);
    try {
      await resendSetPasswordLink(request.user, user.id, useCaseContext(request, deps));
      reply.flash(`${user.email} bekommt eine E-Mail mit einem neuen Link, um das Passwort festzulegen.`);
      return reply.redirect(`/admin/benutzer/${user.id}`, 303);
    } catch (error) {
      if (isValidationError(error)) return renderDetail(reply, deps.db, { user, options: await accessOptions(deps.db, permissions), errors: error.fields });
      throw error;
    }
  });
}
