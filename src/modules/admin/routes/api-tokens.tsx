import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parseForm, type FieldErrors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { ADMIN_PATHS } from '../paths';
import { adminCrumbs } from '../presenters';
import { apiTokenSchema } from '../schemas';
import { createApiAccess, openApiAccess, revokeApiAccess, showApiAccesses, showDepartments } from '../use-cases';
import { ApiTokenCreatedPage, ApiTokensPage, ConfirmRevokePage, NewApiTokenPage } from '../views';
import { contextOf, stringValues } from './helpers';

type WithId = { Params: { id: string } };

const CRUMBS = adminCrumbs({ href: ADMIN_PATHS.apiTokens, label: 'API-Zugänge' });

async function renderNew(request: FastifyRequest, reply: FastifyReply, deps: ModuleDeps, values: Record<string, string> = {}, errors?: FieldErrors) {
  const departments = (await showDepartments(request.user, deps)).map((row) => ({ value: row.id, label: row.name }));
  return reply.page({
    title: 'API-Zugang anlegen',
    body: <NewApiTokenPage departments={departments} values={values} errors={errors} />,
    breadcrumbs: CRUMBS,
    hasErrors: errors !== undefined,
    workspace: true,
  });
}

/** API access for Fachverfahren: list, create (the key is shown once), revoke behind a confirmation page. */
export function apiTokenRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.get(ADMIN_PATHS.apiTokens, async (request, reply) =>
    reply.page({ title: 'API-Zugänge', body: <ApiTokensPage rows={await showApiAccesses(request.user, deps)} />, breadcrumbs: adminCrumbs(), workspace: true }),
  );

  app.get(ADMIN_PATHS.newApiToken, async (request, reply) => renderNew(request, reply, deps));

  app.post(ADMIN_PATHS.newApiToken, async (request, reply) => {
    const parsed = parseForm(apiTokenSchema, request.body);
    const outcome = parsed.ok ? await createApiAccess(request.user, parsed.data, contextOf(request, deps)) : parsed;
    if (!outcome.ok || !parsed.ok) return renderNew(request, reply, deps, stringValues(request.body), outcome.ok ? undefined : outcome.errors);
    // Shown in the answer to the POST, never in a URL or a flash cookie; no cache may keep it.
    reply.header('cache-control', 'no-store');
    return reply.page({
      title: 'API-Zugang angelegt',
      body: <ApiTokenCreatedPage name={parsed.data.name} token={outcome.token} baseUrl={deps.config.baseUrl} />,
      breadcrumbs: CRUMBS,
      workspace: true,
    });
  });

  app.get<WithId>(ADMIN_PATHS.revokeApiToken(':id'), async (request, reply) => {
    const row = await openApiAccess(request.user, request.params.id, deps);
    return reply.page({ title: 'API-Zugang widerrufen?', body: <ConfirmRevokePage row={row} />, breadcrumbs: CRUMBS, workspace: true });
  });

  app.post<WithId>(ADMIN_PATHS.revokeApiToken(':id'), async (request, reply) => {
    const { revoked, name } = await revokeApiAccess(request.user, request.params.id, contextOf(request, deps));
    reply.flash(revoked ? `Der API-Zugang „${name}“ ist widerrufen.` : `Der API-Zugang „${name}“ war schon widerrufen.`);
    return reply.redirect(ADMIN_PATHS.apiTokens, 303);
  });
}
