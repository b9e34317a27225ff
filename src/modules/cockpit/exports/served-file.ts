import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { cachedQuery, type Executor } from '../../../kernel/db';
import type { ModuleDeps } from '../../../kernel/module';

/** A file as served: its bytes and their ETag. */
interface ServedFile {
  body: string;
  etag: string;
}

export interface PublicFile {
  path: string;
  mediaType: string;
  fileName: string;
  /** Every table the body is read from: it is kept in memory until one of them changes. */
  tables: readonly string[];
  render: (db: Executor, baseUrl: string) => Promise<string>;
}

/**
 * A public file anyone may fetch (open data, the exchange feed): rendered once and kept until a table
 * it shows changes, with an ETag (304 to a client that has it) and CORS open, so another town's
 * portal or a browser app may read it.
 */
export function servePublicFile(app: FastifyInstance, deps: Pick<ModuleDeps, 'db' | 'config'>, file: PublicFile): void {
  const load = cachedQuery({ tables: file.tables, maxEntries: 2 }, async (db, baseUrl): Promise<ServedFile> => {
    const body = await file.render(db, baseUrl);
    return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
  });
  app.get(file.path, async (request, reply) => {
    const served = await load(deps.db, deps.config.baseUrl);
    reply.header('etag', served.etag).header('cache-control', 'public, max-age=60').header('access-control-allow-origin', '*');
    if (request.headers['if-none-match'] === served.etag) return reply.code(304).send();
    return reply.type(file.mediaType).header('content-disposition', `inline; filename="${file.fileName}"`).send(served.body);
  });
}
