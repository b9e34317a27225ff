import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { PROJECT_ROOT } from '../../src/kernel/config';
import { MODULES } from '../../src/registry';
import { galleryModule } from '../support/component-gallery';
import { expectNoAxeViolations } from './support/axe';
import { browserSuite } from './support/browser';
import { watchProblems } from './support/checks';
import { tabUntil } from './support/keyboard';

const TILE_ORIGIN = 'https://tiles.example.de';

/** Iserlohn with a tile server; the tests answer its requests themselves, so nothing leaves the machine. */
function municipalityWithTiles(): string {
  const iserlohn = JSON.parse(readFileSync(resolve(PROJECT_ROOT, 'config/iserlohn.json'), 'utf8')) as { map: object; logo: { file: string } };
  const file = join(mkdtempSync(join(tmpdir(), 'stadtportal-tiles-')), 'municipality.json');
  const logo = resolve(PROJECT_ROOT, 'config', iserlohn.logo.file);
  const tiles = { url: `${TILE_ORIGIN}/{z}/{x}/{y}.png`, attribution: '© Testkacheln <b>', maxZoom: 18 };
  writeFileSync(file, JSON.stringify({ ...iserlohn, logo: { ...iserlohn.logo, file: logo }, map: { ...iserlohn.map, tiles } }));
  return file;
}

const TILE = readFileSync(resolve(PROJECT_ROOT, 'node_modules/leaflet/dist/images/layers.png'));

/** The map with a tile server: Leaflet from the portal's assets, tiles from that server only, keyboard-usable, the list kept. */
browserSuite(
  'Karte mit Kachelserver: Leaflet vom Portal, Tastatur, Liste bleibt',
  (env) => {
    test('die gezeichnete Karte wird zur Kachelkarte mit denselben Orten, ohne CSP-Verstoß', async () => {
      const page = await env.newPage();
      const problems = watchProblems(page);
      const tileRequests: string[] = [];
      await page.route(`${TILE_ORIGIN}/**`, (route) => {
        tileRequests.push(route.request().url());
        return route.fulfill({ status: 200, contentType: 'image/png', body: TILE });
      });
      const response = await page.goto(env.url('/test/diagramme-und-karten'));
      assert.equal(response?.status(), 200);
      await page.locator('.map__tiles.leaflet-container').waitFor();
      await page.locator('.leaflet-tile-loaded').first().waitFor();
      assert.equal(await page.locator('.leaflet-marker-icon').count(), 3, 'Rathaus and two Bücherschränke');
      assert.deepEqual(await page.locator('.leaflet-marker-icon').evaluateAll((icons) => icons.map((icon) => icon.getAttribute('title'))), [
        '1. Rathaus',
        '2. Bücherschränke',
        '2. Bücherschränke',
      ]);
      assert.equal(await page.locator('.map svg.map__svg').isHidden(), true, 'the drawing gives way to the tile map');
      assert.equal(await page.locator('ol.map-list > li').count(), 7, 'the list stays');
      assert.match((await page.locator('.leaflet-control-attribution').textContent()) ?? '', /© Testkacheln <b>/, 'the attribution as text');
      assert.ok(tileRequests.length > 0 && tileRequests.every((url) => url.startsWith(`${TILE_ORIGIN}/`)));
      assert.deepEqual(problems, []);
      await expectNoAxeViolations(page, 'Kachelkarte');
    });

    test('die Kachelkarte lässt sich mit der Tastatur verschieben und zoomen, die Orte sind erreichbar', async () => {
      const page = await env.newPage();
      const zooms: number[] = [];
      await page.route(`${TILE_ORIGIN}/**`, (route) => {
        zooms.push(Number(new URL(route.request().url()).pathname.split('/')[1]));
        return route.fulfill({ status: 200, contentType: 'image/png', body: TILE });
      });
      await page.goto(env.url('/test/diagramme-und-karten'));
      await page.locator('.leaflet-marker-icon').first().waitFor();
      await expectNoAxeViolations(page, 'Kachelkarte, Tastatur');
      await tabUntil(page, (info) => info.text.startsWith('Karte:'), 'the map');
      const pane = page.locator('.map__tiles .leaflet-map-pane');
      const before = await pane.getAttribute('style');
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((style) => document.querySelector('.map__tiles .leaflet-map-pane')?.getAttribute('style') !== style, before);
      const zoomBefore = Math.max(...zooms);
      const closer = page.waitForRequest((request) => request.url().startsWith(`${TILE_ORIGIN}/${zoomBefore + 1}/`));
      await page.keyboard.press('+');
      await closer; // tiles of the next zoom level
      await tabUntil(page, (info) => info.tag === 'img' && info.inMain, 'the first marker');
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('title')), '1. Rathaus');
      await page.keyboard.press('Enter');
      await page.locator('.leaflet-popup-content').waitFor();
      assert.equal(await page.locator('.leaflet-popup-content').textContent(), '1. Rathaus');
    });
  },
  { modules: [...MODULES, galleryModule], env: { CONFIG_FILE: municipalityWithTiles() } },
);
