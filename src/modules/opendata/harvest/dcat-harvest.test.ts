import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { listResources } from '../repository/datasets';
import { datasets, type Organization } from '../tables';
import { createOrganization } from '../test-support';
import { runLog, type HarvestSource } from './repository';
import { HARVEST_ACTOR, runHarvest } from './run-harvest';
import { fakeCatalogue, fixture, sourceAt } from './test-support';

const RDF_XML = 'application/rdf+xml; charset=utf-8';

/** ckanext-dcatde's endpoint with the legacy literal `hydra:nextPage`, Rostock's dataset with Hydra core's `hydra:next`, then a Turtle page. */
function threePages() {
  const endpoint = fixture('dcatde-catalog-endpoint.rdf').replace(
    '</rdf:RDF>',
    '<rdf:Description rdf:about="{base}/catalog.rdf"><hydra:nextPage>{base}/seite2.rdf</hydra:nextPage></rdf:Description></rdf:RDF>',
  );
  const rostock = fixture('rostock-dataset.rdf').replace(
    '</rdf:RDF>',
    '<rdf:Description rdf:about="{base}/seite2.rdf" xmlns:hydra="http://www.w3.org/ns/hydra/core#"><hydra:next rdf:resource="{base}/seite3"/></rdf:Description></rdf:RDF>',
  );
  const turtle = `
@prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .
@prefix vcard: <http://www.w3.org/2006/vcard/ns#> . @prefix dcatde: <http://dcat-ap.de/def/dcatde/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<https://daten.stadtwerke.example/dataset/ladesaeulen> a dcat:Dataset ;
  dct:identifier "ladesaeulen" ; dct:title "Ladesäulen"@de , "Charging stations"@en ; dct:description "Alle Ladesäulen der Stadtwerke."@de ;
  dcat:keyword "E-Mobilität" , "Strom!" ; dcat:theme <http://publications.europa.eu/resource/authority/data-theme/TRAN> ;
  dct:accrualPeriodicity <http://publications.europa.eu/resource/authority/frequency/MONTHLY> ;
  dcatde:politicalGeocodingURI <http://dcat-ap.de/def/politicalGeocoding/regionalKey/059620024024> ;
  dct:modified "2026-11-30T09:00:00Z"^^xsd:dateTime ;
  dct:temporal [ a dct:PeriodOfTime ; dcat:startDate "2020-01-01"^^xsd:date ] ;
  dcat:contactPoint [ a vcard:Organization ; vcard:fn "Open-Data-Team" ; vcard:hasEmail <mailto:opendata@stadtwerke.example> ] ;
  dcat:distribution [ a dcat:Distribution ; dct:title "CSV" ; dcat:downloadURL <https://daten.stadtwerke.example/ladesaeulen.csv> ;
    dct:format <http://publications.europa.eu/resource/authority/file-type/CSV> ; dcat:byteSize "1200"^^xsd:nonNegativeInteger ;
    dct:license <http://dcat-ap.de/def/licenses/dl-by-de/2.0> ] .`;
  return {
    '/catalog.rdf': { type: RDF_XML, body: endpoint },
    '/seite2.rdf': { type: RDF_XML, body: rostock },
    '/seite3': { type: 'text/turtle', body: turtle },
  };
}

describe('opendata harvest: a DCAT catalogue', () => {
  let t: TestApp;
  let organization: Organization;
  before(async () => (t = await createTestApp()));
  beforeEach(async () => {
    await t.reset();
    organization = await createOrganization(t, { title: 'Stadtwerke Iserlohn', email: 'opendata@stadtwerke.example' });
  });
  after(() => t.close());

  const source = (url: string) => sourceAt(t.deps.db, organization.id, 'dcat', url);
  const harvest = async (from: HarvestSource) => {
    const result = await runHarvest(HARVEST_ACTOR, { source: from }, t.deps);
    assert.ok(result.started);
    return result.run;
  };
  const byRef = async (ref: string) => (await t.deps.db.select().from(datasets).where(eq(datasets.originRef, ref)))[0];

  it('follows Hydra paging over three pages of RDF/XML and Turtle and reads each dataset with its distributions', async () => {
    const pages = threePages();
    const catalogue = await fakeCatalogue(pages);
    try {
      const run = await harvest(await source(catalogue.url));
      assert.deepEqual(catalogue.requests, ['/catalog.rdf', '/seite2.rdf', '/seite3']);
      assert.equal(run.status, 'partial');
      assert.deepEqual([run.created, run.failed], [7, 1]);
      const errors = (await runLog(t.deps.db, run.id)).filter((entry) => entry.level === 'error');
      assert.deepEqual(
        errors.map((entry) => entry.datasetRef),
        ['0ee2fe79-fc37-400d-a8ca-4915b0295aec'],
        'the contact mailbox poststelle(at)statistik.rlp.de',
      );

      const rostock = (await byRef('c1be4007-d811-48fb-8818-2cb358b06a63'))!;
      assert.deepEqual([rostock.spatialKey, rostock.spatialLevel], ['130030000000', 'municipality']);
      assert.equal(rostock.licenseId, 'cc-zero');
      assert.equal(rostock.contactEmail, 'geodienste@rostock.de');
      const files = await listResources(t.deps.db, rostock.id);
      assert.ok(files.some((file) => file.format === 'GEOJSON' && file.mediaType === 'application/geo+json' && file.checksum?.startsWith('1d5a3926')));

      const ladesaeulen = (await byRef('ladesaeulen'))!;
      assert.equal(ladesaeulen.title, 'Ladesäulen', 'the German title');
      assert.equal(ladesaeulen.name, 'ladesaeulen');
      assert.deepEqual(ladesaeulen.tags, ['E-Mobilität', 'Strom']);
      assert.deepEqual(ladesaeulen.themes, ['TRAN']);
      assert.equal(ladesaeulen.frequency, 'MONTHLY');
      assert.equal(ladesaeulen.spatialKey, '059620024024');
      assert.equal(ladesaeulen.temporalStart, '2020-01-01');
      assert.equal(ladesaeulen.licenseId, 'dl-by-de/2.0');
      assert.deepEqual(
        (await listResources(t.deps.db, ladesaeulen.id)).map((file) => [file.format, file.url, file.byteSize, file.licenseId]),
        [['CSV', 'https://daten.stadtwerke.example/ladesaeulen.csv', 1200, null]],
      );
      assert.equal((await byRef('3ca58f59-adfd-4ae7-a277-1707973fd755'))!.licenseId, 'mozilla', 'the distribution licence, for a dataset without its own');
    } finally {
      await catalogue.close();
    }
  });

  it('reports an RDF syntax error, ends the run and deletes nothing; a complete catalogue then deletes what it no longer lists', async () => {
    const pages = threePages();
    const catalogue = await fakeCatalogue(pages);
    try {
      const from = await source(catalogue.url);
      await harvest(from);
      const rostock = pages['/seite2.rdf'].body;
      pages['/seite2.rdf'].body = rostock.replace('<dcat:Dataset', '<dcat:Dataset <<');
      const broken = await harvest(from);
      assert.deepEqual([broken.status, broken.deleted], ['failed', 0]);
      const [error] = (await runLog(t.deps.db, broken.id)).filter((entry) => entry.level === 'error' && entry.datasetRef === null);
      assert.match(error!.message, /seite2\.rdf ist kein gültiges RDF/);
      assert.equal((await byRef('ladesaeulen'))!.state, 'active');

      // Rostock's page now ends the catalogue: the Turtle page's dataset is gone at the source.
      pages['/seite2.rdf'].body = fixture('rostock-dataset.rdf');
      const complete = await harvest(from);
      assert.deepEqual([complete.updated, complete.deleted], [0, 1]);
      assert.equal((await byRef('ladesaeulen'))!.state, 'deleted');
      assert.equal((await byRef('c1be4007-d811-48fb-8818-2cb358b06a63'))!.state, 'active');
    } finally {
      await catalogue.close();
    }
  });
});
