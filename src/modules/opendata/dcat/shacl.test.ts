/**
 * The export validated against DCAT-AP.de 3.0 as GovData's validator composes it (EU DCAT-AP 3.0.0
 * shapes + the German shapes, deprecations, additions and controlled vocabularies; the FOAF, vCard and
 * ORG ontologies, the dcat-ap.de licence and contributor lists in the data graph): zero violations in
 * Turtle, RDF/XML and JSON-LD. Warnings allowed are the deprecations GovData's 2.0 conventions still ask
 * for (dcatde:politicalGeocodingURI, dcatde:legalBasis).
 *
 * Not checked offline (tests/support/shacl.ts switches these shapes of
 * dcat-ap-de-controlledvocabularies.ttl off; the imports file would load the tables from the EU
 * Publications Office and dcat-ap.de):
 * - EU language table: dct:language of Catalog, Dataset, Distribution, CatalogRecord
 * - EU data-theme table: dcat:theme of Dataset
 * - EU frequency table: dct:accrualPeriodicity of Dataset and DatasetSeries
 * - EU file-type table: dct:format of Distribution and DataService
 * - EU access-right table: dct:accessRights of Dataset and DataService
 * - EU planned-availability table: dcatap:availability of Catalog, Dataset, DataService, Distribution
 * - EU dataset-type table: dct:type of Dataset (a warning); EU distribution-status: adms:status
 * - dcat-ap.de political geocoding levels: dcatde:politicalGeocodingLevelURI (a warning)
 * - ADMS publisher types: dct:type of foaf:Agent; SPDX ontology: spdx:algorithm (a warning)
 * Instead, the last test here checks that those values lie in the right table and use codes our
 * vocabularies know. The licence and contributor lists are checked for real.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Quad } from 'n3';
import { parseRdfXml, parseTurtle, validateDcatAp } from '../../../../tests/support/shacl';
import { isFormatCode } from '../vocabularies/formats';
import { isFrequencyCode } from '../vocabularies/frequencies';
import { isThemeCode } from '../vocabularies/themes';
import type { DcatDataset } from './model';
import { PREFIXES } from './namespaces';
import { catalogPage, datasetDocument, type RdfFormat } from './serialize';
import { iserlohnCatalog, iserlohnDataset, readJsonLd } from './test-support';
import { datasetUri, distributionUri } from './uris';

const FORMATS: RdfFormat[] = ['ttl', 'rdf', 'jsonld'];
const ALLOWED_WARNINGS = [
  'Deprecated: dcatde:legalBasis soll nicht mehr verwendet werden.',
  'Deprecated: dcatde:politicalGeocodingURI soll nicht mehr verwendet werden.',
];

/** A dataset with nothing optional: one distribution, no period, frequency, keywords or themes. */
function sparseDataset(): DcatDataset {
  const uri = datasetUri('https://www.iserlohn.de', 'einwohnerzahlen');
  const rest = { ...iserlohnDataset('einwohnerzahlen'), temporal: undefined, frequency: undefined, legalBasis: undefined, version: undefined };
  return {
    ...rest,
    keywords: [],
    themes: [],
    contributorIds: [],
    contactPoint: { name: 'Bürgerbüro', email: 'buergerbuero@iserlohn.de' },
    distributions: [
      {
        uri: distributionUri(uri, '7'),
        title: 'Einwohner',
        format: 'JSON',
        mediaType: 'application/json',
        licenseId: 'dl-zero-de/2.0',
        accessUrl: `${uri}.json`,
      },
    ],
  };
}

function page(format: RdfFormat): string {
  const datasets = [iserlohnDataset(), sparseDataset()];
  return [
    ...catalogPage({ catalog: iserlohnCatalog(), datasets, page: 1, pageSize: 2, total: 3, baseUrlOfThePage: 'https://www.iserlohn.de/catalog.ttl' }, format),
  ].join('');
}

async function read(text: string, format: RdfFormat): Promise<Quad[]> {
  if (format === 'ttl') return parseTurtle(text);
  if (format === 'rdf') return parseRdfXml(text);
  return readJsonLd(text);
}

async function check(quads: Quad[]): Promise<{ violations: string[]; warnings: string[] }> {
  const result = await validateDcatAp(quads);
  return {
    violations: result.violations.map((finding) => `${finding.focusNode} ${finding.path}: ${finding.message}`),
    warnings: [...new Set(result.warnings.map((finding) => finding.message))].sort(),
  };
}

describe('DCAT-AP.de 3.0 SHACL validation', () => {
  for (const format of FORMATS) {
    it(`finds no violation in a catalogue page as ${format}`, async () => {
      const { violations, warnings } = await check(await read(page(format), format));
      assert.deepEqual(violations, []);
      assert.deepEqual(warnings, ALLOWED_WARNINGS);
    });

    it(`finds no violation in a dataset document as ${format}`, async () => {
      const { violations } = await check(await read(datasetDocument(iserlohnDataset(), iserlohnCatalog(), format), format));
      assert.deepEqual(violations, []);
    });
  }

  it('reports a dataset without a title and a distribution without a licence', async () => {
    const dataset = iserlohnDataset();
    const csv = dataset.distributions[0]!.uri;
    const quads = parseTurtle(datasetDocument(dataset, iserlohnCatalog(), 'ttl')).filter(
      (quad) =>
        !(quad.subject.value === dataset.uri && quad.predicate.value === `${PREFIXES.dct}title`) &&
        !(quad.subject.value === csv && quad.predicate.value === `${PREFIXES.dct}license`),
    );
    const { violations } = await check(quads);
    assert.ok(
      violations.some((violation) => violation.startsWith(`${dataset.uri} ${PREFIXES.dct}title`)),
      violations.join('\n'),
    );
    assert.ok(
      violations.some((violation) => violation.startsWith(`${csv} ${PREFIXES.dct}license`)),
      violations.join('\n'),
    );
  });

  it('checks contributor ids against the dcat-ap.de list', async () => {
    const dataset = { ...iserlohnDataset(), contributorIds: ['http://dcat-ap.de/def/contributors/stadtIserlohn'] };
    const { warnings } = await check(parseTurtle(datasetDocument(dataset, iserlohnCatalog(), 'ttl')));
    assert.ok(
      warnings.some((warning) => warning.includes('dcatde:contributorID SOLL')),
      warnings.join('\n'),
    );
  });

  it('takes the values of the shapes not checked offline from the right EU or dcat-ap.de table', () => {
    const tables: Record<string, (value: string) => boolean> = {
      [`${PREFIXES.dcat}theme`]: (value) => isThemeCode(value.replace('http://publications.europa.eu/resource/authority/data-theme/', '')),
      [`${PREFIXES.dct}accrualPeriodicity`]: (value) => isFrequencyCode(value.replace('http://publications.europa.eu/resource/authority/frequency/', '')),
      [`${PREFIXES.dct}format`]: (value) => isFormatCode(value.replace('http://publications.europa.eu/resource/authority/file-type/', '')),
      [`${PREFIXES.dct}language`]: (value) => value === 'http://publications.europa.eu/resource/authority/language/DEU',
      [`${PREFIXES.dct}accessRights`]: (value) => value === 'http://publications.europa.eu/resource/authority/access-right/PUBLIC',
      [`${PREFIXES.dcatde}politicalGeocodingLevelURI`]: (value) => value === 'http://dcat-ap.de/def/politicalGeocoding/Level/municipality',
      [`${PREFIXES.spdx}algorithm`]: (value) => value === `${PREFIXES.spdx}checksumAlgorithm_sha256`,
    };
    const quads = parseTurtle(page('ttl'));
    for (const [predicate, inTable] of Object.entries(tables)) {
      const values = quads.filter((quad) => quad.predicate.value === predicate).map((quad) => quad.object.value);
      assert.ok(values.length > 0, predicate);
      for (const value of values) assert.ok(inTable(value), `${predicate} ${value}`);
    }
  });
});
