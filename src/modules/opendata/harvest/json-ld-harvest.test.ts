import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { listResources } from '../repository/datasets';
import { datasets, type Organization } from '../tables';
import { createDataset, createOrganization } from '../test-support';
import { insertSource, runLog, type HarvestSource } from './repository';
import { HARVEST_ACTOR, runHarvest } from './run-harvest';
import { fakeCatalogue } from './test-support';

const JSON_LD = 'application/ld+json';

/** A catalogue's term context of its own, served beside it: read through the harvest's fetch. */
const DCAT_CONTEXT = JSON.stringify({
  '@context': {
    dcat: 'http://www.w3.org/ns/dcat#',
    dct: 'http://purl.org/dc/terms/',
    Dataset: 'dcat:Dataset',
    Distribution: 'dcat:Distribution',
    title: { '@id': 'dct:title', '@language': 'de' },
    identifier: 'dct:identifier',
    keyword: 'dcat:keyword',
    distribution: { '@id': 'dcat:distribution' },
    downloadURL: { '@id': 'dcat:downloadURL', '@type': '@id' },
    format: { '@id': 'dct:format', '@type': '@id' },
    license: { '@id': 'dct:license', '@type': '@id' },
    contactPoint: { '@id': 'dcat:contactPoint' },
  },
});

function page(ref: string, title: string, next?: string): string {
  return JSON.stringify({
    '@context': ['http://www.w3.org/ns/hydra/context.jsonld', '{base}/kontext.jsonld', { vcard: 'http://www.w3.org/2006/vcard/ns#' }],
    '@graph': [
      {
        '@id': `https://daten.stadtwerke.example/dataset/${ref}`,
        '@type': 'Dataset',
        identifier: ref,
        title,
        keyword: ['Energie'],
        license: 'http://dcat-ap.de/def/licenses/dl-by-de/2.0',
        contactPoint: { 'vcard:fn': 'Open-Data-Team', 'vcard:hasEmail': { '@id': 'mailto:opendata@stadtwerke.example' } },
        distribution: [
          {
            '@type': 'Distribution',
            title: 'CSV',
            downloadURL: `https://daten.stadtwerke.example/${ref}.csv`,
            format: 'http://publications.europa.eu/resource/authority/file-type/CSV',
          },
        ],
      },
      ...(next ? [{ '@id': '{base}/catalog.jsonld', view: { '@id': '{base}/catalog.jsonld#view', '@type': 'PartialCollectionView', next } }] : []),
    ],
  });
}

describe('opendata harvest: a DCAT catalogue in JSON-LD', () => {
  let t: TestApp;
  let organization: Organization;
  before(async () => (t = await createTestApp()));
  beforeEach(async () => {
    await t.reset();
    organization = await createOrganization(t, { name: 'stadtwerke', title: 'Stadtwerke Iserlohn', email: 'opendata@stadtwerke.example' });
  });
  after(() => t.close());

  const source = (url: string, name = 'katalog') =>
    insertSource(t.deps.db, { name, title: name, url, kind: 'dcat', organizationId: organization.id, intervalHours: null });
  const harvest = async (from: HarvestSource) => {
    const result = await runHarvest(HARVEST_ACTOR, { source: from }, t.deps);
    assert.ok(result.started);
    return result.run;
  };
  const harvestedBy = (from: HarvestSource) =>
    t.deps.db
      .select()
      .from(datasets)
      .where(and(eq(datasets.harvestSourceId, from.id), eq(datasets.state, 'active')));

  it('follows Hydra paging, resolves Hydra’s context offline and the catalogue’s own through the harvest’s fetch, once', async () => {
    const pages = {
      '/catalog.jsonld': { type: JSON_LD, body: page('ladesaeulen', 'Ladesäulen', '{base}/catalog.jsonld?seite=2') },
      '/catalog.jsonld?seite=2': { type: 'application/ld+json; charset=utf-8', body: page('stromnetz', 'Stromnetz') },
      '/kontext.jsonld': { type: JSON_LD, body: DCAT_CONTEXT },
    };
    const catalogue = await fakeCatalogue(pages);
    try {
      const run = await harvest(await source(`${catalogue.url}/catalog.jsonld`));
      assert.deepEqual([run.status, run.created], ['succeeded', 2]);
      assert.deepEqual(
        catalogue.requests,
        ['/catalog.jsonld', '/kontext.jsonld', '/catalog.jsonld?seite=2'],
        'the own context once for both pages, Hydra’s never',
      );
      const rows = await t.deps.db.select().from(datasets).where(eq(datasets.originRef, 'ladesaeulen'));
      assert.equal(rows[0]?.title, 'Ladesäulen');
      assert.deepEqual(rows[0]?.tags, ['Energie']);
      assert.equal(rows[0]?.contactEmail, 'opendata@stadtwerke.example');
      assert.deepEqual(
        (await listResources(t.deps.db, rows[0]!.id)).map((file) => [file.format, file.url]),
        [['CSV', 'https://daten.stadtwerke.example/ladesaeulen.csv']],
      );
    } finally {
      await catalogue.close();
    }
  });

  it('reports malformed JSON-LD in the log, ends the run and deletes nothing', async () => {
    const pages = {
      '/catalog.jsonld': { type: JSON_LD, body: page('ladesaeulen', 'Ladesäulen') },
      '/kontext.jsonld': { type: JSON_LD, body: DCAT_CONTEXT },
    };
    const catalogue = await fakeCatalogue(pages);
    try {
      const from = await source(`${catalogue.url}/catalog.jsonld`);
      await harvest(from);
      for (const broken of ['{"@graph": [ {"@id": "x"', '{"@context": {"@version": 2.5}, "@graph": []}']) {
        pages['/catalog.jsonld'].body = broken;
        const run = await harvest(from);
        assert.deepEqual([run.status, run.deleted], ['failed', 0]);
        const [error] = (await runLog(t.deps.db, run.id)).filter((entry) => entry.level === 'error');
        assert.match(error!.message, /catalog\.jsonld ist kein gültiges RDF/);
      }
      pages['/kontext.jsonld'].body = '<html>nicht hier</html>';
      pages['/catalog.jsonld'].body = page('ladesaeulen', 'Ladesäulen');
      const run = await harvest(from);
      assert.deepEqual([run.status, run.deleted], ['failed', 0], 'a context that is not JSON');
      assert.equal((await harvestedBy(from)).length, 1, 'the dataset is still there');
    } finally {
      await catalogue.close();
    }
  });

  it('harvests our own /catalog.jsonld into the same datasets as our /catalog.ttl', async () => {
    const city = await createOrganization(t, { name: 'stadt', title: 'Stadt Iserlohn' });
    await createDataset(t, city.id, { title: 'Haushaltsplan 2026', tags: ['Haushalt', 'Finanzen'], themes: ['GOVE'], frequency: 'ANNUAL' }, [
      { name: 'Ergebnisplan', format: 'CSV' },
      { name: 'Erläuterungen', format: 'PDF' },
    ]);
    await createDataset(
      t,
      city.id,
      { title: 'Parkhäuser', notes: 'Standorte und **Stellplätze**.', licenseId: 'dl-zero-de/2.0', temporalStart: '2024-01-01' },
      [{ name: 'Standorte', format: 'GEOJSON' }],
    );
    await createDataset(t, city.id, { title: 'Entwurf', state: 'draft' });
    const served: Record<string, { type: string; body: string }> = {};
    for (const format of ['ttl', 'jsonld']) {
      const response = await t.client().get(`/catalog.${format}`);
      served[`/catalog.${format}`] = { type: String(response.headers['content-type']), body: response.body };
    }
    assert.match(served['/catalog.jsonld']!.type, /^application\/ld\+json/);
    const catalogue = await fakeCatalogue(served);
    try {
      const shapes = [];
      for (const format of ['ttl', 'jsonld']) {
        const from = await source(`${catalogue.url}/catalog.${format}`, `eigener-${format}`);
        const run = await harvest(from);
        assert.deepEqual([run.status, run.created], ['succeeded', 2], format);
        const rows = await harvestedBy(from);
        const shape = await Promise.all(
          rows.map(async (row) => ({
            ref: row.originRef,
            fields: [
              row.title,
              row.notes,
              [...row.tags].sort(),
              row.themes,
              row.licenseId,
              row.frequency,
              row.temporalStart,
              row.contactEmail,
              row.modified?.toISOString(),
            ],
            files: (await listResources(t.deps.db, row.id)).map((file) => [file.name, file.format, file.url, file.licenseId]),
          })),
        );
        shapes.push(shape.sort((a, b) => String(a.ref).localeCompare(String(b.ref))));
      }
      assert.deepEqual(shapes[1], shapes[0]);
      assert.deepEqual(shapes[0]!.map((dataset) => dataset.fields[0]).sort(), ['Haushaltsplan 2026', 'Parkhäuser']);
    } finally {
      await catalogue.close();
    }
  });
});
