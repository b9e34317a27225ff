import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parseForm, type FieldErrors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { ADMIN_PATHS } from '../paths';
import { adminCrumbs, withActionLabels } from '../presenters';
import { accessSchema } from '../schemas';
import { changeUserAccess, openUserAccount, resendSetPasswordLink } from '../use-cases';
import { UserDetailPage, type AccessValues } from '../views';
import { contextOf, listValue, stringValues } from './helpers';

type WithId = { Params: { id: string } };

const CRUMBS = adminCrumbs({ href: ADMIN_PATHS.users, label: 'Benutzerkonten' });

async function renderDetail(request: FastifyRequest<WithId>, reply: FastifyReply, deps: ModuleDeps, values?: AccessValues, errors?: FieldErrors) {
  const { user, options, history } = await openUserAccount(request.user, request.params.id, deps);
  const shown = values ?? { role: user.role, departments: user.departments, permissions: user.permissions };
  return reply.page({
    title: `Konto: ${user.displayName}`,
    body: <UserDetailPage user={user} options={options} values={shown} history={withActionLabels(history, deps.modules)} errors={errors} />,
    breadcrumbs: CRUMBS,
    hasErrors: errors !== undefined,
    workspace: true,
  });
}

function submittedAccess(body: unknown): AccessValues {
  return { role: stringValues(body).role, departments: listValue(body, 'departments'), permissions: listValue(body, 'permissions') };
}

/** One account: its facts, the change form for role and access, a new set-password link, its history. */
export function userDetailRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.get<WithId>(ADMIN_PATHS.user(':id'), async (request, reply) => renderDetail(request, reply, deps));

  app.post<WithId>(ADMIN_PATHS.user(':id'), async (request, reply) => {
    const parsed = parseForm(accessSchema, request.body);
    const outcome = parsed.ok ? await changeUserAccess(request.user, request.params.id, parsed.data, contextOf(request, deps)) : parsed;
    if (!outcome.ok) return renderDetail(request, reply, deps, submittedAccess(request.body), outcome.errors);
    reply.flash(outcome.changed.length ? 'Die Änderungen wurden gespeichert.' : 'Es gab nichts zu ändern.');
    // An admin who stepped down may no longer open this page; the workspace shows what is left.
    const steppedDown = request.params.id === request.user?.id && parsed.ok && parsed.data.role !== 'admin';
    return reply.redirect(steppedDown ? ADMIN_PATHS.workspace : ADMIN_PATHS.user(request.params.id), 303);
  });

  app.post<WithId>(ADMIN_PATHS.userAction(':id', 'passwort-link'), async (request, reply) => {
    const outcome = await resendSetPasswordLink(request.user, request.params.id, contextOf(request, deps));
    if (!outcome.ok) return renderDetail(request, reply, deps, undefined, outcome.errors);
    reply.flash(`${outcome.email} bekommt eine E-Mail mit einem neuen Link, um das Passwort festzulegen.`);
    return reply.redirect(ADMIN_PATHS.user(request.params.id), 303);
  });
}
