import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Config } from '../config';
import { createDiskStore, createFileStore, type FileStore } from '../files';
import { assertSafeKey } from '../files/keys';
import { BackupError } from './errors';

/**
 * The file store's side of a backup: every stored file with its key, from a directory below
 * DATA_DIR/files or from the S3 bucket. The FileStore interface reads and writes single keys; the
 * listing is here, because only a backup needs to see them all.
 */

type FilesConfig = Config['files'];

export interface StoredFile {
  key: string;
  size: number;
}

/** The disk store's temporary files (`<key>.<hex>.tmp`, an upload in flight) are not files yet. */
const IN_FLIGHT = /\.[0-9a-f]{12}\.tmp$/;

async function* walk(root: string, dir: string): AsyncGenerator<StoredFile> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(root, path);
    else if (entry.isFile() && !IN_FLIGHT.test(entry.name)) yield { key: relative(root, path).split(sep).join('/'), size: (await stat(path)).size };
  }
}

async function* listBucket(settings: Extract<FilesConfig, { kind: 's3' }>): AsyncGenerator<StoredFile> {
  const { S3Client, ListObjectsV2Command } = await import('@aws-sdk/client-s3');
  const client = new S3Client({
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: settings.forcePathStyle,
    credentials:
      settings.accessKeyId && settings.secretAccessKey ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } : undefined,
  });
  try {
    let ContinuationToken: string | undefined;
    do {
      const page = await client.send(new ListObjectsV2Command({ Bucket: settings.bucket, ContinuationToken }));
      for (const object of page.Contents ?? []) if (object.Key) yield { key: object.Key, size: object.Size ?? 0 };
      ContinuationToken = page.NextContinuationToken;
    } while (ContinuationToken);
  } finally {
    client.destroy();
  }
}

export function listFiles(files: FilesConfig): AsyncGenerator<StoredFile> {
  return files.kind === 's3' ? listBucket(files) : walk(files.dir, files.dir);
}

export async function fileStoreIsEmpty(files: FilesConfig): Promise<boolean> {
  const listing = listFiles(files);
  try {
    return (await listing.next()).done === true;
  } finally {
    await listing.return(undefined); // closes the S3 client
  }
}

/** A stored file's bytes, hashed on the way into the archive (the checksums entry at its end). */
export async function* hashedBytes(store: FileStore, key: string, hashes: Map<string, string>): AsyncGenerator<Buffer> {
  const body = await store.get(key);
  if (!body) throw new BackupError(`Die Datei ${key} ist während der Sicherung verschwunden. Starten Sie die Sicherung noch einmal.`);
  const hash = createHash('sha256');
  for await (const chunk of body as AsyncIterable<Buffer>) {
    hash.update(chunk);
    yield chunk;
  }
  hashes.set(key, hash.digest('hex'));
}

/**
 * Where a restore writes the files: on disk into a fresh directory that replaces DATA_DIR/files only
 * once the database is restored; on S3 straight into the bucket (objects are whole or absent, and
 * an object no row names is harmless).
 */
export interface FileTarget {
  store: FileStore;
  /** After the database was restored: the staged directory takes the old one's place. Returns where the old files went. */
  commit(stamp: string): Promise<string | undefined>;
  discard(): Promise<void>;
}

export async function fileTarget(files: FilesConfig): Promise<FileTarget> {
  if (files.kind === 's3') return { store: createFileStore({ files }), commit: async () => undefined, discard: async () => {} };
  const staging = `${files.dir}.restoring-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true, mode: 0o700 });
  return {
    store: createDiskStore(staging),
    async commit(stamp) {
      let previous: string | undefined;
      if (existsSync(files.dir)) {
        if (await fileStoreIsEmpty(files)) await rm(files.dir, { recursive: true, force: true });
        else await rename(files.dir, (previous = `${files.dir}.before-restore-${stamp}`));
      }
      await rename(staging, files.dir);
      return previous;
    },
    discard: () => rm(staging, { recursive: true, force: true }),
  };
}

/** The key of an archive entry below `files/`, refused when it could leave the store. */
export function checkedKey(key: string): string {
  try {
    assertSafeKey(key);
  } catch {
    throw new BackupError(`Die Sicherung enthält einen ungültigen Dateinamen: ${JSON.stringify(key)}.`);
  }
  return key;
}
