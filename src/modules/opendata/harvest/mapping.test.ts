import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanTags, mapRemote } from './mapping';
import type { RemoteDataset, RemoteResource } from './remote';

const RESOURCE: RemoteResource = {
  name: 'Daten',
  description: '',
  url: 'https://daten.example/a',
  format: null,
  mediaType: null,
  byteSize: null,
  checksumAlgorithm: null,
  checksum: null,
  license: null,
};

function remote(overrides: Partial<RemoteDataset>): RemoteDataset {
  return {
    ref: 'r1',
    name: null,
    title: 'Titel',
    notes: '',
    license: 'dl-de-by-2.0',
    tags: [],
    themes: [],
    contactName: null,
    contactEmail: null,
    contactUrl: null,
    temporalStart: null,
    temporalEnd: null,
    spatialKey: null,
    frequency: null,
    legalBasis: null,
    landingPage: null,
    version: null,
    issued: null,
    modified: null,
    resources: [],
    ...overrides,
  };
}

const FALLBACK = { name: 'Stadtwerke', email: 'opendata@stadtwerke.example' };

describe('opendata harvest: from a source spelling to ours', () => {
  it('maps the licence spellings of real portals, and an unknown one to other-closed with a warning', () => {
    const cases: Array<[string | null, string]> = [
      ['dl-de-by-2.0', 'dl-by-de/2.0'],
      ['http://dcat-ap.de/def/licenses/dl-by-de/2.0', 'dl-by-de/2.0'],
      ['http://dcat-ap.de/def/licenses/dl-by-de/2_0', 'dl-by-de/2.0'],
      ['CC-BY-4.0', 'cc-by/4.0'],
      ['cc-zero', 'cc-zero'],
      ['https://creativecommons.org/publicdomain/zero/1.0/', 'cc-zero'],
      ['odc-odbl', 'odbl'],
      ['Freie Nutzung nach Absprache', 'other-closed'],
      [null, 'other-closed'],
    ];
    for (const [spelling, id] of cases) {
      const mapped = mapRemote(remote({ license: spelling }), FALLBACK);
      assert.equal(mapped.fields.licenseId, id, String(spelling));
      assert.equal(mapped.warnings.length, id === 'other-closed' ? 1 : 0, String(spelling));
    }
  });

  it('reads themes, frequencies and formats as URIs, codes or GovData group names', () => {
    const mapped = mapRemote(
      remote({
        themes: ['http://publications.europa.eu/resource/authority/data-theme/ENVI', 'tran', 'bildung_wissenschaft', 'tran'],
        frequency: 'http://publications.europa.eu/resource/authority/frequency/ANNUAL',
        resources: [
          { ...RESOURCE, format: 'http://publications.europa.eu/resource/authority/file-type/GEOJSON' },
          { ...RESOURCE, format: 'csv' },
          { ...RESOURCE, format: null, mediaType: 'https://www.iana.org/assignments/media-types/application/pdf' },
          { ...RESOURCE, format: 'text/html' },
          { ...RESOURCE, format: 'WMS', license: 'cc-by-4.0' },
          { ...RESOURCE, format: 'CSV', url: 'ftp://daten.example/a.csv' },
        ],
      }),
      FALLBACK,
    );
    assert.deepEqual(mapped.fields.themes, ['ENVI', 'TRAN']);
    assert.equal(mapped.fields.frequency, 'ANNUAL');
    assert.deepEqual(
      mapped.resources.map((resource) => [resource.format, resource.mediaType, resource.licenseId]),
      [
        ['GEOJSON', 'application/geo+json', null],
        ['CSV', 'text/csv', null],
        ['PDF', 'application/pdf', null],
        ['HTML', 'text/html', null],
        ['WMS', null, 'cc-by/4.0'],
      ],
    );
    assert.deepEqual(mapped.warnings, ['Die Ressource „Daten“ hat keine http(s)-Adresse und wird nicht übernommen.']);
  });

  it('cleans tags to CKAN rules and falls back to the organisation as contact point', () => {
    assert.deepEqual(cleanTags(['Strom!', ' Strom ', 'E-Mobilität', 'a', 'Wärme & Kälte', '#']), ['Strom', 'E-Mobilität', 'Wärme Kälte']);
    const mapped = mapRemote(remote({ landingPage: 'javascript:alert(1)' }), FALLBACK);
    assert.deepEqual([mapped.fields.contactName, mapped.fields.contactEmail, mapped.fields.landingPage], ['Stadtwerke', 'opendata@stadtwerke.example', null]);
  });
});
