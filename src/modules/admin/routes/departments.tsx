import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parseForm, type FieldErrors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { ADMIN_PATHS } from '../paths';
import { adminCrumbs } from '../presenters';
import { departmentSchema } from '../schemas';
import { createDepartment, showDepartments } from '../use-cases';
import { DepartmentsPage } from '../views';
import { contextOf, stringValues } from './helpers';

async function renderDepartments(request: FastifyRequest, reply: FastifyReply, deps: ModuleDeps, values: Record<string, string> = {}, errors?: FieldErrors) {
  return reply.page({
    title: 'Fachbereiche',
    body: <DepartmentsPage rows={await showDepartments(request.user, deps)} values={values} errors={errors} />,
    breadcrumbs: adminCrumbs(),
    hasErrors: errors !== undefined,
    workspace: true,
  });
}

/** Fachbereiche: the list and, below it, the form for a new one. */
export function departmentRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.get(ADMIN_PATHS.departments, async (request, reply) => renderDepartments(request, reply, deps));

  app.post(ADMIN_PATHS.departments, async (request, reply) => {
    const parsed = parseForm(departmentSchema, request.body);
    const outcome = parsed.ok ? await createDepartment(request.user, parsed.data, contextOf(request, deps)) : parsed;
    if (!outcome.ok) return renderDepartments(request, reply, deps, stringValues(request.body), outcome.errors);
    reply.flash(`Der Fachbereich „${parsed.ok ? parsed.data.name : ''}“ wurde angelegt.`);
    return reply.redirect(ADMIN_PATHS.departments, 303);
  });
}
