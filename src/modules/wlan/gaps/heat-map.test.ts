import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { distanceMetres } from '../../../kernel/geo';
import { parseHtml, tableRows } from '../../../../tests/support/html';
import type { TestApp } from '../../../../tests/support/test-app';
import { wlanGapReports } from '../tables';
import { areaFromLabel, areaRows, CELL_METRES, heatCells } from './heat-map';
import type { PublicGapRow } from './repository';
import { createGapTestApp, insertGapReport, TEST_STREETS } from './test-support';

const row = (longitude: number, latitude: number, state: PublicGapRow['state'] = 'confirmed', publicNote = ''): PublicGapRow => ({
  longitude,
  latitude,
  place: 'irgendwo',
  state,
  publicNote,
});

describe('heat map cells', () => {
  it('puts nearby reports into one cell and never shows a report at its own position', () => {
    const rows = [row(7.6961, 51.3757), row(7.6963, 51.3758, 'planned', 'Router kommt'), row(7.6108, 51.3705, 'resolved')];
    const cells = heatCells(rows, TEST_STREETS);
    assert.equal(cells.length, 2);
    assert.deepEqual(cells[0]?.counts, { confirmed: 1, planned: 1, resolved: 0 });
    assert.deepEqual(cells[0]?.notes, ['Router kommt']);
    assert.equal(cells[0]?.name, 'Umgebung Schillerplatz (Innenstadt)');
    for (const cell of cells) {
      for (const report of rows) assert.notDeepEqual(cell.centre, [report.longitude, report.latitude]);
    }
    const lone = cells[1]!;
    assert.equal(lone.total, 1);
    // The centre is within the cell (at most half a diagonal away) but not the report's place.
    const offset = distanceMetres(lone.centre, [7.6108, 51.3705]);
    assert.ok(offset > 0 && offset <= (CELL_METRES * Math.SQRT2) / 2 + 1, String(offset));
  });

  it('gives the same cell for reports anywhere inside it, whatever else is reported', () => {
    const alone = heatCells([row(7.6108, 51.3705)], TEST_STREETS)[0]!.centre;
    const withOthers = heatCells([row(7.7, 51.45), row(7.6108, 51.3705), row(7.6109, 51.3706)], TEST_STREETS).find((cell) => cell.total === 2)!.centre;
    assert.deepEqual(withOthers, alone);
  });

  it('without a street list, names areas by the district or postcode of the place, never its street', () => {
    assert.equal(areaFromLabel('Hagener Straße 3 (58642 Letmathe)'), 'Letmathe');
    assert.equal(areaFromLabel('Schillerplatz 7 (58636)'), '58636');
    assert.equal(areaFromLabel('Am Wald'), 'Ohne Ortsangabe');
    const rows = [{ ...row(7.6108, 51.3705), place: 'Hagener Straße 3 (58642 Letmathe)' }];
    assert.equal(heatCells(rows, undefined)[0]?.name, 'Gebiet in Letmathe');
    assert.deepEqual(areaRows(rows, undefined), [{ area: 'Letmathe', counts: { confirmed: 1, planned: 0, resolved: 0 }, total: 1 }]);
  });

  it('counts per district, or per street where the list has no district', () => {
    const streets = { ...TEST_STREETS, streets: [...TEST_STREETS.streets, { name: 'Am Wald', position: [7.75, 51.42] as [number, number] }] };
    const rows = [row(7.6961, 51.3757), row(7.6905, 51.3786, 'resolved'), row(7.6109, 51.3706, 'planned'), row(7.7501, 51.4201)];
    assert.deepEqual(areaRows(rows, streets), [
      { area: 'Am Wald', counts: { confirmed: 1, planned: 0, resolved: 0 }, total: 1 },
      { area: 'Innenstadt', counts: { confirmed: 1, planned: 0, resolved: 1 }, total: 2 },
      { area: 'Letmathe', counts: { confirmed: 0, planned: 1, resolved: 0 }, total: 1 },
    ]);
  });
});

describe('/wlan/luecken', () => {
  let t: TestApp;
  before(async () => (t = await createGapTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  it('shows confirmed, planned and resolved reports as cells and per district, without anything personal', async () => {
    await insertGapReport(t, {
      state: 'confirmed',
      longitude: 7.6961,
      latitude: 51.3757,
      description: 'GEHEIME BESCHREIBUNG',
      contactEmail: 'erika@example.org',
    });
    await insertGapReport(t, {
      state: 'planned',
      longitude: 7.6108,
      latitude: 51.3705,
      place: 'Hauptstraße 3 (58642 Letmathe)',
      publicNote: 'Freifunk MK plant einen Knoten.',
    });
    await insertGapReport(t, { state: 'new', longitude: 7.6563, latitude: 51.4459, place: 'Hauptstraße (58640 Hennen)' });
    await insertGapReport(t, { state: 'rejected', longitude: 7.6563, latitude: 51.4459, place: 'Hauptstraße (58640 Hennen)' });
    const response = await t.client().get('/wlan/luecken');
    assert.equal(response.statusCode, 200);
    const page = parseHtml(response.body);
    assert.equal(page.querySelectorAll('circle.heat-cell').length, 2);
    assert.deepEqual(
      page.querySelectorAll('#luecken svg title').map((title) => title.text),
      ['1. Umgebung Hauptstraße (Letmathe): 1 Meldung (1 geplant)', '2. Umgebung Schillerplatz (Innenstadt): 1 Meldung (1 bestätigt)'],
    );
    assert.deepEqual(tableRows(response.body), [
      ['Innenstadt', 'Bestätigt', '1'],
      ['Letmathe', 'Geplant', '1'],
    ]);
    assert.match(response.body, /Hinweis der Verwaltung: Freifunk MK plant einen Knoten\./);
    for (const secret of ['GEHEIME BESCHREIBUNG', 'erika@example.org', 'Hauptstraße 3', 'Hennen', '7.6961', '51.3757']) {
      assert.ok(!response.body.includes(secret), `shows no ${secret}`);
    }
    assert.match(response.body, /href="\/wlan\/luecke-melden"/);
  });

  it('follows a change at once, though the aggregation is kept in memory', async () => {
    const report = await insertGapReport(t, { state: 'confirmed' });
    assert.equal(parseHtml((await t.client().get('/wlan/luecken')).body).querySelectorAll('circle.heat-cell').length, 1);
    await insertGapReport(t, { state: 'resolved', longitude: 7.6108, latitude: 51.3705 });
    assert.equal(parseHtml((await t.client().get('/wlan/luecken')).body).querySelectorAll('circle.heat-cell').length, 2);
    await t.db.update(wlanGapReports).set({ state: 'rejected' }).where(eq(wlanGapReports.id, report.id));
    await t.settled();
    assert.equal(parseHtml((await t.client().get('/wlan/luecken')).body).querySelectorAll('circle.heat-cell').length, 1);
  });

  it('says so when nothing is confirmed yet', async () => {
    await insertGapReport(t, { state: 'new' });
    const response = await t.client().get('/wlan/luecken');
    assert.match(response.body, /Zurzeit gibt es keine bestätigten WLAN-Lücken\./);
    assert.equal(parseHtml(response.body).querySelector('svg'), null);
  });
});
