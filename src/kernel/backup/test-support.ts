/** For the backup tests: installations in temporary directories, their tables' contents and archives rewritten. */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { migrationSources } from '../../bootstrap';
import { MODULES } from '../../registry';
import { loadConfig, type Config } from '../config';
import { createPgliteClient, migrationTags } from '../db';
import { tableNames, type Queryable } from './inventory';
import { bufferSource, writeTar, type TarSource } from './tar';
import { readTar } from './tar-read';

export const KNOWN_MIGRATIONS = migrationTags(migrationSources(MODULES));

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `stadtportal-${prefix}-`));
}

/** The configuration of an installation in `dataDir`, on PGlite or on the PostgreSQL database `url`; `env` adds variables (S3_*). */
export function installation(dataDir: string, options: { url?: string; demo?: boolean; env?: Record<string, string> } = {}): Config {
  return loadConfig(
    {
      NODE_ENV: 'test',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      JOBS: 'false',
      DEMO_DATA: options.demo ? 'true' : 'false',
      ...(options.url ? { DATABASE_URL: options.url } : {}),
      ...options.env,
    },
    MODULES,
  );
}

/** Each table's rows as one hash (and their count): equal hashes, equal rows. */
async function fingerprintsOf(client: Queryable): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of await tableNames(client)) {
    const { rows } = await client.query<{ print: string }>(
      `select count(*) || ':' || coalesce(md5(string_agg(t::text, E'\\n' order by t::text)), '') as print from ${table} t`,
    );
    result[table] = rows[0]!.print;
  }
  return result;
}

/** The fingerprints of an installation's database (its PGlite must not be open elsewhere). */
export async function fingerprints(config: Config): Promise<Record<string, string>> {
  if (config.database.kind === 'postgres') {
    const client = new pg.Client({ connectionString: config.database.url });
    await client.connect();
    try {
      return await fingerprintsOf(client as unknown as Queryable);
    } finally {
      await client.end();
    }
  }
  const client = await createPgliteClient(config.database.dataDir);
  try {
    return await fingerprintsOf(client as unknown as Queryable);
  } finally {
    await client.close();
  }
}

/** Bytes no text encoding would keep: every byte value, and more than one archive chunk (1 MiB). */
export function binaryUpload(): Buffer {
  return Buffer.concat([Buffer.from(Array.from({ length: 256 }, (_, index) => index)), randomBytes(1024 * 1024 + 333)]);
}

/** A copy of an archive with its manifest changed (or entries dropped), for the refusals. */
export async function rewriteArchive(
  source: string,
  target: string,
  change: { manifest?: (manifest: Record<string, unknown>) => void; drop?: (name: string) => boolean; replace?: (name: string) => Buffer | undefined },
): Promise<void> {
  async function* entries(): AsyncGenerator<TarSource> {
    for await (const entry of readTar(source)) {
      if (change.drop?.(entry.name)) continue;
      const chunks: Buffer[] = [];
      for await (const chunk of entry.body) chunks.push(chunk);
      let bytes = change.replace?.(entry.name) ?? Buffer.concat(chunks);
      if (entry.name === 'manifest.json' && change.manifest) {
        const manifest = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
        change.manifest(manifest);
        bytes = Buffer.from(JSON.stringify(manifest));
      }
      yield bufferSource(entry.name, bytes);
    }
  }
  await writeTar(target, entries());
}
