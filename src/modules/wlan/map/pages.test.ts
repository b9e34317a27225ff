import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createTestApp, testConfig, type TestApp } from '../../../../tests/support/test-app';
import { findPlaces } from '../../../kernel/geo';
import { seedBroadbandDemo } from '../broadband/demo';
import { insertHotspot, listedNames } from './test-support';

/** Where the Iserlohn street list puts Schillerplatz 7. */
const [lon, lat] = findPlaces(testConfig().streets, 'Schillerplatz 7')[0]!.position;
const SCHILLERPLATZ_7: [number, number] = [lon, lat];

/** Text of group 1 of `pattern`, tags stripped, whitespace collapsed. */
const textOf = (html: string, pattern: RegExp) =>
  pattern
    .exec(html)?.[1]
    ?.replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const resultsTitle = (html: string) => textOf(html, /<h2 id="results-title"[^>]*>([\s\S]*?)<\/h2>/);

describe('/wlan: map and list of the hotspots', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());
  beforeEach(async () => {
    await t.reset();
  });

  const get = async (url: string) => {
    await t.settled();
    return t.app.inject(url);
  };

  it('is the main navigation entry "WLAN", explains Freifunk, and lists the hotspots inside the town by name with their facts', async () => {
    await insertHotspot(t.db, {
      name: 'Rathaus',
      address: 'Schillerplatz 7, 58636 Iserlohn',
      kind: 'own',
      operator: 'Stadt Iserlohn',
      externalId: null,
      clients: 4,
    });
    await insertHotspot(t.db, { name: 'Bahnhof', online: false, clients: 0, lastSeenAt: new Date('2026-03-02T09:30:00Z') });
    await insertHotspot(t.db, { name: 'Dortmund', position: [7.46, 51.51], insideArea: false });
    await insertHotspot(t.db, { name: 'Ohne Ort', position: null });
    await insertHotspot(t.db, { name: 'Abgebaut', removedAt: new Date() });
    const { statusCode, body, headers } = await get('/wlan');
    assert.equal(statusCode, 200);
    assert.match(body, /<a href="\/wlan"[^>]*>WLAN<\/a>/);
    assert.match(body, /<h1>WLAN für alle<\/h1>/);
    assert.match(body, /ohne\s+Anmeldung, ohne Passwort und kostenlos/);
    assert.deepEqual(listedNames(body), ['Bahnhof', 'Ohne Ort', 'Rathaus']);
    assert.equal(resultsTitle(body), '3 Hotspots');
    assert.match(body, /Schillerplatz 7, 58636 Iserlohn/);
    assert.match(body, /Stadt Iserlohn \(Stadt und Gesellschaften\)/);
    assert.match(body, /<strong class="tag tag--success">Online<\/strong> 4 Geräte verbunden/);
    assert.match(body, /<strong class="tag tag--neutral">Offline<\/strong> zuletzt gesehen 02\.03\.2026, 10:30 Uhr/);
    assert.doesNotMatch(body, /Nur Koordinaten bekannt|Zuletzt gesehen/, 'an address only where known, the last sighting only when offline');
    assert.match(body, /<svg class="map__svg" role="group"/);
    assert.match(body, /<p class="map-list__elsewhere"><a href="#hotspot-list-title">/, "the map hands its list to the page's own");
    assert.doesNotMatch(body, /<ol class="map-list"/);
    assert.equal((body.match(/<g class="map__feature[^"]*" role="img">/g) ?? []).length, 2, 'the two with a position are drawn');
    assert.match(body, /<g class="map__feature map__feature--muted" role="img"><title>1\. Bahnhof<\/title>/);
    assert.match(body, /<form action="\/wlan" method="get"[^>]*aria-label="Hotspots suchen"/);
    assert.match(body, /<label class="label" for="ort">Adresse oder Straße<\/label>/);
    assert.match(body, /data-locate[^>]*hidden/);
    assert.match(body, /nicht gespeichert/);
    assert.match(body, /<script src="\/assets\/locate\.js\?v=/);
    assert.match(body, /href="\/wlan\/hotspots\.geojson"/);
    assert.match(String(headers['permissions-policy']), /geolocation=\(self\)/);
    const other = await get('/kontakt');
    assert.match(String(other.headers['permissions-policy']), /geolocation=\(\)/, 'only /wlan may ask for the position');
    const cached = await get('/wlan');
    assert.match(String(cached.headers['permissions-policy']), /geolocation=\(self\)/, 'also when answered from the page cache');
  });

  it('filters by state, kind and area, shows each as a chip, and pages 20 at a time', async () => {
    await insertHotspot(t.db, { name: 'Stadtwerke', kind: 'own', operator: 'Stadtwerke Iserlohn', externalId: null, online: false });
    await insertHotspot(t.db, { name: 'Draußen', position: [7.46, 51.51], insideArea: false });
    for (let index = 1; index <= 22; index++) await insertHotspot(t.db, { name: `Knoten ${String(index).padStart(2, '0')}` });
    assert.deepEqual(listedNames((await get('/wlan?status=offline')).body), ['Stadtwerke']);
    assert.deepEqual(listedNames((await get('/wlan?art=stadt')).body), ['Stadtwerke']);
    const outside = await get('/wlan?bereich=alle&art=freifunk&status=online&seite=2');
    assert.equal(resultsTitle(outside.body), '23 Hotspots, Seite 2 von 2');
    assert.deepEqual(listedNames(outside.body), ['Knoten 20', 'Knoten 21', 'Knoten 22'], 'Draußen comes first by name');
    assert.match(outside.body, /<ol class="hotspot-list" start="21">/);
    assert.match((await get('/wlan?bereich=alle')).body, /<dt>Hinweis<\/dt>\s*<dd>Außerhalb des Stadtgebiets<\/dd>/);
    assert.match(outside.body, /href="\/wlan\?status=online&amp;art=freifunk"[^>]*>[\s\S]*?Auch außerhalb des Stadtgebiets/);
    const first = await get('/wlan');
    assert.equal(resultsTitle(first.body), '23 Hotspots, Seite 1 von 2');
    assert.match(first.body, /href="\/wlan\?seite=2"/);
    const beyond = await get('/wlan?seite=9');
    assert.equal(beyond.statusCode, 303);
    assert.equal(beyond.headers.location, '/wlan?seite=2');
    const junk = await get('/wlan?status=%3Cscript%3E&art=x&bereich=y&seite=-4');
    assert.equal(junk.statusCode, 200, 'unknown filter values fall back to the defaults');
    assert.equal(resultsTitle(junk.body), '23 Hotspots, Seite 1 von 2');
  });

  it('near me by address: one match sorts by distance (the nearest 20, with distances), several offer "Meinten Sie …", none is an error', async () => {
    await insertHotspot(t.db, { name: 'Weit weg', position: [7.612, 51.37] });
    await insertHotspot(t.db, { name: 'Nebenan', position: [SCHILLERPLATZ_7[0] + 0.003, SCHILLERPLATZ_7[1]] });
    await insertHotspot(t.db, { name: 'Ohne Ort', position: null });
    for (let index = 1; index <= 20; index++) await insertHotspot(t.db, { name: `Mitte ${index}`, position: [7.72 + index * 0.001, 51.39] });
    const near = await get('/wlan?ort=schillerplatz+7');
    assert.equal(near.statusCode, 200);
    const names = listedNames(near.body);
    assert.equal(names.length, 20);
    assert.equal(names[0], 'Nebenan');
    assert.ok(!names.includes('Weit weg') && !names.includes('Ohne Ort'), 'the farthest and the one without a place come after the nearest 20');
    assert.match(resultsTitle(near.body)!, /^23 Hotspots nach Entfernung von Schillerplatz 7 \(58636\), Seite 1 von 2$/);
    assert.match(near.body, /<dt>Entfernung<\/dt>\s*<dd>210 m<\/dd>/);
    assert.match(near.body, /Der nächste Hotspot, „Nebenan“, ist etwa 210 m entfernt/);
    assert.match(near.body, /Entfernungen ab der Hausnummer laut Straßenverzeichnis\. Ungefähre Demo-Liste für Iserlohn/);
    assert.match(near.body, /<g class="map__feature map__feature--marked" role="img"><title>21\. Schillerplatz 7 \(58636\)<\/title><rect/);
    const second = await get('/wlan?ort=schillerplatz+7&seite=2');
    assert.deepEqual(listedNames(second.body), ['Mitte 20', 'Weit weg', 'Ohne Ort']);
    assert.match(second.body, /<title>21\. Mitte 20<\/title>/, 'the map numbers as the list on page 2');

    const several = await get('/wlan?ort=Haupt');
    assert.equal(several.statusCode, 200);
    assert.match(several.body, /<h2 id="choices-title">Meinten Sie …<\/h2>/);
    assert.match(several.body, /<a href="\/wlan\?ort=Hauptstra%C3%9Fe\+%2858642\+Letmathe%29">Hauptstraße \(58642 Letmathe\)<\/a>/);
    assert.equal(listedNames(several.body)[0], 'Mitte 1', 'the list stays, by name');
    const chosen = await get('/wlan?ort=Hauptstra%C3%9Fe+%2858642+Letmathe%29');
    assert.equal(listedNames(chosen.body)[0], 'Weit weg', 'the label of a choice finds its street');

    const none = await get('/wlan?ort=Mondstra%C3%9Fe');
    assert.equal(none.statusCode, 400);
    assert.match(none.body, /<title>Fehler: /);
    assert.match(none.body, /class="error-summary"/);
    assert.match(none.body, /„Mondstraße“ steht nicht in unserem Straßenverzeichnis/);
    assert.match(none.body, /<input class="input input--full input--error" id="ort"/);
    assert.equal(resultsTitle(none.body), '23 Hotspots, Seite 1 von 2', 'the list stays, by name');
  });

  it('near me by the browser: checks the coordinates and measures from them, without writing them into the page', async () => {
    await insertHotspot(t.db, { name: 'Letmathe', position: [7.612, 51.37] });
    await insertHotspot(t.db, { name: 'Innenstadt', position: SCHILLERPLATZ_7 });
    const here = await get('/wlan?breite=51.3705&laenge=7.6109');
    assert.equal(here.statusCode, 200);
    assert.deepEqual(listedNames(here.body), ['Letmathe', 'Innenstadt']);
    assert.match(resultsTitle(here.body)!, /nach Entfernung von Ihr Standort/);
    assert.match(here.body, /<dd>90 m<\/dd>/);
    assert.doesNotMatch(here.body, /51\.3705|7\.6109/, 'the position is not written into the page');
    for (const [query, message] of [
      ['breite=abc&laenge=7.61', /nicht als gültige Koordinaten/],
      ['breite=51.37', /nicht als gültige Koordinaten/],
      ['breite=95&laenge=7.61', /nicht als gültige Koordinaten/],
      ['breite=1e3&laenge=7.61', /nicht als gültige Koordinaten/],
      ['breite=52.52&laenge=13.40', /liegt nicht in oder bei Iserlohn/],
    ] as const) {
      const refused = await get(`/wlan?${query}`);
      assert.equal(refused.statusCode, 400, query);
      assert.match(refused.body, message, query);
    }
  });

  it('shows the broadband expansion areas on the map and in a table, with the Breitbandatlas', async () => {
    await seedBroadbandDemo(t.deps);
    const { body } = await get('/wlan');
    assert.match(body, /<h2 id="broadband-title">Breitbandausbau<\/h2>/);
    assert.match(body, /href="https:\/\/gigabitgrundbuch\.bund\.de\/GIGA\/DE\/Breitbandatlas\/start\.html"/);
    assert.match(body, /<caption class="table__caption">Ausbaugebiete mit Status und Terminen<\/caption>/);
    assert.match(
      body,
      /<td>Kesbern und Ihmert<span class="hint">412 Adressen, Ausbau: noch offen<\/span><\/td>\s*<td>geplant<\/td>\s*<td>Beginn offen, fertig bis 31\.12\.2028<\/td>/,
    );
    assert.match(
      body,
      /<td>Letmathe-Oestrich<span class="hint">538 Adressen, Ausbau: Stadtwerke Iserlohn GmbH<\/span><\/td>\s*<td>fertig<\/td>\s*<td>ab 02\.09\.2024, fertig seit 20\.03\.2026<\/td>/,
    );
    assert.equal((body.match(/<path class="map__area"/g) ?? []).length, 4);
  });
});

describe('/wlan/hotspots/{slug}', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  it('shows a hotspot with its facts and position, a removed one with 410, an unknown slug 404', async () => {
    await insertHotspot(t.db, {
      slug: 'rathaus',
      name: 'Rathaus',
      kind: 'own',
      externalId: null,
      operator: 'Stadt Iserlohn',
      description: 'Im Foyer und auf dem Schillerplatz.',
      address: 'Schillerplatz 7, 58636 Iserlohn',
      clients: 1,
    });
    await insertHotspot(t.db, { slug: 'draussen', name: 'Draußen', position: [7.46, 51.51], insideArea: false, description: 'nicht gezeigt' });
    await insertHotspot(t.db, { slug: 'weg', name: 'Abgebaut', removedAt: new Date('2026-11-01T10:00:00Z') });
    await t.settled();
    const page = await t.app.inject('/wlan/hotspots/rathaus');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<h1>Rathaus<\/h1>/);
    assert.match(page.body, /Im Foyer und auf dem Schillerplatz\./);
    assert.match(page.body, /Stadt Iserlohn \(Stadt und Gesellschaften\)/);
    assert.match(page.body, /1 Gerät verbunden/);
    assert.match(page.body, /Zuerst gesehen/);
    assert.match(page.body, /<figcaption class="map__title" id="hotspot-map-title">Lage von Rathaus<\/figcaption>/);
    const outside = await t.app.inject('/wlan/hotspots/draussen');
    assert.match(outside.body, /außerhalb des Stadtgebiets/);
    assert.doesNotMatch(outside.body, /nicht gezeigt/, 'only own hotspots show a description');
    const removed = await t.app.inject('/wlan/hotspots/weg');
    assert.equal(removed.statusCode, 410);
    assert.match(removed.body, /seit 01\.11\.2026, 11:00 Uhr nicht mehr in Betrieb/);
    assert.equal((await t.app.inject('/wlan/hotspots/gibt-es-nicht')).statusCode, 404);
  });
});
