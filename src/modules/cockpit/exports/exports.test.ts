import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import type { TestApp } from '../../../../tests/support/test-app';
import { PATHS } from '../paths';
import { COCKPIT_OPEN_DATA } from './open-data';
import { cockpitTestApp } from './test-support';

/** RFC 4180 with quoted fields (commas, quotes and line breaks inside), enough for our own files. */
function parseCsv(text: string): string[][] {
  const cells = text.matchAll(/("(?:[^"]|"")*"|[^,\r\n]*)(,|\r\n)/g);
  const rows: string[][] = [[]];
  for (const [, cell, separator] of cells) {
    rows.at(-1)!.push(cell!.startsWith('"') ? cell!.slice(1, -1).replaceAll('""', '"') : cell!);
    if (separator === '\r\n') rows.push([]);
  }
  return rows.slice(0, -1);
}

describe('cockpit exports: the published measures as CSV and JSON, and as open datasets', () => {
  const app = cockpitTestApp();
  let t: TestApp;
  beforeEach(() => (t = app()));

  it('serves the published measures as CSV with a header, CRLF and UTF-8, without the unpublished one', async () => {
    const response = await t.client().get(PATHS.measuresCsv);
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'text/csv; charset=utf-8');
    assert.equal(response.headers['access-control-allow-origin'], '*');
    const [header, ...rows] = parseCsv(response.body);
    assert.equal(header![0], 'id');
    assert.deepEqual(
      rows.map((row) => row[0]),
      ['buergerplattform', 'freies-wlan'],
    );
    const wifi = Object.fromEntries(header!.map((column, index) => [column, rows[1]![index]]));
    assert.equal(wifi.titel, 'Freies WLAN in der Innenstadt');
    assert.equal(wifi.status, 'In Umsetzung');
    assert.equal(wifi.budget_euro, '250000');
    assert.equal(wifi.meilensteine_erreicht, '1');
    assert.equal(wifi.naechster_meilenstein, 'Alle Plätze versorgt');
    assert.equal(wifi.url, `http://portal.test${PATHS.measure('freies-wlan')}`);
    assert.doesNotMatch(response.body, /Digitale Akte/);
  });

  it('guards against formulas and quotes commas and line breaks', async () => {
    await t.db.execute(`update cockpit_measures set title = '=HYPERLINK("http://evil.example")', goal = 'Erstens, zweitens
drittens' where slug = 'freies-wlan'`);
    const response = await t.client().get(PATHS.measuresCsv);
    const wifi = parseCsv(response.body).find((row) => row[0] === 'freies-wlan')!;
    assert.equal(wifi[1], `'=HYPERLINK("http://evil.example")`);
    assert.equal(wifi[2], 'Erstens, zweitens\ndrittens');
  });

  it('quotes a defused formula even where nothing else needs quotes, so a spreadsheet reads it as text', async () => {
    await t.db.execute(`update cockpit_measures set title = '@SUMME(A1)' where slug = 'freies-wlan'`);
    const response = await t.client().get(PATHS.measuresCsv);
    assert.match(response.body, /\r\nfreies-wlan,"'@SUMME\(A1\)",/);
  });

  it('serves the measures as JSON with their milestones, and answers 304 to a client that has them', async () => {
    const client = t.client();
    const response = await client.get(PATHS.measuresJson);
    assert.equal(response.statusCode, 200);
    const measures = JSON.parse(response.body) as Array<{ id: string; status_code: string; meilensteine: unknown[] }>;
    const wifi = measures.find((measure) => measure.id === 'freies-wlan')!;
    assert.equal(wifi.status_code, 'in_progress');
    assert.deepEqual(wifi.meilensteine, [
      { titel: 'Ausschreibung', faellig: '2025-06-30', erreicht: '2025-06-20' },
      { titel: 'Alle Plätze versorgt', faellig: '2027-06-30', erreicht: null },
    ]);
    const again = await t.app.inject({ url: PATHS.measuresJson, headers: { 'if-none-match': String(response.headers.etag) } });
    assert.equal(again.statusCode, 304);
    await t.db.execute(`update cockpit_measures set progress_percent = 55 where slug = 'freies-wlan'`);
    const changed = await t.app.inject({ url: PATHS.measuresJson, headers: { 'if-none-match': String(response.headers.etag) } });
    assert.equal(changed.statusCode, 200, 'a change of the measures gives a new file');
    assert.match(changed.body, /"fortschritt_prozent":55/);
  });

  it('declares the measures and the figures as open datasets with plain rows', async () => {
    const [measures, figures] = COCKPIT_OPEN_DATA;
    const measureRows = await measures!.rows(t.deps);
    assert.deepEqual(
      measureRows.map((row) => row.id),
      ['buergerplattform', 'freies-wlan'],
    );
    const figureRows = await figures!.rows(t.deps);
    assert.deepEqual(
      figureRows.map((row) => [row.key, row.wert, row.einheit]),
      [
        ['services.online_share', 62.5, 'percent'],
        ['wlan.hotspots_online', 48, 'count'],
      ],
    );
  });
});
