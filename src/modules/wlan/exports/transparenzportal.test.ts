import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { MODULES } from '../../../registry';
import { insertHotspot } from '../map/test-support';

interface Resource {
  format: string;
  url: string;
  mimetype: string | null;
  size: number | null;
}

/** The Transparenzportal publishes both declarations as datasets of the city, with the module's GeoJSON beside CSV and JSON. */
describe('WLAN datasets in the Transparenzportal', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
    // The wlan rows first: the open-data demo publishes the modules' datasets as it seeds (later, its job every 15 minutes).
    await MODULES.find((module) => module.id === 'wlan')!.seedDemo?.(t.deps);
    await insertHotspot(t.db, { slug: 'rathaus', name: 'Rathaus' });
    await t.settled();
    // The city's organisation comes from the open-data demo, which names the admin pack's publishers.
    for (const module of MODULES.filter((candidate) => ['admin', 'opendata'].includes(candidate.id))) await module.seedDemo?.(t.deps);
  });
  after(() => t.close());

  for (const [name, geojson] of [
    ['wlan-hotspots', '/wlan/hotspots.geojson'],
    ['breitbandausbau', '/wlan/breitbandausbau.geojson'],
  ] as const) {
    it(`${name}: CSV, JSON and the GeoJSON the module serves, with its current size`, async () => {
      const response = await t.app.inject(`/api/3/action/package_show?id=${name}`);
      assert.equal(response.statusCode, 200, response.body.slice(0, 300));
      const resources = (JSON.parse(response.body) as { result: { resources: Resource[] } }).result.resources;
      assert.deepEqual(
        resources.map((resource) => resource.format),
        ['CSV', 'JSON', 'GEOJSON'],
      );
      const file = resources[2]!;
      assert.equal(file.url, `http://portal.test${geojson}`);
      assert.equal(file.mimetype, 'application/geo+json');
      assert.equal(file.size, Buffer.byteLength((await t.app.inject(geojson)).body));
    });
  }
});
