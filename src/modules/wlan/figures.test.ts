import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { inArray } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { wlanFigures } from './figures';
import { insertGapReport } from './gaps/test-support';
import { insertHotspot } from './map/test-support';
import { wlanHotspotDays, wlanHotspots } from './tables';

const NOW = new Date('2026-11-20T12:00:00Z');
const at = (iso: string) => new Date(iso);

describe('the free WiFi figures', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  it('counts the hotspots online by operator, their daily history per month, and gap reports received and closed', async () => {
    await insertHotspot(t.db, { slug: 'ff-a', operator: 'Freifunk' });
    await insertHotspot(t.db, { slug: 'ff-b', operator: 'Freifunk' });
    await insertHotspot(t.db, { slug: 'sw-a', kind: 'own', externalId: null, operator: 'Stadtwerke' });
    // Offline, outside the area, retired: none counts as online.
    await insertHotspot(t.db, { slug: 'ff-off', operator: 'Freifunk', online: false });
    await insertHotspot(t.db, { slug: 'ff-out', operator: 'Freifunk', insideArea: false });
    await insertHotspot(t.db, { slug: 'sw-old', kind: 'own', externalId: null, operator: 'Stadtwerke', removedAt: at('2026-11-01T00:00:00Z') });
    const ids = new Map(
      (
        await t.db
          .select({ id: wlanHotspots.id, slug: wlanHotspots.slug })
          .from(wlanHotspots)
          .where(inArray(wlanHotspots.slug, ['ff-a', 'ff-b', 'ff-out']))
      ).map((row) => [row.slug, row.id]),
    );
    // October: day 1 two online, day 2 one online (mean 1.5); November: one day, one online. Outside the area never counts.
    await t.db.insert(wlanHotspotDays).values([
      { hotspotId: ids.get('ff-a')!, day: '2026-10-01', online: true },
      { hotspotId: ids.get('ff-b')!, day: '2026-10-01', online: true },
      { hotspotId: ids.get('ff-a')!, day: '2026-10-02', online: true },
      { hotspotId: ids.get('ff-b')!, day: '2026-10-02', online: false },
      { hotspotId: ids.get('ff-a')!, day: '2026-11-19', online: true },
      { hotspotId: ids.get('ff-out')!, day: '2026-11-19', online: true },
    ]);
    await insertGapReport(t, { createdAt: at('2026-10-10T10:00:00Z'), state: 'resolved', closedAt: at('2026-11-02T10:00:00Z') });
    await insertGapReport(t, { createdAt: at('2026-11-05T10:00:00Z') });
    await insertGapReport(t, { createdAt: at('2026-11-06T10:00:00Z'), state: 'rejected', closedAt: at('2026-11-07T10:00:00Z') });
    // Received before the twelve months, closed within them.
    await insertGapReport(t, { createdAt: at('2025-11-06T10:00:00Z'), state: 'resolved', closedAt: at('2026-01-07T10:00:00Z') });

    const figures = new Map((await wlanFigures.compute(t.deps, NOW)).map((figure) => [figure.key, figure]));
    const online = figures.get('wlan.hotspots-online');
    assert.equal(online?.value, 3);
    assert.deepEqual(online?.parts, [
      { label: 'Freifunk', value: 2 },
      { label: 'Stadtwerke', value: 1 },
    ]);
    assert.deepEqual(online?.months, [
      { month: '2026-10', value: 1.5 },
      { month: '2026-11', value: 1 },
    ]);
    const received = figures.get('wlan.gap-reports');
    assert.equal(received?.value, 3);
    assert.deepEqual(received?.parts, [
      { label: 'Offen', value: 1 },
      { label: 'Erledigt', value: 2 },
    ]);
    assert.deepEqual(received?.months?.slice(-2), [
      { month: '2026-10', value: 1 },
      { month: '2026-11', value: 2 },
    ]);
    const closed = figures.get('wlan.gap-reports-closed');
    assert.equal(closed?.value, 3);
    assert.deepEqual(
      closed?.months?.find((row) => row.month === '2026-01'),
      { month: '2026-01', value: 1 },
    );
    assert.deepEqual(closed?.months?.at(-1), { month: '2026-11', value: 2 });
  });
});
