import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { galleryModule } from '../../../../tests/support/component-gallery';
import { parseHtml, textOf } from '../../../../tests/support/html';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { MODULES } from '../../../registry';
import { PROJECT_ROOT } from '../../config';

const PAGE = '/test/diagramme-und-karten';
const TILES = { url: 'https://tiles.example.de/osm/{z}/{x}/{y}.png', attribution: '© OpenStreetMap-Mitwirkende', maxZoom: 18 };

/** Iserlohn's municipality file with a tile server configured. */
function withTiles(): string {
  const iserlohn = JSON.parse(readFileSync(resolve(PROJECT_ROOT, 'config/iserlohn.json'), 'utf8')) as { map: object; logo: { file: string } };
  const file = join(mkdtempSync(join(tmpdir(), 'stadtportal-map-')), 'municipality.json');
  const logo = resolve(PROJECT_ROOT, 'config', iserlohn.logo.file);
  writeFileSync(file, JSON.stringify({ ...iserlohn, logo: { ...iserlohn.logo, file: logo }, map: { ...iserlohn.map, tiles: TILES } }));
  return file;
}

const imgSrc = (csp: unknown) => /img-src ([^;]*)/.exec(String(csp))?.[1];

describe('map without a tile server (the demo configuration)', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp({ modules: [...MODULES, galleryModule] })));
  after(() => t.close());

  it('draws the municipality outline and every located feature with its number and name, requesting nothing elsewhere', async () => {
    const response = await t.client().get(PAGE);
    assert.equal(response.statusCode, 200);
    assert.equal(imgSrc(response.headers['content-security-policy']), "'self' data:");
    const root = parseHtml(response.body);
    const svg = root.querySelector('.map svg')!;
    assert.equal(svg.getAttribute('aria-labelledby'), 'karte-orte-title');
    assert.equal(textOf(root.querySelector('#karte-orte-title')!), 'Orte in der Stadt');
    assert.equal(svg.querySelectorAll('.map__boundary').length, 1);
    const titles = svg.querySelectorAll('g.map__feature > title').map((title) => textOf(title));
    assert.deepEqual(
      titles,
      ['5. Seilersee', '6. Friedhöfe', '3. Radweg im Baarbachtal', '4. Buslinien', '1. Rathaus', '2. Bücherschränke'],
      'areas, lines, then points',
    );
    assert.equal(svg.querySelectorAll('circle.map__point').length, 3);
    assert.equal(svg.querySelectorAll('path.map__line').length, 2);
    assert.equal(svg.querySelectorAll('path.map__area').length, 2);
    assert.equal(root.querySelectorAll('script[src^="/assets/map.js"]').length, 0, 'no enhancement without tiles');
    assert.equal(root.querySelector('figure.map')?.getAttribute('data-map-tiles'), undefined);
  });

  it('always lists every feature with its properties and location, the one without a location too', async () => {
    const root = parseHtml((await t.client().get(PAGE)).body);
    const items = root.querySelectorAll('ol.map-list > li');
    assert.equal(items.length, 7);
    assert.equal(textOf(items[0]!), 'Rathaus adresse Schillerplatz 7 barrierefrei ja Punkt bei 51,37490° N, 7,69580° O');
    assert.match(textOf(items[4]!), /^Seilersee art See mit Insel Fläche um 51,38300° N, 7,71750° O$/);
    assert.equal(textOf(items[6]!), '<script>alert("x")</script> Ohne Ortsangabe');
    assert.equal(root.querySelector('ol.map-list')?.getAttribute('aria-labelledby'), 'karte-orte-list');
    assert.equal(textOf(root.querySelector('#karte-orte-list')!), 'Orte in der Stadt: 7 Objekte');
  });
});

describe('map with a tile server', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp({ modules: [...MODULES, galleryModule], env: { CONFIG_FILE: withTiles() } })));
  after(() => t.close());

  it('allows exactly the tile server origin for images and nothing else from it', async () => {
    const response = await t.client().get('/');
    const csp = String(response.headers['content-security-policy']);
    assert.equal(imgSrc(csp), "'self' data: https://tiles.example.de");
    assert.equal(csp.match(/tiles\.example\.de/g)?.length, 1);
  });

  it('hands the features, the outline and the tile server to public/map.js, and keeps the drawing and the list', async () => {
    const root = parseHtml((await t.client().get(PAGE)).body);
    const figure = root.querySelector('figure.map')!;
    assert.equal(figure.getAttribute('data-map-tiles'), TILES.url);
    assert.equal(figure.getAttribute('data-map-attribution'), TILES.attribution);
    assert.equal(figure.getAttribute('data-map-max-zoom'), '18');
    const data = JSON.parse(figure.getAttribute('data-map-features') ?? '') as { features: { properties: { name: string } }[] };
    assert.deepEqual(
      data.features.map((feature) => feature.properties.name),
      ['1. Rathaus', '2. Bücherschränke', '3. Radweg im Baarbachtal', '4. Buslinien', '5. Seilersee', '6. Friedhöfe'],
    );
    assert.equal((JSON.parse(figure.getAttribute('data-map-boundary') ?? '') as unknown[]).length, 29);
    assert.equal(root.querySelectorAll('script[src^="/assets/map.js?v="]').length, 1);
    assert.ok(figure.querySelector('svg'));
    assert.equal(root.querySelectorAll('ol.map-list > li').length, 7);
  });

  it('serves Leaflet and the map script from the portal itself', async () => {
    const client = t.client();
    for (const path of ['/assets/map.js', '/assets/leaflet/leaflet.js', '/assets/leaflet/leaflet.css', '/assets/leaflet/images/marker-icon.png']) {
      assert.equal((await client.get(path)).statusCode, 200, path);
    }
  });
});
