import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { links, tableRows, textOf } from '../../../../tests/support/html';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { PATHS, STATISTICS_PATH } from '../paths';
import { wlanHotspotDays, wlanHotspots } from '../tables';
import { showStatistics } from './use-cases/show-statistics';

describe('wlan statistics: coverage growth', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  async function hotspot(slug: string, kind: 'freifunk' | 'own', insideArea = true) {
    const [row] = await t.db
      .insert(wlanHotspots)
      .values({
        kind,
        slug,
        name: slug,
        operator: kind === 'own' ? 'Stadt Iserlohn' : 'Freifunk MK',
        latitude: 51.37,
        longitude: 7.69,
        insideArea,
        online: true,
        clients: 2,
      })
      .returning();
    return row!.id;
  }

  it('counts per month the hotspots inside the area, the online share and the devices per day; months without data in between are zeros', async () => {
    const a = await hotspot('ff-a', 'freifunk');
    const b = await hotspot('ff-b', 'freifunk');
    const own = await hotspot('rathaus', 'own');
    const outside = await hotspot('ff-hagen', 'freifunk', false);
    await t.db.insert(wlanHotspotDays).values([
      { hotspotId: a, day: '2026-09-10', online: true, maxClients: 4 },
      { hotspotId: a, day: '2026-11-01', online: true, maxClients: 6 },
      { hotspotId: a, day: '2026-11-02', online: false, maxClients: 0 },
      { hotspotId: b, day: '2026-11-01', online: true, maxClients: 2 },
      { hotspotId: own, day: '2026-11-02', online: true, maxClients: 10 },
      { hotspotId: outside, day: '2026-11-01', online: true, maxClients: 99 },
    ]);
    const { months, current } = await showStatistics(t.deps, new Date('2026-12-07T12:00:00Z'));
    assert.deepEqual(
      months.map((row) => [row.month, row.freifunk, row.own, row.onlineShare, row.clientsPerDay]),
      [
        ['2026-09-01', 1, 0, 1, 4],
        ['2026-10-01', 0, 0, null, null],
        ['2026-11-01', 2, 1, 0.75, 9],
        ['2026-12-01', 0, 0, null, null],
      ],
    );
    assert.deepEqual(current, { freifunkInside: 2, ownInside: 1, outside: 1, online: 3, clients: 6 });
  });

  it('answers visitors from the page cache until hotspots or their days change', async () => {
    const visitor = t.client();
    const first = await visitor.get(STATISTICS_PATH);
    assert.match(textOf(first.body), /Freifunk-Knoten im Stadtgebiet\s*0/);
    const id = await hotspot('ff-neu', 'freifunk');
    await t.settled();
    assert.match(textOf((await visitor.get(STATISTICS_PATH)).body), /Freifunk-Knoten im Stadtgebiet\s*1/);
    await t.db.insert(wlanHotspotDays).values({ hotspotId: id, day: new Date().toISOString().slice(0, 10), online: true, maxClients: 3 });
    await t.settled();
    const fresh = (await visitor.get(STATISTICS_PATH)).body;
    assert.match(fresh, /<figure class="chart"/);
    // Without the trigger nothing tells the cache: the copy stays, which proves it is served from memory.
    await t.db.execute(sql`alter table wlan_hotspots disable trigger wlan_hotspots_notify_change`);
    try {
      await hotspot('ff-unbemerkt', 'freifunk');
      assert.equal((await visitor.get(STATISTICS_PATH)).body, fresh);
    } finally {
      await t.db.execute(sql`alter table wlan_hotspots enable trigger wlan_hotspots_notify_change`);
    }
  });

  it('has the trail of the other WLAN pages: Startseite › WLAN', async () => {
    const trail = async (path: string) => links((await t.client().get(path)).body, '.breadcrumbs a').map((link) => [link.href, link.text]);
    const expected = [
      ['/', 'Startseite'],
      [PATHS.public, 'WLAN'],
    ];
    assert.deepEqual(await trail(STATISTICS_PATH), expected);
    assert.deepEqual(await trail(PATHS.hosting), expected);
  });

  it('shows the charts with their data tables, and a plain note before there is any history', async () => {
    const empty = await t.client().get(STATISTICS_PATH);
    assert.equal(empty.statusCode, 200);
    assert.match(textOf(empty.body), /noch keine Daten/);
    assert.doesNotMatch(empty.body, /<svg/);
    const a = await hotspot('ff-a', 'freifunk');
    await t.db.insert(wlanHotspotDays).values({ hotspotId: a, day: new Date().toISOString().slice(0, 10), online: true, maxClients: 3 });
    // The page is cached until a change is heard; on PostgreSQL the notification comes over its own connection.
    await t.settled();
    const page = await t.client().get(STATISTICS_PATH);
    assert.equal(page.statusCode, 200);
    assert.equal(page.body.match(/<figure class="chart"/g)?.length, 3);
    assert.equal(page.body.match(/<svg[^>]*role="img"/g)?.length, 3);
    const tables = tableRows(page.body, 'table');
    assert.ok(
      tables.some((row) => row.length === 3 && row[1] === '1' && row[2] === '0'),
      JSON.stringify(tables),
    );
    assert.match(textOf(page.body), /Freifunk-Knoten im Stadtgebiet\s*1/);
  });
});
