import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { PROJECT_ROOT } from '../../../kernel/config';
import { queryRows } from '../../../kernel/db';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { showStatistics } from '../statistics/use-cases/show-statistics';
import { wlanFeedSources, wlanHotspots, wlanImportRuns } from '../tables';
import { seedHotspotsDemo } from './seed-hotspots';

for (const town of ['iserlohn', 'menden'] as const) {
  describe(`the WLAN demo of ${town}: own hotspots, the Freifunk feed from the pack, history`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp({ env: { CONFIG_FILE: resolve(PROJECT_ROOT, `config/${town}.json`) } });
      await seedHotspotsDemo(t.deps);
    });
    after(() => t.close());

    const counts = async () =>
      (
        await queryRows<{ own: number; freifunk: number; outside: number; offline: number; days: number; runs: number }>(
          t.db,
          sql`select (select count(*)::int from wlan_hotspots where kind = 'own') as own,
            (select count(*)::int from wlan_hotspots where kind = 'freifunk') as freifunk,
            (select count(*)::int from wlan_hotspots where not inside_area) as outside,
            (select count(*)::int from wlan_hotspots where not online) as offline,
            (select count(*)::int from wlan_hotspot_days) as days,
            (select count(*)::int from wlan_import_runs) as runs`,
        )
      )[0]!;

    it('imports the pack’s feed through the importer (a file, no network) and marks the nodes beyond the town', async () => {
      const [source] = await t.db.select().from(wlanFeedSources);
      assert.equal(source!.url, `config/demo/${town}/wlan-freifunk-meshviewer.json`);
      const [run] = await t.db.select().from(wlanImportRuns);
      assert.equal(run!.outcome, 'succeeded', run!.error ?? '');
      assert.equal(run!.nodesRead, run!.nodesTaken);
      const now = await counts();
      assert.deepEqual([now.own, now.freifunk, now.outside], town === 'iserlohn' ? [3, 120, 5] : [1, 31, 2]);
      assert.ok(now.offline > 0, 'some nodes are offline');
      const names = (await t.db.select({ name: wlanHotspots.name }).from(wlanHotspots)).map((row) => row.name).join(' ');
      assert.doesNotMatch(names, town === 'iserlohn' ? /menden/i : /iserlohn/i);
    });

    it('gives the statistics a year and more of growth, and a second seeding changes nothing', async () => {
      const { months } = await showStatistics(t.deps);
      assert.ok(months.length >= 12, `${months.length} months`);
      const first = months[0]!;
      const last = months.at(-1)!;
      assert.ok(last.freifunk > first.freifunk, `${first.freifunk} → ${last.freifunk} nodes`);
      assert.ok(months.every((row) => row.onlineShare === null || (row.onlineShare > 0.7 && row.onlineShare <= 1)));
      const before = await counts();
      await seedHotspotsDemo(t.deps);
      assert.deepEqual(await counts(), before);
    });
  });
}
