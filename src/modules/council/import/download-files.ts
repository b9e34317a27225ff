/**
 * The files' bytes, after the lists: each imported File without stored bytes is fetched from its
 * downloadUrl (else accessUrl) into the kernel's file store, streamed with the size limit, its
 * checksum compared when the source gives one, and a PDF's text layer extracted for the search.
 * A file that fails is reported and stays without bytes, so the next run tries it again.
 */
import { createHash, type Hash } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { text as streamText } from 'node:stream/consumers';
import { and, asc, eq, isNull, or, isNotNull } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db';
import { FileTooLargeError, storageKeyFor, type FileStore } from '../../../kernel/files';
import { councilFiles } from '../tables';
import { asSourceError, openUrl, SourceError, withRetries } from './http-get';
import type { ImportLimits } from './limits';
import { extractPdfText } from '../files/extract-text';
import type { RunState } from './run-state';

type FileRow = Pick<
  typeof councilFiles.$inferSelect,
  'id' | 'externalUrl' | 'sourceDownloadUrl' | 'sourceAccessUrl' | 'mimeType' | 'sha1Checksum' | 'sha512Checksum' | 'text'
>;

function hashing(hashes: Hash[]): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      for (const hash of hashes) hash.update(chunk);
      done(null, chunk);
    },
  });
}

/** Streams the answer into the store under the file's key; the checksums are computed on the way. */
async function fetchIntoStore(file: FileRow, url: string, files: FileStore, limits: ImportLimits): Promise<{ size: number; contentType: string }> {
  const { response, signal } = await openUrl(url, '*/*', limits);
  const tooLarge = () => new SourceError(`Die Datei ${url} ist größer als ${limits.maxFileBytes} Bytes.`, false);
  if (Number(response.headers.get('content-length') ?? '0') > limits.maxFileBytes || !response.body) {
    await response.body?.cancel();
    if (!response.body) throw new SourceError(`${url} liefert keinen Inhalt.`, false);
    throw tooLarge();
  }
  const sha1 = createHash('sha1');
  const sha512 = createHash('sha512');
  const contentType = (response.headers.get('content-type') ?? file.mimeType ?? 'application/octet-stream').split(';')[0]!.trim();
  const body = Readable.fromWeb(response.body as WebReadableStream).pipe(hashing([sha1, sha512]));
  let size: number;
  try {
    ({ size } = await files.put(storageKeyFor(file.id), body, { contentType, maxBytes: limits.maxFileBytes }));
  } catch (error) {
    if (error instanceof FileTooLargeError) throw tooLarge();
    throw asSourceError(error, url, signal, limits.timeoutMs);
  }
  const mismatch = (file.sha1Checksum && file.sha1Checksum !== sha1.digest('hex')) || (file.sha512Checksum && file.sha512Checksum !== sha512.digest('hex'));
  if (mismatch) {
    await files.delete(storageKeyFor(file.id));
    throw new SourceError(`Die Prüfsumme der Datei ${url} stimmt nicht mit der Angabe der Quelle überein.`, false);
  }
  return { size, contentType };
}

async function storedBytes(files: FileStore, key: string): Promise<Uint8Array> {
  const body = await files.get(key);
  if (!body) return new Uint8Array();
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

/** The text for the search: the source's own, else a PDF's text layer (a failure there keeps the file without text). */
async function textOf(file: FileRow, contentType: string, files: FileStore, limits: ImportLimits, state: RunState): Promise<string | null> {
  if (file.text) return file.text;
  const key = storageKeyFor(file.id);
  const isPdf = contentType === 'application/pdf' || file.mimeType === 'application/pdf';
  if (isPdf) {
    try {
      return await extractPdfText(await storedBytes(files, key), { maxPages: limits.maxPdfPages, timeoutMs: limits.pdfTimeoutMs });
    } catch (error) {
      state.report({ url: file.externalUrl ?? file.id, reason: `Kein Text für die Suche: ${(error as Error).message}` });
      return null;
    }
  }
  if (contentType.startsWith('text/plain')) return (await streamText((await files.get(key)) ?? Readable.from([]))).slice(0, 1_000_000);
  return null;
}

export async function downloadFiles(
  deps: { db: Executor; files: FileStore },
  state: RunState,
  limits: ImportLimits,
  clock: () => Date,
  /** The run's sign of life before each file (a lost claim ends the run: it throws). */
  beforeFile: () => Promise<void>,
): Promise<{ stored: number; failed: number }> {
  const waiting = await deps.db
    .select({
      id: councilFiles.id,
      externalUrl: councilFiles.externalUrl,
      sourceDownloadUrl: councilFiles.sourceDownloadUrl,
      sourceAccessUrl: councilFiles.sourceAccessUrl,
      mimeType: councilFiles.mimeType,
      sha1Checksum: councilFiles.sha1Checksum,
      sha512Checksum: councilFiles.sha512Checksum,
      text: councilFiles.text,
    })
    .from(councilFiles)
    .where(
      and(
        eq(councilFiles.sourceId, state.sourceId),
        isNull(councilFiles.storageKey),
        eq(councilFiles.deleted, false),
        or(isNotNull(councilFiles.sourceDownloadUrl), isNotNull(councilFiles.sourceAccessUrl)),
      ),
    )
    .orderBy(asc(councilFiles.modified), asc(councilFiles.id))
    .limit(limits.maxFilesPerRun);
  let stored = 0;
  let failed = 0;
  for (const file of waiting) {
    await beforeFile();
    const url = (file.sourceDownloadUrl ?? file.sourceAccessUrl)!;
    try {
      const { size, contentType } = await withRetries(limits, () => fetchIntoStore(file, url, deps.files, limits));
      const text = await textOf(file, contentType, deps.files, limits, state);
      await deps.db
        .update(councilFiles)
        .set({ storageKey: storageKeyFor(file.id), size, text, modified: clock() })
        .where(eq(councilFiles.id, file.id));
      stored++;
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      failed++;
      state.report({ url: file.externalUrl ?? url, reason: `${error.message} Die Datei wird beim nächsten Lauf erneut geladen.` });
    }
  }
  return { stored, failed };
}
