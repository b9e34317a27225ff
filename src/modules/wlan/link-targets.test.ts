import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { hotspotLinkTargets } from './link-targets';
import { insertHotspot } from './map/test-support';
import { PATHS } from './paths';

describe('hotspots as the cockpit links them', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  it('finds hotspots by name, A–Z, within the limit, and answers the ones that exist by id', async () => {
    await insertHotspot(t.db, { name: 'Rathausplatz Süd', slug: 'rathausplatz-sued' });
    await insertHotspot(t.db, { name: 'Rathausplatz Nord', slug: 'rathausplatz-nord' });
    await insertHotspot(t.db, { name: 'Bahnhof', slug: 'bahnhof' });
    const hits = await hotspotLinkTargets.find('rathaus', 10, t.deps);
    assert.deepEqual(
      hits.map((hit) => [hit.title, hit.href]),
      [
        ['Rathausplatz Nord', PATHS.hotspot('rathausplatz-nord')],
        ['Rathausplatz Süd', PATHS.hotspot('rathausplatz-sued')],
      ],
    );
    assert.equal((await hotspotLinkTargets.find('rathaus', 1, t.deps)).length, 1);
    assert.deepEqual(await hotspotLinkTargets.find('   ', 10, t.deps), []);
    const found = await hotspotLinkTargets.byIds([hits[0]!.id, '00000000-0000-4000-8000-000000000000', 'fixture-hotspot'], t.deps);
    assert.deepEqual(
      found.map((hit) => hit.title),
      ['Rathausplatz Nord'],
    );
  });
});
