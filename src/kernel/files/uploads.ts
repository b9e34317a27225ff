import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { detectContentType } from './content-type';
import { storageKeyFor } from './keys';
import type { FileStore, MultipartLimits, UploadedFile } from './types';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Limits for the files of this route's multipart form, over the configured defaults
     * (UPLOAD_MAX_BYTES, UPLOAD_MAX_FILES): a route may take less (an XML import) or much more
     * (an open-data file of gigabytes). Enforced while the body streams, before anything is kept.
     */
    uploadLimits?: Partial<MultipartLimits>;
  }
  interface FastifyInstance {
    uploads: UploadSettings;
  }
}

export interface UploadSettings {
  store: FileStore;
  /** The limits of routes without `config.uploadLimits`. */
  defaults: MultipartLimits;
}

/** Storage keys written by a request and not (yet) kept by its handler. */
const pending = new Set<string>();
const writtenBy = new WeakMap<FastifyRequest, string[]>();

/**
 * Makes the file store available to `readMultipartForm` and deletes, when the response goes out,
 * every upload of the request its handler did not keep: a refused form, an error page or a file
 * the use case rejected leaves nothing in the store.
 */
export function registerUploads(app: FastifyInstance, settings: UploadSettings): void {
  app.decorate('uploads', settings);
  // onSend: the handler has decided by now; onResponse again in case sending failed before onSend.
  // Callback hooks that return at once for the many requests that wrote nothing, so a page that
  // takes no upload pays no promise for them.
  app.addHook('onSend', (request, _reply, payload, done) => {
    if (!writtenBy.has(request)) return done(null, payload);
    discardUnkept(request).then(() => done(null, payload), done);
  });
  app.addHook('onResponse', (request, _reply, done) => {
    if (!writtenBy.has(request)) return done();
    discardUnkept(request).then(() => done(), done);
  });
}

/** The limits that apply to this request: the route's, over the configured defaults. */
export function uploadLimitsOf(request: FastifyRequest): MultipartLimits {
  const settings = uploadSettingsOf(request);
  return { ...settings.defaults, ...request.routeOptions.config.uploadLimits };
}

export function uploadSettingsOf(request: FastifyRequest): UploadSettings {
  const settings = (request.server as Partial<FastifyInstance>).uploads;
  if (!settings) throw new Error('registerUploads() was not called for this app');
  return settings;
}

/** Records a file written for this request; it is deleted at the response unless kept. */
export function trackUpload(request: FastifyRequest, storageKey: string): void {
  pending.add(storageKey);
  const written = writtenBy.get(request);
  if (written) written.push(storageKey);
  else writtenBy.set(request, [storageKey]);
}

/** The caller stored a row for this upload: it stays in the store. */
export function keepUpload(file: Pick<UploadedFile, 'storageKey'>): void {
  pending.delete(file.storageKey);
}

/** Deletes what this request wrote and nobody kept; `all` also the kept ones (the body failed). */
export async function discardUnkept(request: FastifyRequest, all = false): Promise<void> {
  const written = writtenBy.get(request);
  if (!written?.length) return;
  writtenBy.delete(request);
  const { store } = uploadSettingsOf(request);
  for (const key of written) {
    if (!all && !pending.has(key)) continue;
    pending.delete(key);
    await store.delete(key);
  }
}

/**
 * An UploadedFile for bytes that did not come through a form (demo data, imports): written to the
 * store like an upload. The caller keeps it (`keepUpload`, done by storing a row) or deletes it.
 */
export async function storeUpload(
  store: FileStore,
  input: { fieldName: string; filename: string; body: Buffer | Readable; detectedType?: string | null },
): Promise<UploadedFile> {
  const id = randomUUID();
  const storageKey = storageKeyFor(id);
  const detectedType = input.detectedType !== undefined ? input.detectedType : Buffer.isBuffer(input.body) ? await detectContentType(input.body) : null;
  const { size, sha256 } = await store.put(storageKey, input.body, { contentType: detectedType ?? 'application/octet-stream' });
  return { fieldName: input.fieldName, filename: input.filename, id, storageKey, size, sha256, detectedType };
}

/**
 * An upload's bytes in memory, for routes that parse small files whole (an XML import): only
 * as large as the route's `uploadLimits.maxFileBytes` allows, which such a route keeps small.
 */
export async function uploadBytes(request: FastifyRequest, file: Pick<UploadedFile, 'storageKey'>): Promise<Buffer> {
  const body = await uploadSettingsOf(request).store.get(file.storageKey);
  if (!body) throw new Error(`upload ${file.storageKey} is missing in the file store`);
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
