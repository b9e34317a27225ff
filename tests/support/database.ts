import { createHash, randomBytes } from 'node:crypto';
import { accessSync, constants, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { migrationSources } from '../../src/bootstrap';
import { PROJECT_ROOT } from '../../src/kernel/config';
import { openPglite, openPostgres, queryRows, runMigrations, type DatabaseHandle } from '../../src/kernel/db';
import type { ModuleManifest } from '../../src/kernel/module';

/** Real PostgreSQL when set (CI runs the suite twice); PGlite otherwise. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;

function migrationsHash(modules: ModuleManifest[]): string {
  const digest = createHash('sha256');
  for (const source of migrationSources(modules)) {
    if (!existsSync(source.folder)) continue;
    for (const file of readdirSync(source.folder)
      .filter((name) => name.endsWith('.sql'))
      .sort()) {
      digest
        .update(source.owner)
        .update(file)
        .update(readFileSync(join(source.folder, file)));
    }
  }
  return digest.digest('hex').slice(0, 16);
}

/**
 * A fresh PGlite costs seconds; a migrated template directory is built once per set of migrations
 * and copied for each test file (docs/database.md, trap 6).
 */
export async function pgliteTemplate(modules: ModuleManifest[]): Promise<string> {
  const cacheDir = resolve(PROJECT_ROOT, 'node_modules/.cache/stadtportal');
  const template = join(cacheDir, `pglite-${migrationsHash(modules)}`);
  if (existsSync(join(template, 'pglite', 'PG_VERSION'))) return template;
  mkdirSync(cacheDir, { recursive: true });
  const building = mkdtempSync(join(cacheDir, 'building-'));
  const handle = await openPglite(join(building, 'pglite'));
  await runMigrations(handle, migrationSources(modules));
  await handle.close();
  try {
    renameSync(building, template);
  } catch {
    rmSync(building, { recursive: true, force: true }); // another test process won the race
  }
  return template;
}

/**
 * Where each test file's copy of the template goes: /dev/shm (memory) where there is one, because the
 * 40 MB copy and its removal cost seconds of disk I/O per file on a busy disk; the system temp
 * directory elsewhere.
 */
const COPY_PARENT = (() => {
  try {
    accessSync('/dev/shm', constants.W_OK);
    return '/dev/shm';
  } catch {
    return tmpdir();
  }
})();

async function openTestPglite(modules: ModuleManifest[]): Promise<{ handle: DatabaseHandle; drop: () => Promise<void> }> {
  const template = await pgliteTemplate(modules);
  const dir = mkdtempSync(join(COPY_PARENT, 'stadtportal-test-'));
  cpSync(template, dir, { recursive: true });
  const handle = await openPglite(join(dir, 'pglite'));
  return { handle, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** Each test file gets its own database on the server, created and dropped around the file. */
async function openTestPostgres(url: string, modules: ModuleManifest[]): Promise<{ handle: DatabaseHandle; drop: () => Promise<void>; url: string }> {
  const name = `sp_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const handle = openPostgres(target.toString(), 10);
  await runMigrations(handle, migrationSources(modules));
  return {
    handle,
    url: target.toString(),
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

export interface TestDatabase {
  handle: DatabaseHandle;
  /** Connection string of this file's database on PostgreSQL; undefined on PGlite. */
  url: string | undefined;
  /** Empties every table except the migration bookkeeping: the reset between tests. */
  truncateAll(): Promise<void>;
  close(): Promise<void>;
}

export async function openTestDatabase(modules: ModuleManifest[]): Promise<TestDatabase> {
  const { handle, drop, url } = TEST_DATABASE_URL ? await openTestPostgres(TEST_DATABASE_URL, modules) : { ...(await openTestPglite(modules)), url: undefined };
  const tables = await queryRows<{ tablename: string }>(
    handle.db,
    sql`select tablename from pg_tables where schemaname = 'public' and tablename <> 'schema_migrations'`,
  );
  const names = tables.map((row) => `"${row.tablename}"`).join(', ');
  return {
    handle,
    url,
    truncateAll: async () => {
      if (names) await handle.execScript(`truncate ${names} restart identity cascade`);
    },
    close: async () => {
      await handle.close();
      await drop();
    },
  };
}
