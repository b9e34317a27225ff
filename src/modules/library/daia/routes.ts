import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ModuleDeps } from '../../../kernel/module';
import { LENDING_PATHS } from '../paths';
import { availability } from './availability';
import { parseDaiaQuery } from './query';

function send(reply: FastifyReply, status: number, body: unknown, callback: string | undefined) {
  reply.header('x-daia-version', '1.0.0').header('content-language', 'de').header('access-control-allow-origin', '*').header('cache-control', 'no-cache');
  if (callback) {
    return reply
      .code(status)
      .type('application/javascript; charset=utf-8')
      .send(`/**/${callback}(${JSON.stringify(body)});`);
  }
  return reply.code(status).type('application/json; charset=utf-8').send(JSON.stringify(body));
}

/** DAIA 1.0 at /bildung/buecherei/daia: availability of records and their copies for library tools (VuFind, union catalogues). */
export function daiaRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.get(LENDING_PATHS.daia, async (request, reply) => {
    const parsed = parseDaiaQuery((request.query ?? {}) as Record<string, unknown>);
    if (!parsed.ok) {
      const { status, error, description } = parsed.error;
      return send(reply, parsed.suppressResponseCodes ? 200 : status, { error, code: status, error_description: description }, undefined);
    }
    const { query } = parsed;
    if (query.remaining.length > 0) {
      reply.header('link', `<${deps.config.baseUrl}${LENDING_PATHS.daia}?id=${encodeURIComponent(query.remaining.join('|'))}&format=json>; rel="next"`);
    }
    return send(reply, 200, await availability(query, deps), query.callback);
  });
}
