import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { XMLParser } from 'fast-xml-parser';
import { parseRdfXml, parseTurtle, validateDcatAp } from '../../../../tests/support/shacl';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { datasets } from '../tables';
import { createDataset, createOrganization } from '../test-support';
import { countExport, exportPage } from './rows';
import { dcatDataset, dcatEntry } from './to-dcat';

describe('opendata export: DCAT-AP.de catalogue, dataset documents, Atom feed, sitemap', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
    const city = await createOrganization(t, { name: 'stadt-iserlohn', title: 'Stadt Iserlohn', homepage: 'https://www.iserlohn.example' });
    await createDataset(
      t,
      city.id,
      {
        name: 'haushalt-2026',
        title: 'Haushaltsplan 2026',
        notes: 'Der **Ergebnisplan** nach Produktbereichen.',
        tags: ['Haushalt'],
        themes: ['GOVE'],
        frequency: 'ANNUAL',
        temporalStart: '2026-01-01',
        temporalEnd: '2026-12-31',
        legalBasis: 'Gemeindeordnung NRW',
      },
      [
        { name: 'Ergebnisplan', format: 'CSV', mediaType: 'text/csv', byteSize: 2048, checksum: 'a'.repeat(64), checksumAlgorithm: 'sha256' },
        { name: 'Haushaltsseite', format: 'HTML', licenseId: 'cc-by/4.0' },
      ],
    );
    await createDataset(t, city.id, { name: 'parkhaeuser', title: 'Parkhäuser', themes: ['TRAN'], licenseId: 'dl-zero-de/2.0' }, [
      { name: 'Standorte', format: 'GEOJSON' },
    ]);
    await createDataset(t, city.id, { name: 'entwurf', title: 'Entwurf', state: 'draft' });
  });
  after(() => t.close());

  const violations = async (quads: Parameters<typeof validateDcatAp>[0]) => {
    const result = await validateDcatAp(quads);
    return result.violations.map((finding) => `${finding.focusNode} ${finding.path ?? ''}: ${finding.message}`);
  };

  it('serves the catalogue as Turtle that the DCAT-AP.de 3.0 shapes accept, without drafts', async () => {
    const response = await t.client().get('/catalog.ttl');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^text\/turtle/);
    assert.equal(response.headers['access-control-allow-origin'], '*');
    assert.deepEqual(await violations(parseTurtle(response.body)), []);
    assert.match(response.body, /haushalt-2026/);
    assert.doesNotMatch(response.body, /datensatz\/entwurf/);
    assert.match(response.body, /hydra:totalItems/);
  });

  it('serves the same as RDF/XML and JSON-LD', async () => {
    const rdf = await t.client().get('/catalog.rdf');
    assert.deepEqual(await violations(await parseRdfXml(rdf.body)), []);
    const jsonld = await t.client().get('/catalog.jsonld');
    assert.equal(jsonld.statusCode, 200);
    assert.ok(JSON.parse(jsonld.body)['@context']);
  });

  it('pages and selects by modified_since, and answers bad parameters with 400 and pages beyond the end with 404', async () => {
    const future = await t.client().get('/catalog.ttl?modified_since=2999-01-01');
    assert.match(future.body, /hydra:totalItems 0;/);
    assert.equal((await t.client().get('/catalog.ttl?modified_since=gestern')).statusCode, 400);
    assert.equal((await t.client().get('/catalog.ttl?page=2')).statusCode, 404);
    assert.equal((await t.client().get('/catalog.xml')).statusCode, 404);
  });

  it('reads a page in order with each publisher and distribution, and heads it as its datasets say', async () => {
    const rows = await exportPage(t.db, { limit: 100, offset: 0 });
    assert.deepEqual(
      rows.map((row) => [row.dataset.name, row.organization.name, row.resources.map((resource) => resource.name)]),
      [
        ['haushalt-2026', 'stadt-iserlohn', ['Ergebnisplan', 'Haushaltsseite']],
        ['parkhaeuser', 'stadt-iserlohn', ['Standorte']],
      ],
    );
    assert.deepEqual(
      (await exportPage(t.db, { limit: 1, offset: 1 })).map((row) => row.dataset.name),
      ['parkhaeuser'],
    );
    for (const row of rows) {
      const { uri, publisher, spatial } = dcatDataset(t.config, [], row);
      assert.deepEqual(dcatEntry(t.config, row), { uri, publisher, spatial });
    }
  });

  it('keeps the export order until a dataset changes, and never exports one withdrawn meanwhile', async () => {
    const names = async () => (await exportPage(t.db, { limit: 100, offset: 0 })).map((row) => row.dataset.name);
    assert.equal(await countExport(t.db, undefined), 2);
    assert.deepEqual(await names(), ['haushalt-2026', 'parkhaeuser']);
    await t.db.update(datasets).set({ private: true }).where(eq(datasets.name, 'parkhaeuser'));
    try {
      // Heard or not yet (the kept order may still name it), the page leaves the withdrawn dataset out.
      assert.deepEqual(await names(), ['haushalt-2026']);
      await t.settled();
      assert.equal(await countExport(t.db, undefined), 1);
      assert.match((await t.client().get('/catalog.ttl')).body, /hydra:totalItems 1;/);
    } finally {
      await t.db.update(datasets).set({ private: false }).where(eq(datasets.name, 'parkhaeuser'));
      await t.settled();
    }
    assert.equal(await countExport(t.db, undefined), 2);
  });

  it('serves one dataset as a document, and not a draft', async () => {
    const response = await t.client().get('/dataset/haushalt-2026.ttl');
    assert.equal(response.statusCode, 200);
    assert.deepEqual(await violations(parseTurtle(response.body)), []);
    assert.match(response.body, /openNRW/);
    assert.equal((await t.client().get('/dataset/entwurf.ttl')).statusCode, 404);
    assert.equal((await t.client().get('/dataset/haushalt-2026')).statusCode, 404);
  });

  it('writes an Atom feed of the newest datasets and a sitemap', async () => {
    const feed = await t.client().get('/daten/feed.atom');
    assert.match(String(feed.headers['content-type']), /^application\/atom\+xml/);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(feed.body);
    const entries = [parsed.feed.entry].flat();
    assert.deepEqual(entries.map((entry: { title: string }) => entry.title).sort(), ['Haushaltsplan 2026', 'Parkhäuser']);
    const sitemap = await t.client().get('/daten/sitemap.xml');
    assert.match(sitemap.body, /<loc>[^<]*\/daten\/datensatz\/parkhaeuser<\/loc>/);
    assert.doesNotMatch(sitemap.body, /entwurf/);
  });
});
