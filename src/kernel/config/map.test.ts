import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { MODULES } from '../../registry';
import { ConfigError, loadConfig, PROJECT_ROOT } from './index';
import { tileOrigins } from './map';

const dir = mkdtempSync(join(tmpdir(), 'stadtportal-map-config-'));
// The municipality files written below name Iserlohn's logo, looked up beside them.
copyFileSync(resolve(PROJECT_ROOT, 'config/iserlohn-logo.svg'), join(dir, 'iserlohn-logo.svg'));

const ISERLOHN = JSON.parse(readFileSync(resolve(PROJECT_ROOT, 'config/iserlohn.json'), 'utf8')) as Record<string, unknown>;

/** Loads Iserlohn's file with `map` replaced; the problems when it is refused. */
function load(map: unknown): { problems: string[]; config?: ReturnType<typeof loadConfig> } {
  const file = join(dir, `municipality-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify({ ...ISERLOHN, map }));
  try {
    return { problems: [], config: loadConfig({ DATA_DIR: dir, CONFIG_FILE: file, APP_SECRET: 'x'.repeat(32) }, MODULES) };
  } catch (error) {
    assert.ok(error instanceof ConfigError, String(error));
    return { problems: error.problems };
  }
}

function assertRefused(map: unknown, pattern: RegExp): void {
  const { problems } = load(map);
  assert.ok(
    problems.some((problem) => pattern.test(problem)),
    `expected ${pattern} in:\n${problems.join('\n')}`,
  );
}

const TILES = { url: 'https://tiles.example.de/{z}/{x}/{y}.png', attribution: '© OpenStreetMap-Mitwirkende' };

describe('the map block of the municipality file', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));
  it('reads both demo towns’ outlines, within their area', () => {
    for (const town of ['iserlohn', 'menden']) {
      const config = loadConfig({ DATA_DIR: dir, CONFIG_FILE: resolve(PROJECT_ROOT, `config/${town}.json`), APP_SECRET: 'x'.repeat(32) }, MODULES);
      const boundary = config.municipality.map?.boundary ?? [];
      assert.ok(boundary.length >= 15 && boundary.length <= 40, `${town}: ${boundary.length} points`);
      assert.ok(
        boundary.every(([lon, lat]) => lon > 7.5 && lon < 7.95 && lat > 51.3 && lat < 51.5),
        town,
      );
      assert.equal(config.municipality.map?.tiles, undefined, `${town}: no tiles in the demo, so no third-party requests`);
    }
  });

  it('takes a tile server with a default zoom limit, and is optional as a whole', () => {
    assert.deepEqual(load({ tiles: TILES }).config?.municipality.map, { tiles: { ...TILES, maxZoom: 19 } });
    const without = Object.fromEntries(Object.entries(ISERLOHN).filter(([key]) => key !== 'map'));
    const file = join(dir, 'without-map.json');
    writeFileSync(file, JSON.stringify(without));
    assert.equal(loadConfig({ DATA_DIR: dir, CONFIG_FILE: file, APP_SECRET: 'x'.repeat(32) }, MODULES).municipality.map, undefined);
  });

  it('refuses a bad outline and names the key', () => {
    assertRefused(
      {
        boundary: [
          [7.6, 51.3],
          [7.7, 51.4],
          [190, 51.4],
        ],
      },
      /: map\.boundary\.2\.0: die geografische Länge muss zwischen -180 und 180 liegen$/,
    );
    assertRefused(
      {
        boundary: [
          [7.6, 51.3],
          [7.7, 95],
          [7.7, 51.4],
        ],
      },
      /: map\.boundary\.1\.1: die geografische Breite muss zwischen -90 und 90 liegen$/,
    );
    assertRefused(
      {
        boundary: [
          [7.6, 51.3],
          [7.7, 51.4],
        ],
      },
      /: map\.boundary: braucht mindestens 3 Punkte/,
    );
    assertRefused(
      {
        boundary: [
          [7.6, 51.3],
          ['7.7', 51.4],
          [7.7, 51.4],
        ],
      },
      /: map\.boundary\.1\.0: /,
    );
  });

  it('refuses tile servers that are not one https origin with {z}, {x} and {y}', () => {
    assertRefused({ tiles: { ...TILES, url: 'http://tiles.example.de/{z}/{x}/{y}.png' } }, /: map\.tiles\.url: muss eine https-Adresse/);
    assertRefused({ tiles: { ...TILES, url: 'https://{s}.tile.example.de/{z}/{x}/{y}.png' } }, /: map\.tiles\.url: muss eine https-Adresse/);
    assertRefused({ tiles: { ...TILES, url: 'https://tiles.example.de/{x}/{y}.png' } }, /: map\.tiles\.url: /);
    assertRefused({ tiles: { ...TILES, attribution: '' } }, /: map\.tiles\.attribution: muss die Quelle der Kacheln nennen/);
    assertRefused({ tiles: { ...TILES, maxZoom: 30 } }, /: map\.tiles\.maxZoom: /);
  });

  it('gives the CSP exactly the tile server origin, and none without tiles', () => {
    assert.deepEqual(tileOrigins({ tiles: { ...TILES, url: 'https://tiles.example.de:8443/osm/{z}/{x}/{y}.png?key=1', maxZoom: 19 } }), [
      'https://tiles.example.de:8443',
    ]);
    assert.deepEqual(tileOrigins({ boundary: [] }), []);
    assert.deepEqual(tileOrigins(undefined), []);
  });
  it('reads the street list named by map.streets beside the municipality file, and lists its problems', () => {
    const streets = { source: 'Testliste', streets: [{ name: 'Schillerplatz', postcode: '58636', position: [7.6958, 51.3759] }] };
    writeFileSync(join(dir, 'test-streets.json'), JSON.stringify(streets));
    assert.deepEqual(load({ streets: 'test-streets.json' }).config?.streets, streets);
    assert.equal(load({}).config?.streets, undefined);
    writeFileSync(join(dir, 'bad-streets.json'), JSON.stringify({ source: 'x', streets: [{ name: 'A', postcode: '586', position: [200, 51] }] }));
    const { problems } = load({ streets: 'bad-streets.json' });
    assert.ok(
      problems.some((problem) => /map\.streets: .*bad-streets\.json: streets\.0\.postcode: muss eine fünfstellige Postleitzahl sein/.test(problem)),
      problems.join('\n'),
    );
    assert.ok(
      problems.some((problem) => /streets\.0\.position\.0/.test(problem)),
      problems.join('\n'),
    );
    assertRefused({ streets: 'missing-streets.json' }, /map\.streets: .*die Straßenliste missing-streets\.json fehlt/);
    assertRefused({ streets: '../etc/passwd' }, /muss der Name einer JSON-Datei neben der Gemeindedatei sein/);
  });
});
