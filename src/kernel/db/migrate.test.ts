import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { migrationSources } from '../../bootstrap';
import { MODULES } from '../../registry';
import { openTestDatabase, TEST_DATABASE_URL, type TestDatabase } from '../../../tests/support/database';
import { createFreshDatabase, NEEDS_POSTGRES, type FreshDatabase } from '../../../tests/support/postgres-cluster';
import { AMENDED } from './migrate';
import { MigrationError, openPostgres, queryRows, runMigrations, type DatabaseHandle, type MigrationSource } from './index';

/** Every migration the portal ships, as `owner/tag` in the order runMigrations must apply them. */
function expectedTags(): string[] {
  return migrationSources(MODULES).flatMap((source) => {
    const journal = JSON.parse(readFileSync(join(source.folder, 'meta/_journal.json'), 'utf8')) as { entries: { idx: number; tag: string }[] };
    return [...journal.entries].sort((a, b) => a.idx - b.idx).map((entry) => `${source.owner}/${entry.tag}`);
  });
}

/** A migrations folder in drizzle-kit's layout, written by the test. */
function writeSource(owner: string, migrations: { tag: string; sql: string }[]): MigrationSource {
  const folder = mkdtempSync(join(tmpdir(), 'stadtportal-migrations-'));
  mkdirSync(join(folder, 'meta'));
  writeFileSync(
    join(folder, 'meta/_journal.json'),
    JSON.stringify({
      version: '7',
      dialect: 'postgresql',
      entries: migrations.map((m, idx) => ({ idx, version: '7', when: idx, tag: m.tag, breakpoints: true })),
    }),
  );
  for (const migration of migrations) writeFileSync(join(folder, `${migration.tag}.sql`), migration.sql);
  return { owner, folder };
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

async function recorded(handle: DatabaseHandle): Promise<{ owner: string; tag: string; hash: string }[]> {
  return queryRows(handle.db, sql`select owner, tag, hash from schema_migrations order by applied_at, owner, tag`);
}

async function tableExists(handle: DatabaseHandle, name: string): Promise<boolean> {
  const [row] = await queryRows<{ found: string | null }>(handle.db, sql`select to_regclass(${name})::text as found`);
  return row?.found !== null && row?.found !== undefined;
}

describe('runMigrations', () => {
  let handle: DatabaseHandle;
  let fresh: FreshDatabase | undefined;
  let pglite: TestDatabase | undefined;
  const folders: string[] = [];

  before(async () => {
    // A database that has never seen a migration: a new database on the server, or on PGlite (where
    // a fresh initdb costs seconds) a copy of the test template with everything dropped.
    if (TEST_DATABASE_URL) {
      fresh = await createFreshDatabase();
      handle = openPostgres(fresh.url, 4);
    } else {
      pglite = await openTestDatabase(MODULES);
      handle = pglite.handle;
      await handle.execScript('drop schema public cascade; create schema public;');
    }
    assert.equal(await tableExists(handle, 'schema_migrations'), false);
  });
  after(async () => {
    if (pglite) await pglite.close();
    else await handle.close();
    await fresh?.drop();
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it('applies every migration of every owner once, in journal order, and records its hash', async () => {
    const expected = expectedTags();
    assert.ok(expected.includes('kernel/20261125115642_initial'));
    const applied = await runMigrations(handle, migrationSources(MODULES));
    assert.deepEqual(applied, expected);

    const rows = await recorded(handle);
    assert.deepEqual(rows.map((row) => `${row.owner}/${row.tag}`).sort(), [...expected].sort());
    for (const source of migrationSources(MODULES)) {
      for (const row of rows.filter((r) => r.owner === source.owner)) {
        const script = readFileSync(join(source.folder, `${row.tag}.sql`), 'utf8');
        assert.equal(row.hash, sha256(script.replace(/\r\n/g, '\n')), `hash of ${row.owner}/${row.tag}`);
      }
    }
    for (const table of ['jobs', 'mail_outbox', 'rate_limits', 'site_news']) assert.ok(await tableExists(handle, table), `table ${table} exists`);
  });

  it('applies nothing when run again', async () => {
    const before = await recorded(handle);
    assert.deepEqual(await runMigrations(handle, migrationSources(MODULES)), []);
    assert.deepEqual(await recorded(handle), before);
  });

  it('applies only the new migration of an owner and splits scripts at statement breakpoints', async () => {
    const first = [{ tag: '0000_first', sql: 'create table mig_test_a (id int);\n--> statement-breakpoint\ninsert into mig_test_a values (1);' }];
    const source = writeSource('mig-test', first);
    folders.push(source.folder);
    assert.deepEqual(await runMigrations(handle, [source]), ['mig-test/0000_first']);

    const second = writeSource('mig-test', [
      ...first,
      { tag: '0001_second', sql: "alter table mig_test_a add column name text;\n--> statement-breakpoint\nupdate mig_test_a set name = 'eins';" },
    ]);
    folders.push(second.folder);
    assert.deepEqual(await runMigrations(handle, [...migrationSources(MODULES), second]), ['mig-test/0001_second']);
    const rows = await queryRows<{ id: number; name: string }>(handle.db, sql`select id, name from mig_test_a`);
    assert.deepEqual(rows, [{ id: 1, name: 'eins' }], 'the first migration ran exactly once (one row), the second once');
  });

  it('rolls back every statement of a failing run and records nothing, so a fixed release can apply it', async () => {
    const broken = writeSource('mig-broken', [
      { tag: '0000_ok', sql: 'create table mig_broken_ok (id int);' },
      { tag: '0001_fails', sql: 'create table mig_broken_half (id int);\n--> statement-breakpoint\nselect 1 / 0;' },
    ]);
    folders.push(broken.folder);
    await assert.rejects(runMigrations(handle, [broken]), (error: Error) => {
      assert.ok(error instanceof MigrationError);
      assert.equal(error.message, 'Migration mig-broken/0001_fails failed: division by zero');
      assert.ok(error.cause instanceof Error, 'the driver error is kept as cause');
      assert.match(String(error.cause.cause ?? error.cause.message), /division by zero/);
      return true;
    });
    assert.equal(await tableExists(handle, 'mig_broken_ok'), false, 'the earlier migration of the failed run is rolled back too');
    assert.equal(await tableExists(handle, 'mig_broken_half'), false);
    assert.equal((await recorded(handle)).filter((row) => row.owner === 'mig-broken').length, 0);

    const fixed = writeSource('mig-broken', [
      { tag: '0000_ok', sql: 'create table mig_broken_ok (id int);' },
      { tag: '0001_fails', sql: 'create table mig_broken_half (id int);' },
    ]);
    folders.push(fixed.folder);
    assert.deepEqual(await runMigrations(handle, [fixed]), ['mig-broken/0000_ok', 'mig-broken/0001_fails']);
  });
  it('refuses to apply anything when an applied migration was edited, and says how to repair it', async () => {
    const original = writeSource('mig-edit', [{ tag: '0000_a', sql: 'create table mig_edit_a (id int);' }]);
    const edited = writeSource('mig-edit', [
      { tag: '0000_a', sql: 'create table mig_edit_a (id bigint);' },
      { tag: '0001_b', sql: 'create table mig_edit_b (id int);' },
    ]);
    folders.push(original.folder, edited.folder);
    await runMigrations(handle, [original]);
    const expected =
      `Migration mig-edit/0000_a was changed after it was applied (recorded sha256 ${sha256('create table mig_edit_a (id int);').slice(0, 12)}…, ` +
      `file now ${sha256('create table mig_edit_a (id bigint);').slice(0, 12)}…). Committed migrations are frozen: restore the file from git ` +
      `(git checkout -- ${relative(process.cwd(), join(edited.folder, '0000_a.sql'))}) and put the change into a new migration (npm run db:generate).`;
    await assert.rejects(runMigrations(handle, [edited]), (error: Error) => error instanceof MigrationError && error.message === expected);
    assert.equal(await tableExists(handle, 'mig_edit_b'), false, 'the pending migration was not applied');
  });

  it('treats a CRLF checkout as unchanged, also against a raw CRLF hash recorded by an older release', async () => {
    const lines = 'create table mig_crlf_a (id int);\n--> statement-breakpoint\ninsert into mig_crlf_a values (1);\n';
    const crlf = writeSource('mig-crlf', [{ tag: '0000_a', sql: lines.replace(/\n/g, '\r\n') }]);
    const lf = writeSource('mig-crlf', [{ tag: '0000_a', sql: lines }]);
    folders.push(crlf.folder, lf.folder);
    assert.deepEqual(await runMigrations(handle, [crlf]), ['mig-crlf/0000_a']);
    assert.equal((await recorded(handle)).find((row) => row.owner === 'mig-crlf')?.hash, sha256(lines), 'recorded with LF line ends');
    assert.deepEqual(await runMigrations(handle, [lf]), []);

    await handle.db.execute(sql`update schema_migrations set hash = ${sha256(lines.replace(/\n/g, '\r\n'))} where owner = 'mig-crlf'`);
    assert.deepEqual(await runMigrations(handle, [lf]), []);
    assert.deepEqual(await runMigrations(handle, [crlf]), []);
  });

  it('accepts the previous hash of a migration amended on purpose, and only for that migration', async () => {
    const [migration, [previous]] = Object.entries(AMENDED)[0]!;
    const [owner, tag] = migration.split('/') as [string, string];
    const sources = migrationSources(MODULES);
    await runMigrations(handle, sources);
    await handle.db.execute(sql`update schema_migrations set hash = ${previous} where owner = ${owner} and tag = ${tag}`);
    assert.deepEqual(await runMigrations(handle, sources), [], 'a database migrated before the amendment still starts');
    await handle.db.execute(sql`update schema_migrations set hash = ${previous} where (owner, tag) <> (${owner}, ${tag}) and owner = 'kernel'`);
    await assert.rejects(runMigrations(handle, sources), MigrationError);
  });
});

describe('runMigrations on PostgreSQL from several processes at once', () => {
  it('lets 4 pools migrate one fresh database concurrently: all succeed, each migration recorded once', { skip: NEEDS_POSTGRES }, async () => {
    const fresh = await createFreshDatabase();
    const handles = Array.from({ length: 4 }, () => openPostgres(fresh.url, 2));
    try {
      // Open a connection in every pool first, so the four runs really start together.
      await Promise.all(handles.map((h) => h.ping()));
      const results = await Promise.all(handles.map((h) => runMigrations(h, migrationSources(MODULES))));
      const expected = expectedTags();
      const winners = results.filter((applied) => applied.length > 0);
      assert.equal(winners.length, 1, `exactly one run applies the migrations, got ${JSON.stringify(results)}`);
      assert.deepEqual(winners[0], expected);
      assert.deepEqual(results.flat().sort(), [...expected].sort(), 'no migration applied twice');

      const [counts] = await queryRows<{ total: number; distinct_tags: number }>(
        handles[0]!.db,
        sql`select count(*)::int as total, count(distinct (owner, tag))::int as distinct_tags from schema_migrations`,
      );
      assert.deepEqual(counts, { total: expected.length, distinct_tags: expected.length });
    } finally {
      await Promise.all(handles.map((h) => h.close()));
      await fresh.drop();
    }
  });
});
