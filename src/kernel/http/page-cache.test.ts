import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { seedCatalogue } from '../../../tests/support/applications';
import { citizen } from '../../../tests/support/people';
import { fakeTableChanges as fakeChanges } from '../../../tests/support/table-changes';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { PageCache } from './page-cache';

const RULE = { tables: ['services', 'departments'] };

describe('page cache', () => {
  it('keeps a page until a table it shows changes, and only that page', () => {
    const changes = fakeChanges();
    const cache = new PageCache(changes);
    cache.set('/leistungen', 'A–Z', cache.ticket(RULE)!);
    cache.set('/', 'Start', cache.ticket({ tables: ['site_news'] })!);
    assert.equal(cache.get('/leistungen')?.body.toString(), 'A–Z');
    changes.emit('departments');
    assert.equal(cache.get('/leistungen')?.body.toString(), undefined);
    assert.equal(cache.get('/')?.body.toString(), 'Start');
  });

  it('does not store a page rendered while a change came in: it may show the old state', () => {
    const changes = fakeChanges();
    const cache = new PageCache(changes);
    const ticket = cache.ticket(RULE)!;
    changes.emit('services');
    cache.set('/leistungen', 'old', ticket);
    assert.equal(cache.get('/leistungen')?.body.toString(), undefined);
  });

  it('keeps nothing while notifications could be missed, and forgets everything when they may have been', () => {
    const changes = fakeChanges();
    const cache = new PageCache(changes);
    cache.set('/', 'Start', cache.ticket(RULE)!);
    const ticket = cache.ticket(RULE)!;
    changes.emit(undefined);
    assert.equal(cache.get('/')?.body.toString(), undefined);
    cache.set('/leistungen', 'old', ticket);
    assert.equal(cache.get('/leistungen')?.body.toString(), undefined, 'a ticket from before the loss is void');
    changes.live = false;
    assert.equal(cache.ticket(RULE), undefined);
  });

  it('stays within its entries and bytes, least recently used out first', () => {
    const cache = new PageCache(fakeChanges(), { maxEntries: 2, maxBytes: 10 });
    cache.set('/a', 'aaaa', cache.ticket(RULE)!);
    cache.set('/b', 'bbbb', cache.ticket(RULE)!);
    cache.get('/a');
    cache.set('/c', 'cccc', cache.ticket(RULE)!);
    assert.equal(cache.get('/b')?.body.toString(), undefined, 'the least recently used page went');
    assert.equal(cache.get('/a')?.body.toString(), 'aaaa');
    cache.set('/d', 'ddddddd', cache.ticket(RULE)!);
    assert.deepEqual(
      [cache.get('/a')?.body.toString(), cache.get('/c')?.body.toString(), cache.get('/d')?.body.toString()],
      [undefined, undefined, 'ddddddd'],
      'bytes bound: 4 + 7 > 10',
    );
    cache.set('/big', 'x'.repeat(11), cache.ticket(RULE)!);
    assert.equal(cache.get('/big')?.body.toString(), undefined, 'a page larger than the whole cache is not kept');
    cache.set('/umlaute', 'ääääää', cache.ticket(RULE)!);
    assert.equal(cache.get('/umlaute'), undefined, 'counted in bytes: six umlauts are 12 bytes of UTF-8');
  });

  it('honours maxSeconds for pages that change with the clock', (t) => {
    t.mock.timers.enable({ apis: ['Date'], now: 0 });
    const cache = new PageCache(fakeChanges());
    cache.set('/', 'Start', cache.ticket({ tables: ['site_news'], maxSeconds: 30 })!);
    t.mock.timers.tick(29_000);
    assert.equal(cache.get('/')?.body.toString(), 'Start');
    t.mock.timers.tick(2_000);
    assert.equal(cache.get('/')?.body.toString(), undefined);
  });

  it('with staleSeconds, serves a page up to that long after a change, and keeps one rendered during a change that long', (t) => {
    t.mock.timers.enable({ apis: ['Date'], now: 0 });
    const changes = fakeChanges();
    const cache = new PageCache(changes);
    const rule = { tables: ['appointment_slots'], staleSeconds: 2 };
    cache.set('/termine/buchen/uhrzeit', 'times', cache.ticket(rule)!);
    t.mock.timers.tick(60_000);
    assert.equal(cache.get('/termine/buchen/uhrzeit')?.body.toString(), 'times', 'no change: kept');
    changes.emit('appointment_slots');
    t.mock.timers.tick(1_900);
    assert.equal(cache.get('/termine/buchen/uhrzeit')?.body.toString(), 'times', 'within the stated staleness');
    t.mock.timers.tick(200);
    assert.equal(cache.get('/termine/buchen/uhrzeit'), undefined, 'older than stated: gone');

    const ticket = cache.ticket(rule)!;
    changes.emit('appointment_slots');
    cache.set('/termine/buchen/uhrzeit', 'rendered during a change', ticket, 400);
    const kept = cache.get('/termine/buchen/uhrzeit');
    assert.deepEqual([kept?.body.toString(), kept?.status], ['rendered during a change', 400], 'kept with its status');
    t.mock.timers.tick(1_900);
    assert.ok(cache.get('/termine/buchen/uhrzeit'));
    t.mock.timers.tick(2_100);
    assert.equal(cache.get('/termine/buchen/uhrzeit'), undefined);
    changes.live = false;
    assert.equal(cache.ticket(rule), undefined, 'and nothing while notifications could be missed');
  });
});

describe('page cache in the portal (both databases: notifications through LISTEN/NOTIFY)', () => {
  let t: TestApp;
  /** A probe route that records what it rendered and what the cache answered for it. */
  const probe = { rendered: [] as string[], served: [] as string[] };
  before(async () => {
    t = await createTestApp({
      extend: (app) =>
        app.get<{ Params: { name: string } }>(
          '/cache-probe/:name',
          { config: { pageCache: { tables: ['site_news'], onServe: (request) => probe.served.push((request.params as { name: string }).name) } } },
          async (request, reply) => {
            probe.rendered.push(request.params.name);
            return reply.page({ title: 'Probe', body: `Seite ${request.params.name}` });
          },
        ),
    });
    while (!t.database.handle.changes.live) await new Promise((done) => setTimeout(done, 10));
  });
  after(() => t.close());

  /** Runs `change` and resolves once this process has heard that `table` changed. */
  async function changing(table: string, change: () => Promise<unknown>): Promise<void> {
    const heard = new Promise<void>((done) => {
      const stop = t.database.handle.changes.subscribe((name) => {
        if (name !== table) return;
        stop();
        done();
      });
    });
    await change();
    await heard;
  }

  const addNews = (title: string) => sql`insert into site_news (title, summary, published_at) values (${title}, 'Text', now() - interval '1 minute')`;

  it('shows anonymous visitors a change at once and serves the copy in between', async () => {
    assert.equal((await t.app.inject('/')).statusCode, 200);
    await changing('site_news', () => t.db.execute(addNews('Erste Meldung')));
    const fresh = await t.app.inject('/');
    assert.match(fresh.body, /Erste Meldung/, 'the change dropped the cached start page');
    // Without the trigger nothing tells the cache: the copy stays, which proves it is served from memory.
    await t.db.execute(sql`alter table site_news disable trigger site_news_notify_change`);
    try {
      await t.db.execute(addNews('Unbemerkte Meldung'));
      const cached = await t.app.inject('/');
      assert.equal(cached.body, fresh.body);
      assert.equal(cached.headers['set-cookie'], undefined, 'a cached page sets no cookie');
    } finally {
      await t.db.execute(sql`alter table site_news enable trigger site_news_notify_change`);
    }
    const person = await citizen(t);
    const personal = await person.get('/');
    assert.match(personal.body, /Unbemerkte Meldung/, 'a visitor with a session always gets a fresh page');
    assert.match(personal.body, /Abmelden/);
  });

  it('drops the catalogue when a Leistung or a Fachbereich changes', async () => {
    const service = await seedCatalogue(t);
    assert.match((await t.app.inject('/leistungen')).body, new RegExp(service.name));
    await changing('services', () => t.db.execute(sql`update services set name = 'Cache-Testleistung' where slug = ${service.slug}`));
    assert.match((await t.app.inject('/leistungen')).body, /Cache-Testleistung/);
    await changing('departments', () => t.db.execute(sql`update departments set name = 'Amt für Cache-Tests' where id = ${service.departmentId}`));
    assert.match((await t.app.inject('/leistungen')).body, /Amt für Cache-Tests/);
    assert.match((await t.app.inject(`/leistungen/${service.slug}`)).body, /Amt für Cache-Tests/);
  });

  it('tells the route each time the cache answers for it (onServe), and only then', async () => {
    await t.app.inject('/cache-probe/a');
    await t.app.inject('/cache-probe/a');
    await t.app.inject({ method: 'HEAD', url: '/cache-probe/a' });
    await t.app.inject('/cache-probe/b');
    const person = await citizen(t);
    await person.get('/cache-probe/a');
    assert.deepEqual(probe.rendered, ['a', 'b', 'a'], 'rendered: the first visit of each page, and for the logged-in visitor');
    assert.deepEqual(probe.served, ['a', 'a'], 'answered from the cache, with the route parameters');
  });
});
