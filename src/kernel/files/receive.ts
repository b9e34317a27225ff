import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { detectContentType } from './content-type';
import { storageKeyFor } from './keys';
import { FileTooLargeError } from './meter';
import type { FileStore, UploadedFile } from './types';

/** file-type's sample size: enough to recognise every format it knows by its first bytes. */
const HEAD_BYTES = 4100;

/** The file store failed (disk full, S3 unreachable): our fault, not the sender's. */
export class StoreFailure extends Error {
  constructor(override readonly cause: unknown) {
    super('the file store failed while an upload was written', { cause });
  }
}

export type Received = { kind: 'stored'; file: Omit<UploadedFile, 'fieldName' | 'filename'> } | { kind: 'too_large' | 'empty' };

/**
 * Streams one file part into the store: the first bytes are held to detect the type, everything
 * else passes straight through the store's counter and hash. Past `maxBytes` the write is aborted
 * (the store removes what it wrote) and the rest of the part is read and dropped, so the form's
 * later fields still arrive. The part's stream itself is never destroyed here: that would end the
 * whole multipart parse.
 */
export async function receiveFile(store: FileStore, part: Readable, maxBytes: number, track: (storageKey: string) => void): Promise<Received> {
  const chunks = part[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let sourceError: unknown;
  const next = async (): Promise<IteratorResult<Buffer>> => {
    try {
      return await chunks.next();
    } catch (error) {
      sourceError = error;
      throw error;
    }
  };
  const drain = async () => {
    while (!(await next()).done);
  };

  const head: Buffer[] = [];
  let headBytes = 0;
  let ended = false;
  while (headBytes < HEAD_BYTES) {
    const step = await next();
    if (step.done) {
      ended = true;
      break;
    }
    head.push(step.value);
    headBytes += step.value.length;
  }
  if (headBytes === 0) return { kind: 'empty' };
  if (headBytes > maxBytes) {
    if (!ended) await drain();
    return { kind: 'too_large' };
  }
  const start = Buffer.concat(head, headBytes);
  const detectedType = await detectContentType(start);

  // A generator, not `for await`: stopping it (the store gave up) must not destroy the part.
  async function* body(): AsyncGenerator<Buffer> {
    yield start;
    if (ended) return;
    for (let step = await next(); !step.done; step = await next()) yield step.value;
    ended = true;
  }
  const id = randomUUID();
  const storageKey = storageKeyFor(id);
  try {
    const { size, sha256 } = await store.put(storageKey, Readable.from(body(), { objectMode: false }), {
      contentType: detectedType ?? 'application/octet-stream',
      maxBytes,
    });
    track(storageKey);
    return { kind: 'stored', file: { id, storageKey, size, sha256, detectedType } };
  } catch (error) {
    if (sourceError !== undefined) throw sourceError;
    if (!(error instanceof FileTooLargeError)) throw new StoreFailure(error);
    if (!ended) await drain();
    return { kind: 'too_large' };
  }
}
