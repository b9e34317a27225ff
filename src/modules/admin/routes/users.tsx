import type { FastifyInstance, FastifyReply } from 'fastify';
import { requireThat } from '../../../kernel/auth';
import { parseForm, type FieldErrors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { canManageUsers } from '../policies';
import { adminCrumbs, pageCount } from '../presenters';
import { listUsers } from '../repository';
import { newUserSchema, PAGE_SIZE, userFilterSchema } from '../schemas';
import { createStaffUser } from '../use-cases';
import { NewUserPage, UsersPage, type AccessOptions, type NewUserValues } from '../views';
import { accessOptions, choicesOf, isValidationError, listValue, stringValues, useCaseContext, type PermissionCatalogue } from './helpers';

const LIST_CRUMBS = adminCrumbs();
const NEW_CRUMBS = adminCrumbs({ href: '/admin/benutzer', label: 'Benutzerkonten' });

function renderNewUser(reply: FastifyReply, options: AccessOptions, values: NewUserValues, errors?: FieldErrors) {
  return reply.page({
    title: 'Konto für Mitarbeitende anlegen',
    body: <NewUserPage values={values} errors={errors} options={options} />,
    breadcrumbs: NEW_CRUMBS,
    hasErrors: errors !== undefined,
  });
}

function submittedNewUser(body: unknown): NewUserValues {
  return { ...stringValues(body), departments: listValue(body, 'departments'), permissions: listValue(body, 'permissions') };
}

/** The account list (search, role filter, 50 per page) and the form for new staff accounts. */
export function userRoutes(app: FastifyInstance, deps: ModuleDeps, permissions: PermissionCatalogue): void {
  app.get('/admin/benutzer', async (request, reply) => {
    requireThat(request.user, canManageUsers);
    const values = stringValues(request.query);
    const parsed = parseForm(userFilterSchema, request.query);
    const { page, ...filter } = parsed.ok ? parsed.data : { page: 1 };
    const result = parsed.ok ? await listUsers(deps.db, filter, { page, pageSize: PAGE_SIZE }) : { rows: [], total: 0 };
    const pages = pageCount(result.total, PAGE_SIZE);
    return reply.page({
      title: 'Benutzerkonten',
      body: <UsersPage result={result} page={page} pageCount={pages} values={values} errors={parsed.ok ? undefined : parsed.errors} />,
      breadcrumbs: LIST_CRUMBS,
      hasErrors: !parsed.ok,
      wide: true,
    });
  });

  app.get('/admin/benutzer/neu', async (request, reply) => {
    requireThat(request.user, canManageUsers);
    return renderNewUser(reply, await accessOptions(deps.db, permissions), { role: 'staff', departments: [], permissions: [] });
  });

  app.post('/admin/benutzer/neu', async (request, reply) => {
    requireThat(request.user, canManageUsers);
    const options = await accessOptions(deps.db, permissions);
    const parsed = parseForm(newUserSchema(choicesOf(options)), request.body);
    if (!parsed.ok) return renderNewUser(reply, options, submittedNewUser(request.body), parsed.errors);
    try {
      const { user } = await createStaffUser(request.user, parsed.data, useCaseContext(request, deps));
      reply.flash(`Das Konto wurde angelegt. ${user.email} bekommt eine E-Mail mit einem Link, um das Passwort festzulegen.`);
      return reply.redirect(`/admin/benutzer/${user.id}`, 303);
    } catch (error) {
      if (isValidationError(error)) return renderNewUser(reply, options, submittedNewUser(request.body), error.fields);
      throw error;
    }
  });
}
