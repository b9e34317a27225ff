import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import type { FileRow } from './repository';

/** `filename="…"` needs ASCII; the exact name travels RFC 5987-encoded in `filename*`. */
export function contentDisposition(filename: string): string {
  const ascii = filename
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * Sends a stored file as a download: type from the row (detected at upload), never rendered
 * inline (an uploaded file must not run in the portal's origin), never cached by shared caches.
 * A stored file is streamed from the store (its length from the row); a generated one is bytes.
 */
export function sendFile(reply: FastifyReply, row: Pick<FileRow, 'contentType' | 'filename'> & { size?: number }, body: Readable | Buffer): FastifyReply {
  const length = Buffer.isBuffer(body) ? body.length : row.size;
  if (length !== undefined) reply.header('content-length', length);
  return reply
    .header('content-type', row.contentType)
    .header('content-disposition', contentDisposition(row.filename))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(body);
}
