import { createWriteStream, existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Config } from '../config';
import { migrationTags, type MigrationSource } from '../db';
import { BackupError } from './errors';
import { checkedKey, fileStoreIsEmpty, fileTarget, type FileTarget } from './files';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  CHECKSUMS_ENTRY,
  DATABASE_ENTRY,
  FILES_PREFIX,
  MANIFEST_ENTRY,
  manifestSchema,
  pendingMigrations,
  SECRET_ENTRY,
  unknownMigrations,
  type Manifest,
} from './manifest';
import { hasPgliteDatabase } from './pglite';
import { postgresIsEmpty } from './postgres';
import { restoreDatabase } from './restore-database';
import { NotATarError, readTar, type TarEntry } from './tar-read';

export type RestoreConfig = Pick<Config, 'database' | 'files' | 'dataDir' | 'secret' | 'municipality'>;

export interface RestoreOptions {
  /** Replace a target that already holds data (`--force`). */
  force: boolean;
  /** The migrations of this code, every owner's (`migrationSources`): what a backup may have applied, and the schema a PGlite backup gets in PostgreSQL. */
  migrations: readonly MigrationSource[];
}

export interface RestoreSummary {
  manifest: Manifest;
  /** Migrations the server applies at its next start (the backup is older than the code). */
  pending: string[];
  /** Whether the archive's app secret was written to DATA_DIR/app-secret. */
  secretRestored: boolean;
  /** Where the replaced database directory and files went (PGlite, disk), to delete once all is well. */
  keptAside: string[];
  seconds: number;
}

const NOT_A_BACKUP = 'ist keine Sicherung des Stadtportals (npm run cli -- backup schreibt eine .tar.gz-Datei mit manifest.json am Anfang).';

async function readManifest(entry: TarEntry | undefined, file: string): Promise<Manifest> {
  if (entry?.name !== MANIFEST_ENTRY || entry.size > 10 * 1024 * 1024) throw new BackupError(`${file} ${NOT_A_BACKUP}`);
  const chunks: Buffer[] = [];
  for await (const chunk of entry.body) chunks.push(chunk);
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new BackupError(`${file} ${NOT_A_BACKUP}`);
  }
  const header = raw as { format?: unknown; formatVersion?: unknown };
  if (header.format !== BACKUP_FORMAT) throw new BackupError(`${file} ${NOT_A_BACKUP}`);
  if (typeof header.formatVersion === 'number' && header.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new BackupError(
      `Die Sicherung hat das Format ${header.formatVersion}, diese Version des Portals kennt nur Format ${BACKUP_FORMAT_VERSION}. Spielen Sie sie mit einer neueren Version des Portals ein.`,
    );
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw new BackupError(`Das Inhaltsverzeichnis (manifest.json) von ${file} ist beschädigt: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

/** Everything a restore refuses before it writes anything: each reason says what to do. */
async function checkTarget(manifest: Manifest, config: RestoreConfig, options: RestoreOptions): Promise<string[]> {
  const newer = unknownMigrations(manifest, migrationTags(options.migrations));
  if (newer.length > 0) {
    throw new BackupError(
      `Die Sicherung stammt von einer neueren Version des Portals (${manifest.portalVersion}): diese Version kennt ${newer.length} ihrer Migrationen nicht (${newer.slice(0, 5).join(', ')}${newer.length > 5 ? ', …' : ''}). Aktualisieren Sie zuerst das Portal und spielen Sie die Sicherung dann ein.`,
    );
  }
  if (manifest.municipality.key !== config.municipality.gemeindeschluessel) {
    throw new BackupError(
      `Die Sicherung gehört zu ${manifest.municipality.name} (Gemeindeschlüssel ${manifest.municipality.key}), diese Installation ist für ${config.municipality.officialName} (${config.municipality.gemeindeschluessel}) eingerichtet. Setzen Sie CONFIG_FILE auf die Datei der richtigen Kommune.`,
    );
  }
  const occupied: string[] = [];
  const databaseEmpty = config.database.kind === 'postgres' ? await postgresIsEmpty(config.database.url) : !hasPgliteDatabase(config.database.dataDir);
  if (!databaseEmpty) occupied.push('die Datenbank enthält schon Tabellen');
  const where = config.files.kind === 's3' ? `der Bucket ${config.files.bucket}` : config.files.dir;
  if (!(await fileStoreIsEmpty(config.files))) occupied.push(`${where} enthält schon Dateien`);
  if (occupied.length > 0 && !options.force) {
    throw new BackupError(
      `Das Ziel ist nicht leer: ${occupied.join(', ')}. Eine Wiederherstellung ersetzt alles; wenn Sie das wollen, rufen Sie den Befehl mit --force auf (beenden Sie vorher den Server).`,
    );
  }
  return occupied;
}

function parseChecksums(text: string): Map<string, string> {
  return new Map(text.split('\n').flatMap((line) => (/^[0-9a-f]{64} {2}/.test(line) ? [[line.slice(66), line.slice(0, 64)] as [string, string]] : [])));
}

interface Unpacked {
  dumpFile: string;
  secret: string | undefined;
  files: number;
}

/** The archive's entries after the manifest: the database to a work file, the files into the target, each checked against its hash. */
async function unpack(tar: AsyncGenerator<TarEntry>, manifest: Manifest, work: string, files: FileTarget): Promise<Unpacked> {
  const dumpFile = join(work, 'database');
  let secret: string | undefined;
  let dumped = false;
  const hashes = new Map<string, string>();
  let checksums: Map<string, string> | undefined;
  for await (const entry of tar) {
    if (entry.name === SECRET_ENTRY) {
      const chunks: Buffer[] = [];
      for await (const chunk of entry.body) chunks.push(chunk);
      secret = Buffer.concat(chunks).toString('utf8').trim();
    } else if (entry.name === DATABASE_ENTRY[manifest.database.kind]) {
      await pipeline(Readable.from(entry.body), createWriteStream(dumpFile, { mode: 0o600 }));
      dumped = true;
    } else if (entry.name.startsWith(FILES_PREFIX)) {
      const key = checkedKey(entry.name.slice(FILES_PREFIX.length));
      const { sha256 } = await files.store.put(key, Readable.from(entry.body), { contentType: 'application/octet-stream' });
      hashes.set(key, sha256);
    } else if (entry.name === CHECKSUMS_ENTRY) {
      const chunks: Buffer[] = [];
      for await (const chunk of entry.body) chunks.push(chunk);
      checksums = parseChecksums(Buffer.concat(chunks).toString('utf8'));
    }
  }
  if (!dumped || !checksums) throw new BackupError('Die Sicherung ist unvollständig (die Datenbank oder die Prüfsummen fehlen). Sie wurde nicht eingespielt.');
  const damaged = [...checksums].filter(([key, hash]) => hashes.get(key) !== hash).map(([key]) => key);
  if (damaged.length > 0 || hashes.size !== manifest.files.count) {
    throw new BackupError(
      `Dateien der Sicherung sind beschädigt oder fehlen (${damaged.slice(0, 5).join(', ') || `${hashes.size} von ${manifest.files.count}`}). Sie wurde nicht eingespielt.`,
    );
  }
  return { dumpFile, secret, files: hashes.size };
}

/**
 * Checks the archive and the target first (nothing is written when one is refused), then restores
 * the files into a staging place, the database in one step that checks every table's rows, and
 * only then puts the files and the secret in place.
 */
export async function restoreBackup(config: RestoreConfig, source: string, options: RestoreOptions): Promise<RestoreSummary> {
  const started = performance.now();
  const file = resolve(source);
  if (!existsSync(file)) throw new BackupError(`Die Datei ${file} gibt es nicht.`);
  const tar = readTar(file);
  try {
    const manifest = await readManifest((await tar.next()).value || undefined, file);
    const occupied = await checkTarget(manifest, config, options);
    const work = await mkdtemp(join(dirname(file), '.stadtportal-restore-'));
    const files = await fileTarget(config.files);
    try {
      const unpacked = await unpack(tar, manifest, work, files);
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const previousDatabase = await restoreDatabase(config.database, {
        manifest,
        dumpFile: unpacked.dumpFile,
        workDir: work,
        replace: occupied.length > 0,
        stamp,
        migrations: options.migrations,
      });
      const previousFiles = await files.commit(stamp);
      if (unpacked.secret) await writeFile(resolve(config.dataDir, 'app-secret'), unpacked.secret, { mode: 0o600 });
      return {
        manifest,
        pending: pendingMigrations(manifest, migrationTags(options.migrations)),
        secretRestored: unpacked.secret !== undefined,
        keptAside: [previousDatabase, previousFiles].filter((dir) => dir !== undefined),
        seconds: (performance.now() - started) / 1000,
      };
    } finally {
      await files.discard();
      await rm(work, { recursive: true, force: true });
    }
  } catch (error) {
    if (error instanceof NotATarError) throw new BackupError(`${file} ${NOT_A_BACKUP}`);
    throw error;
  } finally {
    await tar.return(undefined);
  }
}
