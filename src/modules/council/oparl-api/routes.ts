import { createHash } from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ModuleDeps } from '../../../kernel/module';
import { OPARL_BASE } from '../paths';
import { OparlError, oparlErrors } from './errors';
import type { JsonObject } from './json';
import { parseObjectParameters } from './params';
import { listBodies, listOfBody, listOfOrganization } from './use-cases/list-objects';
import { serveFile } from './use-cases/serve-file';
import { showObject, showSystem } from './use-cases/show-object';

type Query = Record<string, unknown>;

/** Every answer is public data anyone may read from any origin (spec 2.6); none is personal. */
function allowEveryOrigin(reply: FastifyReply): void {
  reply.header('access-control-allow-origin', '*').header('cross-origin-resource-policy', 'cross-origin');
}

/** JSON in UTF-8 with an ETag of its bytes: a client that has them gets 304. */
function sendJson(request: FastifyRequest, reply: FastifyReply, object: JsonObject): FastifyReply {
  const body = JSON.stringify(object);
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  reply.header('etag', etag).header('cache-control', 'public, max-age=60');
  if (request.headers['if-none-match'] === etag) return reply.code(304).send();
  return reply.type('application/json; charset=utf-8').send(body);
}

function sendError(reply: FastifyReply, error: OparlError): FastifyReply {
  if (error.status === 405) reply.header('allow', 'GET, HEAD, OPTIONS');
  return reply.code(error.status).header('cache-control', 'no-store').type('application/json; charset=utf-8').send(JSON.stringify(error.body()));
}

/** Whatever else fails (a malformed query string, a kernel guard) still answers as an OParl Error object. */
function asOparlError(error: FastifyError | Error): OparlError {
  if (error instanceof OparlError) return error;
  const status = 'statusCode' in error ? error.statusCode : undefined;
  if (status && status >= 400 && status < 500) return new OparlError(400, 'Die Anfrage konnte nicht verarbeitet werden.');
  return new OparlError(400, 'Die Anfrage konnte nicht beantwortet werden.');
}

/** The OParl 1.1 server at /oparl/v1 (README "OParl server"): read-only, public, CORS for everyone. */
async function oparlApi(app: FastifyInstance, deps: ModuleDeps): Promise<void> {
  app.addHook('onRequest', async (_request, reply) => allowEveryOrigin(reply));
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const oparl = asOparlError(error);
    if (!(error instanceof OparlError)) request.log.error({ err: error }, 'oparl request failed');
    return sendError(reply, oparl);
  });
  app.setNotFoundHandler((_request, reply) => sendError(reply, oparlErrors.notFound()));

  app.get('/system', async (request, reply) => sendJson(request, reply, await showSystem(deps)));
  app.get<{ Querystring: Query }>('/body', async (request, reply) => sendJson(request, reply, await listBodies(request.query, deps)));
  app.get<{ Params: { type: string; id: string }; Querystring: Query }>('/:type/:id', async (request, reply) => {
    const object = await showObject(request.params.type, request.params.id, parseObjectParameters(request.query), deps);
    return sendJson(request, reply, object);
  });
  app.get<{ Params: { id: string; list: string }; Querystring: Query }>('/body/:id/:list', async (request, reply) =>
    sendJson(request, reply, await listOfBody(request.params.id, request.params.list, request.query, deps)),
  );
  app.get<{ Params: { id: string; list: string }; Querystring: Query }>('/organization/:id/:list', async (request, reply) =>
    sendJson(request, reply, await listOfOrganization(request.params.id, request.params.list, request.query, deps)),
  );
  const file = (disposition: 'inline' | 'attachment') => async (request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) => {
    const answer = await serveFile(request.params.id, disposition, deps);
    if (request.headers['if-none-match'] === answer.etag) {
      answer.body.destroy();
      return reply.code(304).header('etag', answer.etag).send();
    }
    return reply.headers(answer.headers).header('etag', answer.etag).send(answer.body);
  };
  app.get('/file/:id/access', file('inline'));
  app.get('/file/:id/download', file('attachment'));

  // CORS preflight, and a clear 405 for anything that would write (the API is read-only).
  app.options('/*', { config: { csrf: false } }, async (_request, reply) =>
    reply
      .code(204)
      .header('access-control-allow-methods', 'GET, HEAD, OPTIONS')
      .header('access-control-allow-headers', '*')
      .header('access-control-max-age', '86400')
      .send(),
  );
  app.route({
    method: ['POST', 'PUT', 'PATCH', 'DELETE'],
    url: '/*',
    config: { csrf: false },
    handler: async (request, reply) => sendError(reply, oparlErrors.methodNotAllowed(request.method)),
  });
}

export function oparlApiRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  // An encapsulated scope: its error and not-found handlers answer OParl Error objects under /oparl/v1 only.
  void app.register((scope) => oparlApi(scope, deps), { prefix: OPARL_BASE });
}
