import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { seedBroadbandDemo } from '../broadband/demo';
import { broadbandOpenData } from '../broadband/open-data';
import { insertHotspot } from '../map/test-support';
import type { PublicHotspot } from '../map/current-hotspots';
import { hotspotsCsv } from './hotspots-csv';
import { hotspotsOpenData } from './open-data';

type Position = [number, number];
interface Feature {
  type: string;
  id: string;
  geometry: { type: string; coordinates: unknown };
  properties: Record<string, unknown>;
}

/** Twice the signed area of a closed ring: positive when counterclockwise. */
const signedArea = (ring: Position[]) => ring.slice(0, -1).reduce((sum, [x, y], i) => sum + x * ring[i + 1]![1] - ring[i + 1]![0] * y, 0);

/** RFC 7946: a FeatureCollection of Features, no `crs`, positions as [longitude, latitude] in range, closed rings wound right. */
function assertRfc7946(text: string): Feature[] {
  const collection = JSON.parse(text) as { type: string; features: Feature[]; crs?: unknown };
  assert.equal(collection.type, 'FeatureCollection');
  assert.equal(collection.crs, undefined, 'RFC 7946 has no crs member: WGS 84 always');
  for (const feature of collection.features) {
    assert.equal(feature.type, 'Feature');
    assert.ok(typeof feature.id === 'string' || typeof feature.id === 'number');
    assert.equal(typeof feature.properties, 'object');
    const positions: Position[] = [];
    if (feature.geometry.type === 'Point') positions.push(feature.geometry.coordinates as Position);
    else if (feature.geometry.type === 'Polygon') {
      (feature.geometry.coordinates as Position[][]).forEach((ring, index) => {
        assert.ok(ring.length >= 4, 'a linear ring has four or more positions');
        assert.deepEqual(ring[0], ring[ring.length - 1], 'rings are closed');
        assert.equal(signedArea(ring) > 0, index === 0, 'exterior rings counterclockwise, holes clockwise');
        positions.push(...ring);
      });
    } else assert.fail(`unexpected geometry ${feature.geometry.type}`);
    for (const [lon, lat] of positions) assert.ok(Math.abs(lon) <= 180 && Math.abs(lat) <= 90 && lon > lat / 100, `[${lon}, ${lat}] is longitude first`);
  }
  return collection.features;
}

describe('WLAN exports and open datasets', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
    await insertHotspot(t.db, {
      slug: 'rathaus',
      name: 'Rathaus',
      kind: 'own',
      externalId: null,
      operator: 'Stadt Iserlohn',
      address: 'Schillerplatz 7',
      position: [7.6961234567, 51.3757],
    });
    await insertHotspot(t.db, {
      slug: 'dortmund',
      name: '=HYPERLINK("http://evil.example","klick")',
      position: [7.46, 51.51],
      insideArea: false,
      online: false,
    });
    await insertHotspot(t.db, { slug: 'ohne-ort', name: 'Ohne Ort', position: null });
    await insertHotspot(t.db, { slug: 'weg', name: 'Abgebaut', removedAt: new Date() });
    await insertHotspot(t.db, { slug: 'komma', name: '@Lager, "Halle" 2', model: 'TP-Link', position: [7.7, 51.38] });
    await seedBroadbandDemo(t.deps);
    await t.settled();
  });
  after(() => t.close());

  it('/wlan/hotspots.geojson: every current hotspot with a position, inside the area or not, no owner data, RFC 7946', async () => {
    const response = await t.app.inject('/wlan/hotspots.geojson');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^application\/geo\+json/);
    assert.equal(response.headers['access-control-allow-origin'], '*');
    const features = assertRfc7946(response.body);
    assert.deepEqual(features.map((feature) => feature.id).sort(), ['dortmund', 'komma', 'rathaus']);
    const rathaus = features.find((feature) => feature.id === 'rathaus')!;
    assert.deepEqual(rathaus.geometry, { type: 'Point', coordinates: [7.696123, 51.3757] });
    assert.deepEqual(rathaus.properties, {
      id: 'rathaus',
      name: 'Rathaus',
      kind: 'Stadt und Gesellschaften',
      operator: 'Stadt Iserlohn',
      address: 'Schillerplatz 7',
      inside_area: true,
      online: true,
      clients: 2,
      last_seen: rathaus.properties.last_seen,
      first_seen: rathaus.properties.first_seen,
      url: 'http://portal.test/wlan/hotspots/rathaus',
    });
    assert.match(String(rathaus.properties.last_seen), /^\d{4}-\d\d-\d\dT/);
    assert.equal(features.find((feature) => feature.id === 'dortmund')!.properties.inside_area, false);
    assert.doesNotMatch(response.body, /TP-Link|node\d|contact|mail/i, 'no router model, feed ids or contact data');
  });

  it('answers a client that has the current file with 304, and a changed one with the new file', async () => {
    const first = await t.app.inject('/wlan/hotspots.geojson');
    const etag = String(first.headers.etag);
    assert.match(etag, /^"[\w-]+"$/);
    assert.equal((await t.app.inject({ url: '/wlan/hotspots.geojson', headers: { 'if-none-match': etag } })).statusCode, 304);
    await insertHotspot(t.db, { slug: 'neu', name: 'Neu' });
    await t.settled();
    const changed = await t.app.inject({ url: '/wlan/hotspots.geojson', headers: { 'if-none-match': etag } });
    assert.equal(changed.statusCode, 200);
    assert.ok(JSON.parse(changed.body).features.some((feature: Feature) => feature.id === 'neu'));
  });

  it('/wlan/hotspots.csv: the same fields with the position, formulas defused, quoting as RFC 4180', async () => {
    const response = await t.app.inject('/wlan/hotspots.csv');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^text\/csv; charset=utf-8/);
    const lines = response.body.split('\r\n');
    assert.equal(lines[0], 'id,name,kind,operator,address,inside_area,online,clients,last_seen,first_seen,url,longitude,latitude');
    const dortmund = lines.find((line) => line.startsWith('dortmund,'))!;
    assert.ok(dortmund.startsWith(`dortmund,"'=HYPERLINK(""http://evil.example"",""klick"")",Freifunk,`), dortmund);
    assert.match(dortmund, /,false,false,2,/);
    assert.match(dortmund, /,7\.46,51\.51$/);
    assert.ok(lines.some((line) => line.startsWith(`komma,"'@Lager, ""Halle"" 2",`)));
    assert.ok(!lines.some((line) => /^(ohne-ort|weg),/.test(line)));
    assert.equal(lines.at(-1), '', 'ends with a line break');
  });

  it('/wlan/hotspots.csv quotes a defused formula even where nothing else needs quotes, so a spreadsheet reads it as text', () => {
    const hotspot: PublicHotspot = {
      slug: 'nord',
      kind: 'freifunk',
      name: '-Nord',
      operator: '',
      address: '',
      position: [7.7, 51.38],
      insideArea: true,
      online: true,
      clients: 0,
      lastSeenAt: null,
      firstSeenAt: null,
    };
    assert.match(hotspotsCsv([hotspot], 'http://portal.test'), /\r\nnord,"'-Nord",/);
  });

  it('/wlan/breitbandausbau.geojson: the expansion areas as closed, counterclockwise polygons with state and dates', async () => {
    const response = await t.app.inject('/wlan/breitbandausbau.geojson');
    assert.match(String(response.headers['content-type']), /^application\/geo\+json/);
    const features = assertRfc7946(response.body);
    assert.equal(features.length, 4);
    const kesbern = features.find((feature) => feature.id === 'kesbern-ihmert')!;
    assert.deepEqual(kesbern.properties, {
      name: 'Kesbern und Ihmert',
      status: 'geplant',
      ausbauunternehmen: null,
      adressen: 412,
      beginn: null,
      fertigstellung: '2028-12-31',
    });
  });

  it('are declared as open datasets with the same rows and a GeoJSON distribution', async () => {
    const rows = await hotspotsOpenData.rows(t.deps);
    assert.deepEqual(rows.map((row) => row.id).sort(), ['dortmund', 'komma', 'neu', 'rathaus']);
    assert.equal(rows.find((row) => row.id === 'dortmund')!.inside_area, false);
    assert.equal(hotspotsOpenData.geojson?.path, '/wlan/hotspots.geojson');
    assert.equal(await hotspotsOpenData.geojson!.body(t.deps), (await t.app.inject('/wlan/hotspots.geojson')).body);
    const areas = await broadbandOpenData.rows(t.deps);
    assert.deepEqual(
      areas.map((row) => `${row.name}: ${row.status}`),
      ['Hennen Nord: geplant', 'Kesbern und Ihmert: geplant', 'Gewerbegebiet Sümmern-Rombrock: im Bau', 'Letmathe-Oestrich: fertig'],
    );
    assert.equal(await broadbandOpenData.geojson!.body(t.deps), (await t.app.inject('/wlan/breitbandausbau.geojson')).body);
  });
});
