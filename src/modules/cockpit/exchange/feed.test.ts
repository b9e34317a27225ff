import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, it } from 'node:test';
import { PROJECT_ROOT } from '../../../kernel/config';
import type { TestApp } from '../../../../tests/support/test-app';
import { cockpitTestApp } from '../exports/test-support';
import { PATHS } from '../paths';
import type { ExchangeFeed } from './feed-types';
import { assertValidFeed } from './test-support';

describe('the exchange feed and its JSON Schema', () => {
  const app = cockpitTestApp();
  let t: TestApp;
  beforeEach(() => (t = app()));

  it('gives the municipality, the published measures and the figures, valid against schema v1', async () => {
    const response = await t.client().get(PATHS.feed);
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'application/json; charset=utf-8');
    assert.equal(response.headers['access-control-allow-origin'], '*');
    const feed = JSON.parse(response.body) as ExchangeFeed & { $schema: string };
    assertValidFeed(feed);
    assert.equal(feed.$schema, `http://portal.test${PATHS.feedSchema}`);
    assert.equal(feed.schemaVersion, '1.0');
    assert.deepEqual(feed.municipality, { name: 'Iserlohn', officialName: 'Stadt Iserlohn', ags: '05962024', url: 'http://portal.test' });
    assert.deepEqual(
      feed.measures.map((measure) => measure.id),
      ['buergerplattform', 'freies-wlan'],
      'published only, by title',
    );
    const wifi = feed.measures.find((measure) => measure.id === 'freies-wlan')!;
    assert.equal(wifi.budgetEuro, 250000);
    assert.equal(wifi.fundingSource, 'Förderprogramm WiFi4EU und Eigenmittel');
    assert.deepEqual(wifi.links, [{ kind: 'hotspot', count: 1 }]);
    assert.deepEqual(wifi.milestones[0], { title: 'Ausschreibung', dueOn: '2025-06-30', doneOn: '2025-06-20' });
    const share = feed.figures.find((figure) => figure.key === 'services.online_share')!;
    assert.equal(share.value, 62.5);
    assert.equal(share.parts.length, 2);
    assert.deepEqual(share.months[1], { month: '2026-11', value: 60 });
    assert.equal(share.computedAt, '2026-12-01T06:00:00.000Z');
  });

  it('is valid with nothing published yet', async () => {
    await t.reset();
    assertValidFeed(JSON.parse((await t.client().get(PATHS.feed)).body));
  });

  it('answers 304 with its ETag until a table changes', async () => {
    const first = await t.client().get(PATHS.feed);
    const etag = String(first.headers.etag);
    assert.equal((await t.app.inject({ url: PATHS.feed, headers: { 'if-none-match': etag } })).statusCode, 304);
    await t.db.execute(`update cockpit_figures set value = 49 where key = 'wlan.hotspots_online'`);
    const changed = await t.app.inject({ url: PATHS.feed, headers: { 'if-none-match': etag } });
    assert.equal(changed.statusCode, 200);
    assert.equal((JSON.parse(changed.body) as ExchangeFeed).figures.find((figure) => figure.key === 'wlan.hotspots_online')!.value, 49);
  });

  it('serves the figures as CSV', async () => {
    const response = await t.client().get(PATHS.feedCsv);
    assert.equal(response.headers['content-type'], 'text/csv; charset=utf-8');
    const lines = response.body.split('\r\n');
    assert.equal(lines[0], 'key,bereich,bezeichnung,einheit,definition,wert,berechnet_am');
    assert.match(response.body, /\r\nwlan\.hotspots_online,Internet für alle,WLAN-Hotspots online,count,.*,48,2026-12-01T06:00:00\.000Z\r\n/);
  });

  it('publishes the committed schema with the portal’s address as $id', async () => {
    const response = await t.client().get(PATHS.feedSchema);
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'application/schema+json; charset=utf-8');
    assert.equal(response.headers['access-control-allow-origin'], '*');
    const schema = JSON.parse(response.body) as Record<string, unknown>;
    assert.equal(schema.$id, `http://portal.test${PATHS.feedSchema}`);
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    const committed = JSON.parse(readFileSync(resolve(PROJECT_ROOT, 'src/modules/cockpit/exchange/schema/v1.json'), 'utf8')) as Record<string, unknown>;
    assert.deepEqual({ ...schema, $id: undefined }, { ...committed, $id: undefined });
  });
});
