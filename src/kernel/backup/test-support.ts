/** For the backup tests: installations in temporary directories, their tables' contents and archives rewritten. */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { migrationSources } from '../../bootstrap';
import { MODULES } from '../../registry';
import { loadConfig, type Config } from '../config';
import { createPgliteClient } from '../db';
import { tableNames, type Queryable } from './inventory';
import { bufferSource, writeTar, type TarSource } from './tar';
import { readTar } from './tar-read';

export const MIGRATIONS = migrationSources(MODULES);

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

/**
 * Each table's rows as one hash (and their count): equal hashes, equal rows. Generated columns are
 * left out: the target computes them itself, and a search vector of PostgreSQL 15 may stem a word
 * other than PGlite's 18. Sorted bytewise, as the two databases' collations differ.
 */
async function fingerprintsOf(client: Queryable): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of await tableNames(client)) {
    const { rows: columns } = await client.query<{ name: string }>(
      `select format('%I', attname) as name from pg_attribute where attrelid = $1::regclass and attnum > 0 and not attisdropped and attgenerated = '' order by attnum`,
      [table],
    );
    const row = `row(${columns.map(({ name }) => `t.${name}`).join(', ')})::text`;
    const { rows } = await client.query<{ print: string }>(
      `select count(*) || ':' || coalesce(md5(string_agg(${row}, E'\\n' order by ${row} collate "C")), '') as print from ${table} t`,
    );
    result[table] = rows[0]!.print;
  }
  return result;
}

async function sequencesOf(client: Queryable): Promise<Record<string, string | null>> {
  const { rows } = await client.query<{ name: string; value: string | null }>(
    `select format('%I.%I', schemaname, sequencename) as name, last_value::text as value from pg_sequences`,
  );
  return Object.fromEntries(rows.map(({ name, value }) => [name, value]));
}

/** Asks an installation's database (its PGlite must not be open elsewhere). */
async function inspect<T>(config: Config, look: (client: Queryable) => Promise<T>): Promise<T> {
  if (config.database.kind === 'postgres') {
    const client = new pg.Client({ connectionString: config.database.url });
    await client.connect();
    try {
      return await look(client as unknown as Queryable);
    } finally {
      await client.end();
    }
  }
  const client = await createPgliteClient(config.database.dataDir);
  try {
    return await look(client as unknown as Queryable);
  } finally {
    await client.close();
  }
}

/** The fingerprints of every table of an installation's database. */
export function fingerprints(config: Config): Promise<Record<string, string>> {
  return inspect(config, fingerprintsOf);
}

/** Every sequence's last value (null: never used). */
export function sequenceValues(config: Config): Promise<Record<string, string | null>> {
  return inspect(config, sequencesOf);
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
