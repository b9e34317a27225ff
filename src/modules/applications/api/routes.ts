import type { FastifyInstance, FastifyRequest } from 'fastify';
import { authenticateApiToken, type ApiClient } from '../../../kernel/auth';
import { AppError, errors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { sendFile } from '../../../kernel/files';
import { readAuthorizedFile } from '../attachments';
import { PATHS } from '../paths';
import { findApplication, type ApplicationRow } from '../repository';
import { handoverDocument } from './handover';
import { openApiDocument } from './openapi';
import { listForApi } from './repository';
import { ApiListQuerySchema, encodeCursor } from './schemas';

declare module 'fastify' {
  interface FastifyRequest {
    apiClient?: ApiClient;
  }
}

const unauthorized = () =>
  new AppError('unauthorized', { status: 401, userMessage: 'Ein gültiger API-Schlüssel fehlt: senden Sie "Authorization: Bearer <schlüssel>".' });

/** A department's token sees its department only; a portal-wide token (no department) sees all. */
function mayRead(client: ApiClient, application: ApplicationRow): boolean {
  return application.status !== 'draft' && (client.departmentId === null || client.departmentId === application.departmentId);
}

function client(request: FastifyRequest): ApiClient {
  if (!request.apiClient) throw unauthorized();
  return request.apiClient;
}

/**
 * `/api/v1`: the handover of submitted applications to specialist software (Fachverfahren),
 * authenticated by per-department bearer tokens (`npm run cli -- token:create --department …`).
 * Documented in `openapi.ts`, served at `/api/v1/openapi.json`.
 */
export function registerApiRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.register(async (api) => {
    api.addHook('onRequest', async (request, reply) => {
      if (request.url.split('?')[0] === PATHS.apiOpenApi) return;
      const authenticated = await authenticateApiToken(deps.db, request.headers.authorization);
      if (!authenticated) {
        reply.header('www-authenticate', 'Bearer realm="stadtportal"');
        throw unauthorized();
      }
      request.apiClient = authenticated;
      reply.header('cache-control', 'no-store');
    });

    api.get(PATHS.apiOpenApi, { config: { csrf: false } }, (_request, reply) => reply.type('application/json').send(openApiDocument(deps.config)));

    api.get(PATHS.apiApplications, { config: { csrf: false } }, async (request) => {
      const parsed = ApiListQuerySchema.safeParse(request.query);
      if (!parsed.success) {
        throw errors.validation(Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join('.') || 'query', issue.message])));
      }
      const { limit, status, submittedSince, cursor } = parsed.data;
      const rows = await listForApi(deps.db, {
        departmentId: client(request).departmentId,
        limit,
        ...(status ? { status: status as ApplicationRow['status'] } : {}),
        ...(submittedSince ? { submittedSince } : {}),
        ...(cursor ? { after: cursor } : {}),
      });
      const last = rows.at(-1);
      return {
        items: rows.map((row) => ({
          id: row.id,
          reference: row.reference,
          status: row.status,
          serviceSlug: row.serviceSlug,
          departmentId: row.departmentId,
          submittedAt: row.submittedAt?.toISOString() ?? null,
          updatedAt: row.updatedAt.toISOString(),
          href: `${deps.config.baseUrl}${PATHS.apiApplication(row.id)}`,
        })),
        next: rows.length === limit && last?.submittedAt ? encodeCursor(last.submittedAt, last.id) : null,
      };
    });

    api.get<{ Params: { id: string } }>('/api/v1/applications/:id', { config: { csrf: false } }, async (request) => {
      const application = await findApplication(deps.db, request.params.id);
      if (!application || !mayRead(client(request), application)) throw errors.notFoundOrForbidden('Der Antrag');
      return handoverDocument(deps, application);
    });

    api.get<{ Params: { id: string; fileId: string } }>('/api/v1/applications/:id/files/:fileId', { config: { csrf: false } }, async (request, reply) => {
      const application = await findApplication(deps.db, request.params.id);
      if (!application || !mayRead(client(request), application)) throw errors.notFoundOrForbidden('Die Datei');
      // mayRead admitted portal-wide tokens too; the file check then runs for the application's own department.
      const access = { applicationId: application.id, fileId: request.params.fileId, as: 'api', apiDepartmentId: application.departmentId } as const;
      const { row, body } = await readAuthorizedFile(deps, null, access);
      return sendFile(reply, row, body);
    });
  });
}
