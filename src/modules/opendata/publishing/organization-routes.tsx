import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parseForm, type FieldErrors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { ipOf, ORGANIZATION_CRUMBS, type WithId, type WithMember } from './page-support';
import { PUBLISHING_PATHS } from './paths';
import { submittedValues, type FormValues } from './presenters';
import { capacitySchema, memberSchema, organizationSchema, uploadLimitSchema } from './schemas';
import { addMember } from './use-cases/add-member';
import { changeMember } from './use-cases/change-member';
import { createOrganization } from './use-cases/create-organization';
import { listMyOrganizations } from './use-cases/list-organizations';
import { openMember } from './use-cases/open-member';
import { openOrganization } from './use-cases/open-organization';
import { openPublishing } from './use-cases/open-publishing';
import { setUploadLimit } from './use-cases/set-upload-limit';
import { ConfirmRemoveMemberPage, NewOrganizationPage, OrganizationPage, OrganizationsPage } from './views/organizations';

async function renderOrganization(
  request: FastifyRequest<{ Params: { id: string } }>,
  reply: FastifyReply,
  deps: ModuleDeps,
  values: FormValues = {},
  errors?: FieldErrors,
) {
  const opened = await openOrganization(request.user, { id: request.params.id }, deps);
  return reply.page({
    title: opened.organization.title,
    body: <OrganizationPage {...opened} values={values} errors={errors} />,
    breadcrumbs: ORGANIZATION_CRUMBS,
    hasErrors: errors !== undefined,
    workspace: true,
  });
}

function renderNew(reply: FastifyReply, values: FormValues = {}, errors?: FieldErrors) {
  return reply.page({
    title: 'Organisation anlegen',
    body: <NewOrganizationPage values={values} errors={errors} />,
    breadcrumbs: ORGANIZATION_CRUMBS,
    hasErrors: errors !== undefined,
    workspace: true,
  });
}

function backToOrganization(reply: FastifyReply, id: string, flash: string) {
  reply.flash(flash);
  return reply.redirect(PUBLISHING_PATHS.organization(id), 303);
}

/** "Organisationen": the person's organisations; their admins manage members, the portal's admins create them and set their upload limit. */
export function organizationRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.get(PUBLISHING_PATHS.organizations, async (request, reply) =>
    reply.page({
      title: 'Organisationen',
      body: <OrganizationsPage {...await listMyOrganizations(request.user, deps)} />,
      breadcrumbs: ORGANIZATION_CRUMBS.slice(0, 1),
      workspace: true,
    }),
  );

  app.get(PUBLISHING_PATHS.newOrganization, async (request, reply) => {
    await openPublishing(request.user, { organisation: true }, deps);
    return renderNew(reply);
  });

  app.post(PUBLISHING_PATHS.newOrganization, async (request, reply) => {
    await openPublishing(request.user, { organisation: true }, deps);
    const parsed = parseForm(organizationSchema, request.body);
    const outcome = parsed.ok ? await createOrganization(request.user, { ...parsed.data, ...ipOf(request) }, deps) : parsed;
    if (!outcome.ok) return renderNew(reply, submittedValues(request.body), outcome.errors);
    return backToOrganization(reply, outcome.organization.id, 'Die Organisation ist angelegt. Fügen Sie jetzt ihre Mitglieder hinzu.');
  });

  app.get<WithId>(PUBLISHING_PATHS.organization(':id'), (request, reply) => renderOrganization(request, reply, deps));

  // Two forms on the organisation's page: a new member, and (portal admins) the upload limit.
  app.post<WithId>(PUBLISHING_PATHS.organization(':id'), async (request, reply) => {
    const values = submittedValues(request.body);
    if (values.form === 'limit') {
      const parsed = parseForm(uploadLimitSchema, request.body);
      if (!parsed.ok) return renderOrganization(request, reply, deps, values, parsed.errors);
      await setUploadLimit(request.user, { id: request.params.id, bytes: parsed.data.uploadLimit, ...ipOf(request) }, deps);
      return backToOrganization(reply, request.params.id, 'Die Grenze für Dateien ist gespeichert.');
    }
    const parsed = parseForm(memberSchema, request.body);
    const outcome = parsed.ok ? await addMember(request.user, { id: request.params.id, ...parsed.data, ...ipOf(request) }, deps) : parsed;
    if (!outcome.ok) return renderOrganization(request, reply, deps, values, outcome.errors);
    return backToOrganization(reply, request.params.id, `${outcome.name} ist jetzt Mitglied.`);
  });

  app.post<WithMember>(PUBLISHING_PATHS.member(':id', ':userId'), async (request, reply) => {
    const parsed = parseForm(capacitySchema, request.body);
    const outcome = parsed.ok ? await changeMember(request.user, { ...request.params, ...parsed.data, ...ipOf(request) }, deps) : parsed;
    if (!outcome.ok) return renderOrganization(request, reply, deps, {}, outcome.errors);
    return backToOrganization(reply, request.params.id, `Die Rolle von ${outcome.name} ist geändert.`);
  });

  app.get<WithMember>(PUBLISHING_PATHS.removeMember(':id', ':userId'), async (request, reply) => {
    const opened = await openMember(request.user, request.params, deps);
    return reply.page({ title: 'Mitglied entfernen?', body: <ConfirmRemoveMemberPage {...opened} />, breadcrumbs: ORGANIZATION_CRUMBS, workspace: true });
  });

  app.post<WithMember>(PUBLISHING_PATHS.removeMember(':id', ':userId'), async (request, reply) => {
    const outcome = await changeMember(request.user, { ...request.params, capacity: null, ...ipOf(request) }, deps);
    if (!outcome.ok) return renderOrganization(request, reply, deps, {}, outcome.errors);
    return backToOrganization(reply, request.params.id, `${outcome.name} ist kein Mitglied mehr.`);
  });
}
