import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { migrationSources, seedDemo } from '../../src/bootstrap';
import { PROJECT_ROOT } from '../../src/kernel/config';
import { openPostgres, queryRows, runMigrations, type DatabaseHandle } from '../../src/kernel/db';
import { MIGRATION_LOCK_KEY } from '../../src/kernel/db/migrate';
import { mailOutbox } from '../../src/kernel/mail';
import { demoLogins } from '../../src/modules/admin';
import { MODULES } from '../../src/registry';
import { createFreshDatabase, NEEDS_POSTGRES } from '../support/postgres-cluster';
import { createTestApp, type TestApp } from '../support/test-app';
import { logIn, reportDefectAsGuest } from './journeys';

/**
 * Several municipalities on one PostgreSQL server: one database each, the same code (README,
 * "Another municipality"). PostgreSQL keeps LISTEN/NOTIFY channels, advisory locks and, of course,
 * tables (the job queue, the page cache's change triggers, the `datastore` schema) per database, so
 * nothing of one town reaches the other. Proven here with Iserlohn and Menden running at once.
 */
const town = (name: string) => createTestApp({ env: { CONFIG_FILE: resolve(PROJECT_ROOT, `config/${name}.json`), TRACE_QUERIES: 'true' } });

/** The statements a request ran (TRACE_QUERIES' Server-Timing): a page the cache answers runs fewer than one rendered. */
function queriesOf(response: { headers: Record<string, unknown> }): number {
  const count = /desc="(\d+) queries"/.exec(String(response.headers['server-timing']))?.[1];
  assert.ok(count !== undefined, `no Server-Timing header: ${String(response.headers['server-timing'])}`);
  return Number(count);
}

async function count(t: TestApp, table: 'applications'): Promise<number> {
  const [row] = await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from ${sql.identifier(table)}`);
  return row!.n;
}

async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  for (const started = Date.now(); !(await condition());) {
    assert.ok(Date.now() - started < 30_000, `timed out waiting until ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

async function drain(t: TestApp): Promise<void> {
  while ((await t.worker.runOnce()) > 0);
}

describe('two municipalities on one PostgreSQL server, one database each', { skip: NEEDS_POSTGRES, timeout: 300_000 }, () => {
  let iserlohn: TestApp;
  let menden: TestApp;
  before(async () => {
    [iserlohn, menden] = await Promise.all([town('iserlohn'), town('menden')]);
    await seedDemo(iserlohn.deps, MODULES);
    await seedDemo(menden.deps, MODULES);
    await Promise.all([drain(iserlohn), drain(menden)]);
    // The page and query caches keep nothing until their LISTEN connection is up.
    await until(async () => iserlohn.database.handle.changes.live && menden.database.handle.changes.live, 'both towns listen');
  });
  after(() => Promise.all([iserlohn?.close(), menden?.close()]));

  it('gives each town its own database on the same server, with its own content', async () => {
    const [a, b] = [new URL(iserlohn.database.url!), new URL(menden.database.url!)];
    assert.equal(a.host, b.host, 'one server');
    assert.notEqual(a.pathname, b.pathname, 'two databases');
    const [start, mendenStart] = await Promise.all([iserlohn.app.inject('/'), menden.app.inject('/')]);
    assert.match(start.body, /Stadt Iserlohn/);
    assert.doesNotMatch(start.body, /Menden \(Sauerland\)/);
    assert.match(mendenStart.body, /Stadt Menden \(Sauerland\)/);
    assert.doesNotMatch(mendenStart.body, /Iserlohn/);
  });

  it("changes a Leistung in Iserlohn: Iserlohn's pages show it, Menden neither sees it nor loses its cached pages", async () => {
    const heardInMenden = new Set<string | undefined>();
    const unsubscribe = menden.database.handle.changes.subscribe((table) => heardInMenden.add(table));
    try {
      const first = await menden.app.inject('/leistungen');
      const cached = await menden.app.inject('/leistungen');
      assert.equal(cached.body, first.body);
      assert.ok(queriesOf(cached) < queriesOf(first), `the second visit is answered from the cache: ${queriesOf(first)} → ${queriesOf(cached)}`);

      const [changed] = await queryRows<{ slug: string; name: string }>(
        iserlohn.db,
        sql`update services set name = name || ' (geändert in Iserlohn)' where slug = (select min(slug) from services) returning slug, name`,
      );
      await iserlohn.settled();
      await menden.settled();
      const page = await iserlohn.app.inject(`/leistungen/${changed!.slug}`);
      assert.ok(page.body.includes('(geändert in Iserlohn)'), "Iserlohn's page shows the change");

      const after = await menden.app.inject('/leistungen');
      assert.equal(after.body, first.body);
      assert.equal(queriesOf(after), queriesOf(cached), "Menden's cached catalogue was not dropped");
      assert.deepEqual([...heardInMenden], [], 'Menden heard no change notification of Iserlohn');
      const [mendenRows] = await queryRows<{ n: number }>(menden.db, sql`select count(*)::int as n from services where name like '%geändert in Iserlohn%'`);
      assert.equal(mendenRows!.n, 0);

      // The same change in Menden drops Menden's cached page: the measurement above could have failed.
      await queryRows(menden.db, sql`update services set name = name || ' (geändert in Menden)' where slug = (select min(slug) from services)`);
      await menden.settled();
      const dropped = await menden.app.inject('/leistungen');
      assert.ok(queriesOf(dropped) > queriesOf(cached), 'a change of its own drops the cached page');
      assert.ok(heardInMenden.has('services'), 'Menden heard its own change');
    } finally {
      unsubscribe();
    }
  });

  it("takes an Antrag in Iserlohn: only Iserlohn's Anträge, job queue and outbox have it", async () => {
    const before = { menden: await count(menden, 'applications'), iserlohn: await count(iserlohn, 'applications') };
    await reportDefectAsGuest(iserlohn.client(), { description: 'Laterne am Schillerplatz defekt' });
    assert.equal(await count(iserlohn, 'applications'), before.iserlohn + 1);
    assert.equal(await count(menden, 'applications'), before.menden);
    // Menden's worker runs whatever is due in Menden; the guest's mails wait in Iserlohn's queue for Iserlohn's worker.
    const guestMails = async (t: TestApp) => (await t.db.select().from(mailOutbox)).filter((mail) => mail.toAddress === 'gast@example.org');
    await drain(menden);
    const waiting = await guestMails(iserlohn);
    assert.ok(waiting.length > 0 && waiting.every((mail) => mail.status === 'queued'), "Menden's worker did not deliver Iserlohn's mails");
    await drain(iserlohn);
    const delivered = await guestMails(iserlohn);
    assert.ok(
      delivered.every((mail) => mail.status !== 'queued'),
      "Iserlohn's worker delivered them",
    );
    assert.ok(
      delivered.some((mail) => /Iserlohn/.test(mail.textBody)),
      "the guest's mails speak of Iserlohn",
    );
    assert.equal((await guestMails(menden)).length, 0, "none is in Menden's outbox");

    // Menden's back office does not list it either, not even to Menden's administrator.
    const [{ reference } = { reference: '' }] = await queryRows<{ reference: string }>(
      iserlohn.db,
      sql`select reference from applications where reference is not null order by submitted_at desc limit 1`,
    );
    assert.match(reference, /^ISN-/);
    const admin = menden.client();
    const logins = demoLogins(menden.config)!;
    await logIn(admin, logins.accounts.find((account) => account.role === 'admin')!.email, logins.password);
    const inbox = await admin.get('/verwaltung/antraege');
    assert.equal(inbox.statusCode, 200);
    assert.ok(!inbox.body.includes(reference), `${reference} is not in Menden's inbox`);
  });

  it("does not know one town's session in the other", async () => {
    const logins = demoLogins(iserlohn.config)!;
    const admin = iserlohn.client();
    await logIn(admin, logins.accounts.find((account) => account.role === 'admin')!.email, logins.password);
    assert.equal((await admin.get('/verwaltung')).statusCode, 200);
    const elsewhere = await menden.app.inject({ url: '/verwaltung', headers: { cookie: admin.cookieHeader() } });
    assert.notEqual(elsewhere.statusCode, 200);
    assert.doesNotMatch(elsewhere.body, /Demo-Administration/);
  });
});

describe('migrations of two municipalities on one server', { skip: NEEDS_POSTGRES, timeout: 120_000 }, () => {
  it("migrates Menden while Iserlohn's migration lock is held: the advisory lock is the database's, not the server's", async () => {
    const [iserlohnDb, mendenDb] = await Promise.all([createFreshDatabase(), createFreshDatabase()]);
    const holder = new pg.Client({ connectionString: iserlohnDb.url });
    const handles: DatabaseHandle[] = [];
    const open = (url: string) => {
      const handle = openPostgres(url, 2);
      handles.push(handle);
      return handle;
    };
    try {
      await holder.connect();
      await holder.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
      // Menden's migrator takes the same key in its own database and finishes.
      const applied = await runMigrations(open(mendenDb.url), migrationSources(MODULES));
      assert.ok(applied.length > 10, `${applied.length} migrations applied in Menden`);
      // Iserlohn's waits for the lock in Iserlohn's database, and goes on once it is released.
      const iserlohnMigrating = runMigrations(open(iserlohnDb.url), migrationSources(MODULES));
      const waiting = async () =>
        (await holder.query<{ n: number }>("select count(*)::int as n from pg_locks where locktype = 'advisory' and not granted")).rows[0]!.n > 0;
      await until(waiting, "Iserlohn's migrator waits for the lock");
      await holder.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
      assert.deepEqual(await iserlohnMigrating, applied);
    } finally {
      await holder.end();
      await Promise.all(handles.map((handle) => handle.close()));
      await Promise.all([iserlohnDb.drop(), mendenDb.drop()]);
    }
  });
});
