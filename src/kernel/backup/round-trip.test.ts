import assert from 'node:assert/strict';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { createApp } from '../../app';
import { openAndMigrate } from '../../bootstrap';
import { MODULES } from '../../registry';
import { pgliteTemplate, TEST_DATABASE_URL } from '../../../tests/support/database';
import { storedBytes, SAMPLE_FILES } from '../../../tests/support/files';
import { createFreshDatabase, NEEDS_POSTGRES, type FreshDatabase } from '../../../tests/support/postgres-cluster';
import { TestClient } from '../../../tests/support/test-client';
import type { Config } from '../config';
import { readDemoPack } from '../config/demo-pack';
import { queryRows } from '../db';
import { createFileStore } from '../files';
import { createBackup, restoreBackup } from '.';
import { listFiles } from './files';
import { binaryUpload, fingerprints, installation, MIGRATIONS, sequenceValues, tempDir } from './test-support';

/** The suite runs twice in CI; the PGlite round trip belongs to the PGlite run. */
const ON_POSTGRES = TEST_DATABASE_URL ? 'the PGlite round trip runs without TEST_DATABASE_URL' : false;

const UPLOADS = { 'ab/cd/abcd-upload.pdf': SAMPLE_FILES.pdf, 'ef/01/ef01-large.bin': binaryUpload() };

/** The demo installation with two uploaded files, its database closed again. */
async function demoInstallation(config: Config): Promise<void> {
  const { database, deps } = await openAndMigrate(config, MODULES);
  try {
    for (const [key, bytes] of Object.entries(UPLOADS)) await deps.files.put(key, bytes, { contentType: 'application/octet-stream' });
  } finally {
    await database.close();
  }
}

const demoAccounts = z.object({ password: z.string(), accounts: z.array(z.object({ email: z.string() })) });

/**
 * The portal starts on the restored installation (its configuration read again: the secret came
 * back): the start page shows the newest news item, and a demo account logs in. The URLs are the
 * site and accounts modules', which the kernel does not import.
 */
async function portalServes(restored: Config): Promise<void> {
  const config = installation(restored.dataDir, restored.database.kind === 'postgres' ? { url: restored.database.url } : {});
  const { database, deps, applied } = await openAndMigrate(config, MODULES);
  try {
    assert.deepEqual(applied, []);
    const app = await createApp(deps);
    try {
      const client = new TestClient(app, () => database.changes.settled());
      const [news] = await queryRows<{ title: string }>(
        database.db,
        sql`select title from site_news where published_at <= now() order by published_at desc limit 1`,
      );
      assert.ok(news, 'the demo has news');
      const home = await client.get('/');
      assert.equal(home.statusCode, 200);
      assert.ok(home.body.includes(news.title.replaceAll('&', '&amp;')), news.title);
      const demo = readDemoPack(config, 'admin', demoAccounts);
      assert.ok(demo?.accounts[0]);
      const login = await client.submit('/konto/anmelden', { email: demo.accounts[0].email, password: demo.password });
      assert.equal(login.statusCode, 303, 'the demo account logs in');
      assert.equal((await client.get(String(login.headers.location))).statusCode, 200);
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}

interface DemoBackup {
  source: Config;
  archive: string;
  written: Awaited<ReturnType<typeof createBackup>>;
}

/** The demo installation backed up: made once per source kind, restored into each kind of target. */
async function backUpDemo(source: Config): Promise<DemoBackup> {
  await demoInstallation(source);
  const archive = join(tempDir('archive'), 'backup.tar.gz');
  const written = await createBackup(source, archive);
  assert.equal(written.manifest.secret, 'included');
  assert.ok(Object.values(written.manifest.database.tables).reduce((sum, rows) => sum + rows, 0) > 1000, 'the demo data is in the backup');
  assert.ok(written.manifest.files.count >= 2);
  return { source, archive, written };
}

async function restoreAndCompare({ source, archive, written }: DemoBackup, target: Config): Promise<void> {
  const restored = await restoreBackup(target, archive, { force: false, migrations: MIGRATIONS });
  assert.deepEqual(restored.pending, []);
  assert.deepEqual(restored.keptAside, []);

  const before = await fingerprints(source);
  const afterRestore = await fingerprints(target);
  assert.ok(Object.keys(before).length > 50);
  assert.deepEqual(afterRestore, before, 'every table has the same rows');
  assert.deepEqual(await sequenceValues(target), await sequenceValues(source), 'every sequence goes on where it was');
  const sourceStore = createFileStore(source);
  const targetStore = createFileStore(target);
  for (const [key, bytes] of Object.entries(UPLOADS)) assert.deepEqual(await storedBytes(targetStore, key), bytes, key);
  // The demo data's own files (council documents, attachments) came along too, byte for byte.
  let compared = 0;
  for await (const { key } of listFiles(source.files)) {
    assert.deepEqual(await storedBytes(targetStore, key), await storedBytes(sourceStore, key), key);
    compared++;
  }
  assert.equal(compared, written.manifest.files.count);
  assert.equal(readFileSync(join(target.dataDir, 'app-secret'), 'utf8'), readFileSync(join(source.dataDir, 'app-secret'), 'utf8'));
  await portalServes(target);
}

describe('backup and restore: a round trip of the demo installation', () => {
  const dirs: string[] = [];
  const databases: FreshDatabase[] = [];
  after(async () => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    for (const database of databases) await database.drop();
  });
  const directory = (name: string) => {
    const dir = tempDir(name);
    dirs.push(dir);
    return dir;
  };
  const emptyPostgres = async () => {
    const database = await createFreshDatabase();
    databases.push(database);
    return database.url;
  };
  // Seeding the demo costs seconds: each source kind's backup is made once and restored into both kinds.
  let pgliteBackup: Promise<DemoBackup> | undefined;
  let postgresBackup: Promise<DemoBackup> | undefined;
  const demoOnPglite = () =>
    (pgliteBackup ??= (async () => {
      const sourceDir = directory('source');
      cpSync(join(await pgliteTemplate(MODULES), 'pglite'), join(sourceDir, 'pglite'), { recursive: true });
      return backUpDemo(installation(sourceDir, { demo: true }));
    })());
  const demoOnPostgres = () => (postgresBackup ??= (async () => backUpDemo(installation(directory('source'), { demo: true, url: await emptyPostgres() })))());

  it('on PGlite: the same rows in every table, the same file bytes and the app secret in an empty DATA_DIR', { skip: ON_POSTGRES }, async () => {
    await restoreAndCompare(await demoOnPglite(), installation(directory('target')));
  });

  it('on PostgreSQL: the same into an empty database', { skip: NEEDS_POSTGRES }, async () => {
    assert.ok(TEST_DATABASE_URL);
    await restoreAndCompare(await demoOnPostgres(), installation(directory('target'), { url: await emptyPostgres() }));
  });

  it('from PGlite into an empty PostgreSQL database: the move of a growing town', { skip: NEEDS_POSTGRES }, async () => {
    await restoreAndCompare(await demoOnPglite(), installation(directory('target'), { url: await emptyPostgres() }));
  });

  it('from PostgreSQL into an empty PGlite: a copy for a laptop', { skip: NEEDS_POSTGRES }, async () => {
    await restoreAndCompare(await demoOnPostgres(), installation(directory('target')));
  });
});
