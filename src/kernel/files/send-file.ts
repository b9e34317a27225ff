import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';

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

export interface SentFile {
  contentType: string;
  filename: string;
  size?: number;
  /**
   * `private` (the default): a person's file, never kept by shared caches. `public`: a file anyone
   * may download (open data), which caches may keep for a few minutes.
   */
  audience?: 'private' | 'public';
}

/**
 * Sends a stored file as a download: type from the row (detected or declared at upload), never
 * rendered inline (an uploaded file must not run in the portal's origin). A stored file is streamed
 * from the store (its length from the row); a generated one is bytes.
 */
export function sendFile(reply: FastifyReply, file: SentFile, body: Readable | Buffer): FastifyReply {
  const length = Buffer.isBuffer(body) ? body.length : file.size;
  if (length !== undefined) reply.header('content-length', length);
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', contentDisposition(file.filename))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', file.audience === 'public' ? 'public, max-age=300' : 'private, no-store')
    .send(body);
}
