import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { ATOM_CONTENT_TYPE } from '../../../kernel/feeds/atom';
import { errors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { isRdfFormat } from '../dcat/serialize';
import { OPENDATA_PATHS } from '../paths';
import { exportCatalogPage, exportDataset, type RdfDocument } from './export-catalog';
import { datasetFeed } from './feed';
import { catalogueSitemap } from './sitemap';

/** Machine-readable documents may be read from any origin (harvesters, browser apps): they hold only public data. */
function sendDocument(reply: FastifyReply, document: RdfDocument): FastifyReply {
  return reply
    .header('content-type', document.contentType)
    .header('access-control-allow-origin', '*')
    .header('cache-control', 'public, max-age=60')
    .send(Readable.from(document.pieces));
}

/** The DCAT-AP.de catalogue and documents, the Atom feed and the sitemap. */
export function exportRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.get<{ Params: { format: string } }>('/catalog.:format', async (request, reply) => {
    if (!isRdfFormat(request.params.format)) throw errors.pageNotFound();
    return sendDocument(reply, await exportCatalogPage(request.params.format, request.query, deps));
  });

  // `/dataset/<name>.<format>`: CKAN names contain no dot, so the last dot separates the format.
  app.get<{ Params: { file: string } }>('/dataset/:file', async (request, reply) => {
    const dot = request.params.file.lastIndexOf('.');
    const format = request.params.file.slice(dot + 1);
    if (dot < 1 || !isRdfFormat(format)) throw errors.pageNotFound();
    return sendDocument(reply, await exportDataset(format, request.params.file.slice(0, dot), deps));
  });

  app.get(OPENDATA_PATHS.feed, async (_request, reply) =>
    reply
      .header('content-type', ATOM_CONTENT_TYPE)
      .header('cache-control', 'public, max-age=60')
      .send(await datasetFeed(deps)),
  );

  app.get(OPENDATA_PATHS.sitemap, async (_request, reply) =>
    reply
      .header('content-type', 'application/xml; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .send(await catalogueSitemap(deps)),
  );
}
