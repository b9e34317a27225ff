import type { FastifyInstance } from 'fastify';
import { traceQueries, type TracedQuery } from '../db';

declare module 'fastify' {
  interface FastifyRequest {
    tracedQueries?: TracedQuery[];
  }
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/**
 * TRACE_QUERIES=true (development and `npm run profile`, never needed in production): every request
 * runs inside a query trace; the answer carries `Server-Timing: db;dur=…;desc="N queries"` (shown by
 * the browser's developer tools) and the log gets one `query trace` line per request with each
 * statement and its time.
 */
export function registerQueryTrace(app: FastifyInstance): void {
  // Callback style: the rest of the request's lifecycle runs inside the trace's async context.
  app.addHook('onRequest', (request, _reply, done) => {
    const queries: TracedQuery[] = [];
    request.tracedQueries = queries;
    traceQueries(queries, done);
  });
  app.addHook('onSend', async (request, reply) => {
    const queries = request.tracedQueries ?? [];
    const total = queries.reduce((sum, query) => sum + query.ms, 0);
    reply.header('server-timing', `db;dur=${round(total)};desc="${queries.length} queries"`);
  });
  app.addHook('onResponse', async (request, reply) => {
    const queries = (request.tracedQueries ?? []).map((query) => ({ ms: round(query.ms), sql: query.sql.replace(/\s+/g, ' ').trim() }));
    request.log.info({ url: request.url, status: reply.statusCode, queries }, 'query trace');
  });
}
