import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { PROJECT_ROOT, type Config } from '../config';
import { createFileStore } from '../files';
import { BackupError } from './errors';
import { hashedBytes, listFiles, type StoredFile } from './files';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, CHECKSUMS_ENTRY, DATABASE_ENTRY, FILES_PREFIX, MANIFEST_ENTRY, SECRET_ENTRY, type Manifest } from './manifest';
import { dumpPglite } from './pglite';
import { dumpPostgres } from './postgres';
import { bufferSource, fileSource, writeTar, type TarSource } from './tar';

export type BackupConfig = Pick<Config, 'database' | 'files' | 'dataDir' | 'secret' | 'municipality'>;

export interface BackupSummary {
  manifest: Manifest;
  archiveBytes: number;
  seconds: number;
}

function portalVersion(): string {
  return (JSON.parse(readFileSync(resolve(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

/** The secret generated into DATA_DIR (no APP_SECRET): without it sessions and signed links of the restored portal fail. */
function generatedSecret(config: BackupConfig): string | undefined {
  const file = resolve(config.dataDir, 'app-secret');
  if (!existsSync(file)) return undefined;
  const secret = readFileSync(file, 'utf8').trim();
  return secret === config.secret ? secret : undefined;
}

async function* entries(
  config: BackupConfig,
  manifest: Manifest,
  dumpFile: string,
  stored: StoredFile[],
  secret: string | undefined,
): AsyncGenerator<TarSource> {
  yield bufferSource(MANIFEST_ENTRY, Buffer.from(JSON.stringify(manifest, null, 2)));
  if (secret) yield bufferSource(SECRET_ENTRY, Buffer.from(secret));
  yield fileSource(DATABASE_ENTRY[manifest.database.kind], dumpFile, (await stat(dumpFile)).size);
  const store = createFileStore(config);
  const hashes = new Map<string, string>();
  for (const file of stored) yield { name: `${FILES_PREFIX}${file.key}`, size: file.size, body: () => hashedBytes(store, file.key, hashes) };
  // Last, because the hashes are taken while the bytes go in: a restore checks each file against it.
  yield bufferSource(CHECKSUMS_ENTRY, Buffer.from([...hashes].map(([key, hash]) => `${hash}  ${key}\n`).join('')));
}

/**
 * One archive (`.tar.gz`) with the manifest, the database, every stored file and, when it was
 * generated into DATA_DIR, the app secret. The database is dumped first and the files listed
 * after, so every file a dumped row names is in the archive (files are written before their rows).
 */
export async function createBackup(config: BackupConfig, target: string): Promise<BackupSummary> {
  const started = performance.now();
  const file = resolve(target);
  if (existsSync(file)) throw new BackupError(`Die Datei ${file} gibt es schon. Wählen Sie einen neuen Namen; eine Sicherung überschreibt nichts.`);
  if (!existsSync(dirname(file))) throw new BackupError(`Das Verzeichnis ${dirname(file)} gibt es nicht.`);
  const work = await mkdtemp(join(dirname(file), '.stadtportal-backup-'));
  try {
    const dumpFile = join(work, 'database');
    const database =
      config.database.kind === 'postgres' ? await dumpPostgres(config.database.url, dumpFile) : await dumpPglite(config.database.dataDir, dumpFile);
    const stored: StoredFile[] = [];
    for await (const storedFile of listFiles(config.files)) stored.push(storedFile);
    const secret = generatedSecret(config);
    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      portalVersion: portalVersion(),
      database,
      municipality: { key: config.municipality.gemeindeschluessel, name: config.municipality.officialName },
      files: { store: config.files.kind, count: stored.length, bytes: stored.reduce((sum, { size }) => sum + size, 0) },
      secret: secret ? 'included' : 'environment',
    };
    try {
      await writeTar(file, entries(config, manifest, dumpFile, stored, secret));
    } catch (error) {
      await rm(file, { force: true });
      throw error;
    }
    return { manifest, archiveBytes: (await stat(file)).size, seconds: (performance.now() - started) / 1000 };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
