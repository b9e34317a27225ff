import type { FastifyInstance, FastifyReply } from 'fastify';
import { requireThat } from '../../../kernel/auth';
import type { Executor } from '../../../kernel/db';
import { parseForm, type FieldErrors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { canManageDepartments } from '../policies';
import { adminCrumbs } from '../presenters';
import { listDepartments } from '../repository';
import { departmentSchema } from '../schemas';
import { createDepartment } from '../use-cases';
import { DepartmentsPage } from '../views';
import { isValidationError, stringValues, useCaseContext } from './helpers';

async function renderDepartments(reply: FastifyReply, db: Executor, values: Record<string, string> = {}, errors?: FieldErrors) {
  return reply.page({
    title: 'Fachbereiche',
    body: <DepartmentsPage rows={await listDepartments(db)} values={values} errors={errors} />,
    breadcrumbs: adminCrumbs(),
    hasErrors: errors !== undefined,
    wide: true,
  });
}

/** Fachbereiche: the list and, below it, the form for a new one. */
export function departmentRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.get('/admin/bereiche', async (request, reply) => {
    requireThat(request.user, canManageDepartments);
    return renderDepartments(reply, deps.db);
  });

  app.post('/admin/bereiche', async (request, reply) => {
    requireThat(request.user, canManageDepartments);
    const parsed = parseForm(departmentSchema, request.body);
    if (!parsed.ok) return renderDepartments(reply, deps.db, parsed.values, parsed.errors);
    try {
      await createDepartment(request.user, parsed.data, useCaseContext(request, deps));
    } catch (error) {
      if (isValidationError(error)) return renderDepartments(reply, deps.db, stringValues(request.body), error.fields);
      throw error;
    }
    reply.flash(`Der Fachbereich „${parsed.data.name}“ wurde angelegt.`);
    return reply.redirect('/admin/bereiche', 303);
  });
}
