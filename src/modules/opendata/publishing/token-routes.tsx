import type { FastifyInstance, FastifyReply } from 'fastify';
import { parseForm, type FieldErrors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { ipOf, TOKEN_CRUMBS, type WithId } from './page-support';
import { PUBLISHING_PATHS } from './paths';
import { submittedValues, type FormValues } from './presenters';
import { tokenSchema } from './schemas';
import { issueCkanToken } from './use-cases/issue-ckan-token';
import { listCkanTokens } from './use-cases/list-ckan-tokens';
import { openPublishing } from './use-cases/open-publishing';
import { revokeCkanToken } from './use-cases/revoke-ckan-token';
import { ConfirmRevokeTokenPage, NewTokenPage, TokenCreatedPage, TokensPage } from './views/tokens';

function renderNew(reply: FastifyReply, values: FormValues = {}, errors?: FieldErrors) {
  return reply.page({
    title: 'API-Schlüssel anlegen',
    body: <NewTokenPage values={values} errors={errors} />,
    breadcrumbs: TOKEN_CRUMBS,
    hasErrors: errors !== undefined,
    workspace: true,
  });
}

/** "API-Schlüssel": a person's own keys for the CKAN API: list, create (the key shown once), revoke behind a confirmation page. */
export function tokenRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.get(PUBLISHING_PATHS.tokens, async (request, reply) =>
    reply.page({
      title: 'API-Schlüssel',
      body: <TokensPage rows={await listCkanTokens(request.user, deps)} />,
      breadcrumbs: TOKEN_CRUMBS.slice(0, 1),
      workspace: true,
    }),
  );

  app.get(PUBLISHING_PATHS.newToken, async (request, reply) => {
    await openPublishing(request.user, {}, deps);
    return renderNew(reply);
  });

  app.post(PUBLISHING_PATHS.newToken, async (request, reply) => {
    await openPublishing(request.user, {}, deps);
    const parsed = parseForm(tokenSchema, request.body);
    if (!parsed.ok) return renderNew(reply, submittedValues(request.body), parsed.errors);
    const { token } = await issueCkanToken(
      request.user,
      { name: parsed.data.name, scope: parsed.data.scope, expiresAt: parsed.data.expires, ...ipOf(request) },
      deps,
    );
    // Shown in the answer to the POST, never in a URL or a flash cookie; no cache may keep it.
    reply.header('cache-control', 'no-store');
    return reply.page({
      title: 'API-Schlüssel angelegt',
      body: <TokenCreatedPage name={parsed.data.name} token={token} baseUrl={deps.config.baseUrl} />,
      breadcrumbs: TOKEN_CRUMBS,
      workspace: true,
    });
  });

  app.get<WithId>(PUBLISHING_PATHS.revokeToken(':id'), async (request, reply) => {
    const row = await revokeCkanToken(request.user, { id: request.params.id, revoke: false }, deps);
    return reply.page({ title: 'API-Schlüssel widerrufen?', body: <ConfirmRevokeTokenPage row={row} />, breadcrumbs: TOKEN_CRUMBS, workspace: true });
  });

  app.post<WithId>(PUBLISHING_PATHS.revokeToken(':id'), async (request, reply) => {
    const row = await revokeCkanToken(request.user, { id: request.params.id, revoke: true, ...ipOf(request) }, deps);
    reply.flash(`Der API-Schlüssel „${row.name}“ ist widerrufen.`);
    return reply.redirect(PUBLISHING_PATHS.tokens, 303);
  });
}
