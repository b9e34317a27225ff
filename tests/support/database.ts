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
import { copyPrefixOf, removeCopiesOfEndedProcesses } from './stale-copies';

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

let staleCopiesRemoved = false;

async function openTestPglite(modules: ModuleManifest[]): Promise<{ handle: DatabaseHandle; drop: () => Promise<void> }> {
  const template = await pgliteTemplate(modules);
  if (!staleCopiesRemoved) {
    staleCopiesRemoved = true;
    removeCopiesOfEndedProcesses(COPY_PARENT);
  }
  const dir = mkdtempSync(join(COPY_PARENT, copyPrefixOf(process.pid)));
  cpSync(template, dir, { recursive: true });
  const handle = await openPglite(join(dir, 'pglite'));
  return { handle, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** Attempts at a statement on a database another connection still holds (100 ms apart). */
const ATTEMPTS = 50;

/**
 * Runs `statement` again while the server refuses it with `code`: a connection that was closing, or an
 * autovacuum worker's, ends within moments (the test role, not a superuser like a production role,
 * may not end autovacuum's).
 */
async function retryOn(code: string, statement: () => Promise<unknown>): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await statement();
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== code || attempt >= ATTEMPTS) throw error;
      await new Promise((done) => setTimeout(done, 100));
    }
  }
}

/** `with (force)` ends the database's connections, but may not end autovacuum's (42501). */
const dropForced = (client: pg.Client, name: string) => retryOn('42501', () => client.query(`drop database if exists ${name} with (force)`));

/** A database in use (55006) cannot be renamed or copied. */
const retryWhileInUse = (statement: () => Promise<unknown>) => retryOn('55006', statement);

/** The URL of another database on the same server. */
function databaseUrl(url: string, name: string): string {
  const target = new URL(url);
  target.pathname = `/${name}`;
  return target.toString();
}

/**
 * A migrated database to copy for each test file, built once per server and set of migrations (as the
 * PGlite template is): `create database … template` copies it in about half the time that running
 * every migration in a new database takes. Processes starting at once build it one at a time (an
 * advisory lock); the first builds it under another name and renames it when complete, so no one
 * copies a half-migrated one.
 */
async function postgresTemplate(admin: pg.Client, url: string, modules: ModuleManifest[]): Promise<string> {
  const template = `sp_template_${migrationsHash(modules)}`;
  const exists = async () => (await admin.query('select 1 from pg_database where datname = $1', [template])).rowCount === 1;
  if (await exists()) return template;
  await admin.query('select pg_advisory_lock(hashtext($1))', [template]);
  try {
    if (await exists()) return template;
    const building = `sp_building_${process.pid}_${randomBytes(4).toString('hex')}`;
    await admin.query(`create database ${building}`);
    const handle = openPostgres(databaseUrl(url, building), 2);
    await runMigrations(handle, migrationSources(modules));
    await handle.close();
    // No connections to a template: not even autovacuum's, which would make a copy fail ("being accessed by other users").
    await retryWhileInUse(() => admin.query(`alter database ${building} with allow_connections false`));
    await retryWhileInUse(() => admin.query(`alter database ${building} rename to ${template}`));
    return template;
  } finally {
    await admin.query('select pg_advisory_unlock(hashtext($1))', [template]);
  }
}

/** Each test file gets its own database on the server, copied from the migrated template and dropped after the file. */
async function openTestPostgres(url: string, modules: ModuleManifest[]): Promise<{ handle: DatabaseHandle; drop: () => Promise<void>; url: string }> {
  const name = `sp_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const template = await postgresTemplate(admin, url, modules);
    await retryWhileInUse(() => admin.query(`create database ${name} template ${template}`));
  } finally {
    await admin.end();
  }
  const handle = openPostgres(databaseUrl(url, name), 10);
  return {
    handle,
    url: databaseUrl(url, name),
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      try {
        await dropForced(cleanup, name);
      } finally {
        // An open client keeps the test process alive: on CI a failed drop once left a file running until the time limit.
        await cleanup.end();
      }
    },
  };
}

export interface TestDatabase {
  handle: DatabaseHandle;
  /** Connection string of this file's database on PostgreSQL; undefined on PGlite. */
  url: string | undefined;
  /** Empties every table except the migration bookkeeping and restarts their ids: the reset between tests. */
  emptyAll(): Promise<void>;
  close(): Promise<void>;
}

interface TableFacts {
  tables: string[];
  /** Child table → the tables its foreign keys point at (self-references left out). */
  parents: Map<string, string[]>;
  /** Sequences owned by a table's column (serial, identity): what `truncate … restart identity` restarts. */
  ownedSequences: string[];
}

async function tableFacts(handle: DatabaseHandle): Promise<TableFacts> {
  const tables = await queryRows<{ name: string }>(
    handle.db,
    sql`select format('%I', tablename) as name from pg_tables where schemaname = 'public' and tablename <> 'schema_migrations'`,
  );
  const keys = await queryRows<{ child: string; parent: string }>(
    handle.db,
    sql`select format('%I', c.relname) as child, format('%I', p.relname) as parent
        from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
        join pg_namespace n on n.oid = c.relnamespace
        where k.contype = 'f' and n.nspname = 'public' and k.conrelid <> k.confrelid`,
  );
  const sequences = await queryRows<{ name: string }>(
    handle.db,
    sql`select format('%I', s.relname) as name from pg_class s join pg_namespace n on n.oid = s.relnamespace
        join pg_depend d on d.objid = s.oid and d.classid = 'pg_class'::regclass and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i')
        where s.relkind = 'S' and n.nspname = 'public'`,
  );
  const parents = new Map<string, string[]>();
  for (const { child, parent } of keys) parents.set(child, [...(parents.get(child) ?? []), parent]);
  return { tables: tables.map((row) => row.name), parents, ownedSequences: sequences.map((row) => row.name) };
}

/** Tables ordered so that every table comes before the tables it references; undefined for a cycle. */
function childrenFirst({ tables, parents }: TableFacts): string[] | undefined {
  const referencedBy = new Map<string, number>(tables.map((table) => [table, 0]));
  for (const list of parents.values()) for (const parent of list) referencedBy.set(parent, (referencedBy.get(parent) ?? 0) + 1);
  const ready = tables.filter((table) => referencedBy.get(table) === 0);
  const order: string[] = [];
  for (let table = ready.shift(); table; table = ready.shift()) {
    order.push(table);
    for (const parent of parents.get(table) ?? []) {
      const left = referencedBy.get(parent)! - 1;
      referencedBy.set(parent, left);
      if (left === 0) ready.push(parent);
    }
  }
  return order.length === tables.length ? order : undefined;
}

/**
 * The reset between tests. `delete` in foreign-key order plus restarting the owned sequences leaves
 * the same state as `truncate … restart identity cascade` at a fraction of the cost: a truncate
 * replaces every table's files, ~110 ms per reset on PGlite against ~10 ms for deleting the few rows
 * a test wrote, and the suite resets several hundred times. Truncate stays for a schema with a
 * foreign-key cycle, which delete order cannot untangle.
 */
function resetScript(facts: TableFacts): string {
  const order = childrenFirst(facts);
  if (!order) return `truncate ${facts.tables.join(', ')} restart identity cascade`;
  return [...order.map((table) => `delete from ${table};`), ...facts.ownedSequences.map((sequence) => `alter sequence ${sequence} restart;`)].join('\n');
}

export async function openTestDatabase(modules: ModuleManifest[]): Promise<TestDatabase> {
  const { handle, drop, url } = TEST_DATABASE_URL ? await openTestPostgres(TEST_DATABASE_URL, modules) : { ...(await openTestPglite(modules)), url: undefined };
  const facts = await tableFacts(handle);
  const reset = facts.tables.length > 0 ? resetScript(facts) : '';
  return {
    handle,
    url,
    emptyAll: async () => {
      if (reset) await handle.execScript(reset);
      // The caches of this process must have dropped what the reset removed before the next test reads.
      await handle.changes.settled();
    },
    close: async () => {
      await handle.close();
      await drop();
    },
  };
}
