import assert from 'node:assert/strict';
import { cpSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { MODULES } from '../../registry';
import { pgliteTemplate, TEST_DATABASE_URL } from '../../../tests/support/database';
import { createFreshDatabase, NEEDS_POSTGRES, type FreshDatabase } from '../../../tests/support/postgres-cluster';
import { sql } from 'drizzle-orm';
import { openAndMigrate } from '../../bootstrap';
import type { Config } from '../config';
import { queryRows } from '../db';
import { createFileStore } from '../files';
import { BackupError, createBackup, restoreBackup } from '.';
import { postgresIsEmpty } from './postgres';
import { fingerprints, installation, MIGRATIONS, rewriteArchive, sequenceValues, tempDir } from './test-support';

const dirs: string[] = [];
const made = (prefix: string) => {
  const dir = tempDir(prefix);
  dirs.push(dir);
  return dir;
};

/** A migrated installation (no demo data) with one user and one file: small, so each refusal is quick. */
async function smallInstallation(url?: string): Promise<Config> {
  const dir = made('small');
  if (!url) cpSync(join(await pgliteTemplate(MODULES), 'pglite'), join(dir, 'pglite'), { recursive: true });
  const config = installation(dir, { url });
  const { database, deps } = await openAndMigrate(config, MODULES);
  try {
    await database.execScript(`insert into departments (id, name) values ('buergerbuero', 'Bürgerbüro ${dir.slice(-6)}')`);
    await deps.files.put('aa/bb/aabb-file', Buffer.from(`Datei von ${dir}`), { contentType: 'text/plain' });
  } finally {
    await database.close();
  }
  return config;
}

function restoreInto(config: Config, archive: string, force = false) {
  return restoreBackup(config, archive, { force, migrations: MIGRATIONS });
}

async function refused(promise: Promise<unknown>, message: RegExp): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof BackupError, String(error));
    assert.match(error.message, message);
    return true;
  });
}

/** The archive as if another town had written it. */
async function foreign(archive: string): Promise<string> {
  const file = join(made('bad'), 'elsewhere.tar.gz');
  await rewriteArchive(archive, file, { manifest: (manifest) => (manifest.municipality = { key: '05958044', name: 'Stadt Menden (Sauerland)' }) });
  return file;
}

/** The archive with a manifest that counts 7 departments where there is 1: the restored rows do not match. */
async function wrongRows(archive: string): Promise<string> {
  const file = join(made('bad'), 'rows.tar.gz');
  await rewriteArchive(archive, file, { manifest: (manifest) => ((manifest.database as { tables: Record<string, number> }).tables['public.departments'] = 7) });
  return file;
}

function untouched(config: Config): void {
  assert.equal(existsSync(join(config.dataDir, 'pglite', 'PG_VERSION')), false, 'no database was created');
  assert.equal(existsSync(join(config.dataDir, 'files')), false, 'no file was written');
}

describe('restore refuses, and changes nothing', { skip: TEST_DATABASE_URL ? 'the PGlite refusals run without TEST_DATABASE_URL' : false }, () => {
  let source: Config;
  let archive: string;
  before(async () => {
    source = await smallInstallation();
    archive = join(made('archive'), 'backup.tar.gz');
    await createBackup(source, archive);
  });
  after(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('a file that is not a backup: any bytes, plain gzip, or a tar without its manifest', async () => {
    const folder = made('bad');
    const target = installation(made('target'));
    const samples = { 'random.tar.gz': Buffer.from('no archive at all'), 'text.gz': gzipSync('hello'), 'missing.tar.gz': undefined };
    for (const [name, bytes] of Object.entries(samples)) {
      const file = join(folder, name);
      if (bytes) writeFileSync(file, bytes);
      else await rewriteArchive(archive, file, { drop: (entry) => entry === 'manifest.json' });
      await refused(restoreInto(target, file), /ist keine Sicherung des Stadtportals/);
    }
    await refused(restoreInto(target, join(folder, 'nowhere.tar.gz')), /gibt es nicht/);
    untouched(target);
  });

  it('a backup of a newer format or with migrations this code does not have', async () => {
    const target = installation(made('target'));
    const newerFormat = join(made('bad'), 'format.tar.gz');
    await rewriteArchive(archive, newerFormat, { manifest: (manifest) => (manifest.formatVersion = 2) });
    await refused(restoreInto(target, newerFormat), /hat das Format 2, diese Version des Portals kennt nur Format 1/);
    const newerCode = join(made('bad'), 'migrations.tar.gz');
    await rewriteArchive(archive, newerCode, {
      manifest: (manifest) => (manifest.database as { migrations: Record<string, string[]> }).migrations.kernel!.push('29991231000000_future'),
    });
    await refused(restoreInto(target, newerCode), /neueren Version des Portals .*\(kernel\/29991231000000_future\)/);
    untouched(target);
  });

  it('another municipality, and a manifest whose database is not in the archive', async () => {
    const target = installation(made('target'));
    await refused(restoreInto(target, await foreign(archive)), /gehört zu Stadt Menden \(Sauerland\).*CONFIG_FILE/);
    const postgres = join(made('bad'), 'postgres.tar.gz');
    await rewriteArchive(archive, postgres, { manifest: (manifest) => ((manifest.database as { kind: string }).kind = 'postgres') });
    await refused(restoreInto(target, postgres), /unvollständig \(die Datenbank oder die Prüfsummen fehlen\)/);
    untouched(target);
  });

  it('a target with data without --force; with --force it is replaced and the old state kept aside', async () => {
    const target = await smallInstallation();
    const before = await fingerprints(target);
    await refused(restoreInto(target, archive), /Das Ziel ist nicht leer: die Datenbank enthält schon Tabellen, .* enthält schon Dateien.*--force/);
    assert.deepEqual(await fingerprints(target), before);
    const replaced = await restoreInto(target, archive, true);
    assert.equal(replaced.keptAside.length, 2);
    assert.deepEqual(await fingerprints(target), await fingerprints(source));
  });

  it('a damaged backup (rows or file bytes that do not match) leaves the old installation as it was', async () => {
    const target = await smallInstallation();
    const before = await fingerprints(target);
    await refused(restoreInto(target, await wrongRows(archive), true), /public\.departments: 1 statt 7 Zeilen/);
    const wrongBytes = join(made('bad'), 'bytes.tar.gz');
    await rewriteArchive(archive, wrongBytes, { replace: (name) => (name === 'files/aa/bb/aabb-file' ? Buffer.from('manipuliert') : undefined) });
    await refused(restoreInto(target, wrongBytes, true), /beschädigt oder fehlen \(aa\/bb\/aabb-file\)/);
    assert.deepEqual(await fingerprints(target), before);
    assert.match(String(await readBack(target, 'aa/bb/aabb-file')), new RegExp(`Datei von ${target.dataDir}`));
  });
});

async function readBack(config: Config, key: string): Promise<string> {
  const body = await createFileStore(config).get(key);
  assert.ok(body);
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

describe('restore on PostgreSQL refuses a damaged backup in its transaction', { skip: NEEDS_POSTGRES }, () => {
  after(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('the wiped and reloaded schema is rolled back when a table has other rows than the manifest says', async () => {
    const sourceDb = await createFreshDatabase();
    const targetDb = await createFreshDatabase();
    try {
      const source = await smallInstallation(sourceDb.url);
      const archive = join(made('archive'), 'backup.tar.gz');
      await createBackup(source, archive);
      const target = await smallInstallation(targetDb.url);
      const before = await fingerprints(target);
      await refused(restoreInto(target, archive), /Das Ziel ist nicht leer: die Datenbank enthält schon Tabellen/);
      await refused(restoreInto(target, await wrongRows(archive), true), /Tabelle public\.departments hat 1 Zeilen, gesichert waren 7/);
      assert.deepEqual(await fingerprints(target), before);
      await restoreInto(target, archive, true);
      assert.deepEqual(await fingerprints(target), await fingerprints(source));
    } finally {
      await sourceDb.drop();
      await targetDb.drop();
    }
  });
});

/** A DataStore table as opendata/datastore/table-sql.ts makes one at run time (no migration knows it), with two rows. */
const DATASTORE_TABLE = `
  create table datastore."haushalt-2026" (_id bigserial primary key, "Produkt" text, "Betrag" numeric, "Jahr" bigint);
  create index "haushalt-2026_full_text" on datastore."haushalt-2026" using gin ((to_tsvector('german'::regconfig, coalesce("Produkt"::text, '')))) with (fastupdate = off);
  create unique index on datastore."haushalt-2026" ("Produkt", "Jahr");
  insert into datastore."haushalt-2026" ("Produkt", "Betrag", "Jahr") values ('Schulen', 1200.5, 2026), ('Straßen', 800, 2026);`;

async function datastoreIndexes(config: Config): Promise<string[]> {
  const { database } = await openAndMigrate(config, MODULES);
  try {
    const rows = await queryRows<{ definition: string }>(
      database.db,
      sql`select indexdef as definition from pg_indexes where schemaname = 'datastore' order by 1`,
    );
    return rows.map((row) => row.definition);
  } finally {
    await database.close();
  }
}

describe('restore into the other kind of database (small installations)', { skip: NEEDS_POSTGRES }, () => {
  const databases: FreshDatabase[] = [];
  const freshDatabase = async () => {
    const database = await createFreshDatabase();
    databases.push(database);
    return database.url;
  };
  after(async () => {
    for (const database of databases) await database.drop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('a PGlite backup into PostgreSQL brings a DataStore table (no migration makes it) with its rows, sequence and indexes', async () => {
    const source = await smallInstallation();
    const { database } = await openAndMigrate(source, MODULES);
    await database.execScript(DATASTORE_TABLE).finally(() => database.close());
    const archive = join(made('archive'), 'backup.tar.gz');
    await createBackup(source, archive);
    const target = installation(made('target'), { url: await freshDatabase() });
    await restoreInto(target, archive);
    assert.deepEqual(await fingerprints(target), await fingerprints(source));
    assert.equal((await fingerprints(target))['datastore."haushalt-2026"']?.split(':')[0], '2');
    assert.deepEqual(await sequenceValues(target), await sequenceValues(source));
    assert.deepEqual(await datastoreIndexes(target), await datastoreIndexes(source));
  });

  it('a PGlite backup: a foreign or damaged one leaves PostgreSQL empty or as it was (the migrations rolled back too)', async () => {
    const source = await smallInstallation();
    const archive = join(made('archive'), 'backup.tar.gz');
    await createBackup(source, archive);
    const url = await freshDatabase();
    const empty = installation(made('target'), { url });
    await refused(restoreInto(empty, await foreign(archive)), /gehört zu Stadt Menden/);
    await refused(restoreInto(empty, await wrongRows(archive)), /public\.departments: 1 statt 7 Zeilen/);
    assert.ok(await postgresIsEmpty(url), 'no table was left behind');
    assert.equal(existsSync(join(empty.dataDir, 'files')), false, 'no file was written');

    const occupied = await smallInstallation(await freshDatabase());
    const before = await fingerprints(occupied);
    await refused(restoreInto(occupied, archive), /Das Ziel ist nicht leer/);
    await refused(restoreInto(occupied, await wrongRows(archive), true), /public\.departments: 1 statt 7 Zeilen/);
    assert.deepEqual(await fingerprints(occupied), before);
    await restoreInto(occupied, archive, true);
    assert.deepEqual(await fingerprints(occupied), await fingerprints(source));
  });

  it('a PostgreSQL backup: a foreign or damaged one leaves PGlite as it was', async () => {
    const source = await smallInstallation(await freshDatabase());
    const archive = join(made('archive'), 'backup.tar.gz');
    await createBackup(source, archive);
    const empty = installation(made('target'));
    await refused(restoreInto(empty, await foreign(archive)), /gehört zu Stadt Menden/);
    await refused(restoreInto(empty, await wrongRows(archive)), /public\.departments: 1 statt 7 Zeilen/);
    untouched(empty);
    const occupied = await smallInstallation();
    const before = await fingerprints(occupied);
    await refused(restoreInto(occupied, await wrongRows(archive), true), /public\.departments: 1 statt 7 Zeilen/);
    assert.deepEqual(await fingerprints(occupied), before);
  });
});
