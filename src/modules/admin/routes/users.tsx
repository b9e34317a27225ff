import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parseForm, type FieldErrors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { ADMIN_PATHS } from '../paths';
import { adminCrumbs, pageCount } from '../presenters';
import { newUserSchema, PAGE_SIZE, userFilterSchema } from '../schemas';
import { createStaffUser, loadAccessOptions, showUsers } from '../use-cases';
import { NewUserPage, UsersPage, type NewUserValues } from '../views';
import { contextOf, listValue, stringValues } from './helpers';

const NEW_CRUMBS = adminCrumbs({ href: ADMIN_PATHS.users, label: 'Benutzerkonten' });

async function renderNewUser(request: FastifyRequest, reply: FastifyReply, deps: ModuleDeps, values: NewUserValues, errors?: FieldErrors) {
  return reply.page({
    title: 'Konto für Mitarbeitende anlegen',
    body: <NewUserPage values={values} errors={errors} options={await loadAccessOptions(request.user, deps)} />,
    breadcrumbs: NEW_CRUMBS,
    hasErrors: errors !== undefined,
    workspace: true,
  });
}

function submittedNewUser(body: unknown): NewUserValues {
  return { ...stringValues(body), departments: listValue(body, 'departments'), permissions: listValue(body, 'permissions') };
}

/** The account list (search, role and status filter, 50 per page) and the form for new staff accounts. */
export function userRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.get(ADMIN_PATHS.users, async (request, reply) => {
    const parsed = parseForm(userFilterSchema, request.query);
    const input = parsed.ok ? parsed.data : { page: 1 };
    const result = await showUsers(request.user, input, deps);
    const shown = parsed.ok ? result : { rows: [], total: 0 };
    return reply.page({
      title: 'Benutzerkonten',
      body: (
        <UsersPage
          result={shown}
          page={input.page}
          pageCount={pageCount(shown.total, PAGE_SIZE)}
          values={stringValues(request.query)}
          errors={parsed.ok ? undefined : parsed.errors}
        />
      ),
      breadcrumbs: adminCrumbs(),
      hasErrors: !parsed.ok,
      workspace: true,
    });
  });

  app.get(ADMIN_PATHS.newUser, async (request, reply) => renderNewUser(request, reply, deps, { role: 'staff', departments: [], permissions: [] }));

  app.post(ADMIN_PATHS.newUser, async (request, reply) => {
    const parsed = parseForm(newUserSchema, request.body);
    const outcome = parsed.ok ? await createStaffUser(request.user, parsed.data, contextOf(request, deps)) : parsed;
    if (!outcome.ok) return renderNewUser(request, reply, deps, submittedNewUser(request.body), outcome.errors);
    reply.flash(`Das Konto wurde angelegt. ${outcome.user.email} bekommt eine E-Mail mit einem Link, um das Passwort festzulegen.`);
    return reply.redirect(ADMIN_PATHS.user(outcome.user.id), 303);
  });
}
