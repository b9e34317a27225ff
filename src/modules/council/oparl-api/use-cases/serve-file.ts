import type { Readable } from 'node:stream';
import { contentDisposition } from '../../../../kernel/files';
import type { ModuleDeps } from '../../../../kernel/module';
import { oparlErrors } from '../errors';
import { isObjectId } from '../params';
import { publicFile } from '../repository';

export interface FileAnswer {
  body: Readable;
  headers: Record<string, string>;
  etag: string;
}

/**
 * A public file's bytes from the kernel's file store (spec 2.7): inline at accessUrl (never
 * `attachment`), as an attachment with its name at downloadUrl. A deleted file answers 410, one we
 * do not hold 404, a non-public one 404 like a missing one. The bytes run in a sandbox: an HTML or
 * SVG document from a council system must not act in the portal's origin.
 */
export async function serveFile(fileId: string, disposition: 'inline' | 'attachment', deps: Pick<ModuleDeps, 'db' | 'files'>): Promise<FileAnswer> {
  if (!isObjectId(fileId)) throw oparlErrors.notFound();
  const file = await publicFile(deps.db, fileId);
  if (!file) throw oparlErrors.notFound();
  if (file.deleted) throw oparlErrors.fileDeleted();
  const body = file.storageKey ? await deps.files.get(file.storageKey) : null;
  if (!body) throw oparlErrors.fileNotHeld();
  const name = file.fileName ?? file.name ?? 'datei';
  const headers: Record<string, string> = {
    'content-type': file.mimeType ?? 'application/octet-stream',
    'content-disposition': disposition === 'attachment' ? contentDisposition(name) : contentDisposition(name).replace(/^attachment/, 'inline'),
    'content-security-policy': "sandbox; default-src 'none'",
    'x-content-type-options': 'nosniff',
    'last-modified': file.modified.toUTCString(),
    'cache-control': 'public, max-age=300',
  };
  return { body, headers, etag: `"${file.sha1Checksum ?? `${file.id}-${file.modified.getTime()}`}"` };
}
