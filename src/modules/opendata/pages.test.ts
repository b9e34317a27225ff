import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { links, parseHtml, textOf } from '../../../tests/support/html';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { storeUpload } from '../../kernel/files';
import { OPENDATA_PATHS } from './paths';
import { eq } from 'drizzle-orm';
import { enqueueDatastoreLoad } from './datastore';
import { createResource, resetDatastore } from './datastore/test-support';
import { datasets, resources } from './tables';
import { createDataset, createOrganization } from './test-support';

describe('opendata: the public pages /daten', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  async function arrange() {
    const city = await createOrganization(t, { name: 'stadt-iserlohn', title: 'Stadt Iserlohn', description: 'Die Stadtverwaltung.' });
    const works = await createOrganization(t, { name: 'stadtwerke', title: 'Stadtwerke Iserlohn', kind: 'company' });
    await createDataset(
      t,
      city.id,
      {
        name: 'haushalt-2026',
        title: 'Haushaltsplan 2026',
        notes: 'Der **Ergebnisplan** nach Produktbereichen. <script>alert(1)</script>',
        tags: ['Haushalt'],
        themes: ['GOVE'],
        frequency: 'ANNUAL',
        temporalStart: '2026-01-01',
        temporalEnd: '2026-12-31',
      },
      [{ name: 'Ergebnisplan', format: 'CSV' }],
    );
    await createDataset(t, works.id, { name: 'parkhaeuser', title: 'Parkhäuser', tags: ['Parken'], themes: ['TRAN'] }, [
      { name: 'Standorte', format: 'GEOJSON' },
    ]);
    await createDataset(t, city.id, { name: 'entwurf', title: 'Geheimer Entwurf', state: 'draft' });
    return { city, works };
  }

  it('starts with the categories, the newest datasets and the publishers', async () => {
    await arrange();
    const page = await t.client().get(OPENDATA_PATHS.catalogue);
    assert.equal(page.statusCode, 200);
    const text = textOf(page.body);
    assert.match(text, /2 Datensätze der/);
    assert.match(text, /Verkehr \(1\)/);
    assert.match(text, /Stadtwerke Iserlohn \(1\)/);
    assert.doesNotMatch(text, /Geheimer Entwurf/);
  });

  it('asks "Meinten Sie …?" when a search finds nothing, with links that keep the filters', async () => {
    await arrange();
    const page = await t.client().get(`${OPENDATA_PATHS.search}?q=Parkh%C3%A4usr&format=GEOJSON`);
    assert.equal(page.statusCode, 200);
    assert.match(textOf(page.body), /0 Datensätze zu „Parkhäusr“/);
    assert.match(textOf(page.body), /Meinten Sie „parkhäuser“ ?\?/);
    assert.ok(links(page.body, 'main a').some((link) => link.href === `${OPENDATA_PATHS.search}?q=parkh%C3%A4user&format=GEOJSON`));
    const found = await t.client().get(`${OPENDATA_PATHS.search}?q=parkhaus`);
    assert.doesNotMatch(textOf(found.body), /Meinten Sie/);
  });

  it('searches in German with facets, and filter links add and remove a filter', async () => {
    await arrange();
    const page = await t.client().get(`${OPENDATA_PATHS.search}?q=parkhaus`);
    assert.equal(page.statusCode, 200);
    assert.match(textOf(page.body), /1 Datensatz zu „parkhaus“/);
    const filtered = await t.client().get(`${OPENDATA_PATHS.search}?organisation=stadt-iserlohn&format=CSV`);
    const html = parseHtml(filtered.body);
    assert.deepEqual(
      html.querySelectorAll('.news-list__title').map((title) => title.text.trim()),
      ['Haushaltsplan 2026'],
    );
    assert.match(
      html.querySelector('.news-list__item')!.text,
      /Der Ergebnisplan nach Produktbereichen\..*CSV Stadt Iserlohn/s,
      'the excerpt as text, the formats',
    );
    const chips = links(filtered.body, '.filter-chips a.filter-chip');
    assert.deepEqual(
      chips.map((chip) => chip.href),
      [`${OPENDATA_PATHS.search}?format=CSV`, `${OPENDATA_PATHS.search}?organisation=stadt-iserlohn`],
    );
  });

  it('never fails on strange input: long, punctuation, unknown filters, pages beyond the end', async () => {
    await arrange();
    for (const query of [
      `q=${'x'.repeat(10_000)}`,
      'q=%22%29%28*%3A%26%7C',
      'kategorie=DROP%20TABLE',
      'seite=abc',
      'format=CSV&format=CSV&lizenz=%00',
      'q=%F0%9F%8C%B3%20%D0%BF%D0%B0%D1%80%D0%BA',
    ]) {
      const page = await t.client().get(`${OPENDATA_PATHS.search}?${query}`);
      assert.ok([200, 400].includes(page.statusCode), `${query}: ${page.statusCode}`);
    }
    const beyond = await t.client().get(`${OPENDATA_PATHS.search}?seite=50`);
    assert.equal(beyond.statusCode, 303);
    assert.equal(beyond.headers.location, OPENDATA_PATHS.search);
  });

  it('shows a dataset with its files, licence in plain words, citation, JSON-LD and RDF alternates, and escapes its Markdown', async () => {
    await arrange();
    const page = await t.client().get(OPENDATA_PATHS.dataset('haushalt-2026'));
    assert.equal(page.statusCode, 200);
    const html = parseHtml(page.body);
    assert.equal(html.querySelector('.prose strong')?.text, 'Ergebnisplan');
    assert.doesNotMatch(page.body, /<script>alert/);
    assert.deepEqual(
      html.querySelectorAll('.news-list__title').map((title) => title.text.trim()),
      ['Ergebnisplan'],
    );
    assert.match(textOf(page.body), /Datenlizenz Deutschland/);
    assert.match(textOf(page.body), /Stadt Iserlohn \(\d{4}\): Haushaltsplan 2026\. Lizenz:/);
    const jsonLd = JSON.parse(html.querySelector('script[type="application/ld+json"]')!.text);
    assert.equal(jsonLd['@type'], 'Dataset');
    assert.equal(jsonLd.name, 'Haushaltsplan 2026');
    assert.equal(jsonLd.temporalCoverage, '2026-01-01/2026-12-31');
    const alternates = html.querySelectorAll('link[rel="alternate"]').map((link) => link.getAttribute('type'));
    assert.deepEqual(alternates, ['text/turtle', 'application/rdf+xml', 'application/ld+json']);
  });

  it('answers 404 for drafts, unknown and malformed names, as for datasets that do not exist', async () => {
    await arrange();
    for (const name of ['entwurf', 'gibt-es-nicht', 'UPPER', '..%2f..']) {
      assert.equal((await t.client().get(OPENDATA_PATHS.dataset(name))).statusCode, 404, name);
    }
  });

  it('serves an uploaded file as a download, with its length and a public cache time', async () => {
    const city = await createOrganization(t);
    const stored = await storeUpload(t.deps.files, {
      fieldName: 'datei',
      filename: 'tabelle.csv',
      body: Buffer.from('Jahr;Betrag\n2026;1,5\n'),
      detectedType: 'text/csv',
    });
    await createDataset(t, city.id, { name: 'mit-datei' }, [
      { name: 'Tabelle', format: 'CSV', url: null, fileKey: stored.storageKey, fileName: 'tabelle.csv', byteSize: stored.size, mediaType: 'text/csv' },
    ]);
    const page = await t.client().get(OPENDATA_PATHS.dataset('mit-datei'));
    const download = links(page.body, '.news-list a').find((link) => link.text.startsWith('Herunterladen'))!;
    const file = await t.client().get(download.href);
    assert.equal(file.statusCode, 200);
    assert.equal(file.body, 'Jahr;Betrag\n2026;1,5\n');
    assert.match(String(file.headers['content-disposition']), /attachment; filename="tabelle.csv"/);
    assert.equal(file.headers['cache-control'], 'public, max-age=300');
  });

  it('previews a table loaded into the DataStore with a chart and its data table, and offers it as CSV and JSON', async () => {
    const id = await createResource(t, { file: Buffer.from('Stadtteil;Einwohner\nLetmathe;25000\nHennen;7000\n') });
    await enqueueDatastoreLoad(t.db, id);
    await t.worker.runOnce();
    const [row] = await t.db
      .select({ name: datasets.name })
      .from(resources)
      .innerJoin(datasets, eq(datasets.id, resources.datasetId))
      .where(eq(resources.id, id));
    const page = await t.client().get(OPENDATA_PATHS.dataset(row!.name));
    const html = parseHtml(page.body);
    assert.ok(html.querySelector('svg[role="img"]'), 'a chart');
    assert.match(textOf(page.body), /Die Tabelle hat 2 Zeilen\./);
    const csv = await t.client().get(OPENDATA_PATHS.resourceTable(row!.name, id, 'csv'));
    assert.equal(csv.statusCode, 200);
    assert.match(csv.body, /Letmathe/);
    const json = await t.client().get(OPENDATA_PATHS.resourceTable(row!.name, id, 'json'));
    assert.match(json.body, /Hennen/);
    assert.equal((await t.client().get(OPENDATA_PATHS.resourceTable(row!.name, id, 'xml' as 'csv'))).statusCode, 404);
    await resetDatastore(t);
  });

  it('lists the organisations and shows one with its datasets', async () => {
    await arrange();
    const list = await t.client().get(OPENDATA_PATHS.organizations);
    assert.match(textOf(list.body), /Stadtwerke Iserlohn/);
    const page = await t.client().get(OPENDATA_PATHS.organization('stadt-iserlohn'));
    assert.match(textOf(page.body), /Die Stadtverwaltung\./);
    assert.match(textOf(page.body), /1 Datensatz/);
    assert.equal((await t.client().get(OPENDATA_PATHS.organization('unbekannt'))).statusCode, 404);
  });
});
