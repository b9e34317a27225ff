import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { datasetFieldsSchema } from '../schemas/dataset';
import { datasetFieldsOf, formatFrom } from './package-input';

const OWN_PAGE = 'https://www.iserlohn.example/daten/datensatz/baeume';
const BASE = { name: 'baeume', title: 'Bäume', maintainer: 'Grünflächenamt', maintainer_email: 'gruen@iserlohn.example' };

/** Spellings of other CKAN portals and profiles, each read into the one dataset schema's fields. */
const CASES: Array<[string, Record<string, unknown>, Record<string, unknown>]> = [
  ['a licence as a dcat-ap.de URI', { license_id: 'http://dcat-ap.de/def/licenses/dl-by-de/2.0' }, { licenseId: 'dl-by-de/2.0' }],
  ['GovData’s old licence id', { license_id: 'dl-de-by-2.0' }, { licenseId: 'dl-by-de/2.0' }],
  ['tags as text in tag_string', { tag_string: 'Bäume, Umwelt' }, { tags: ['Bäume', 'Umwelt'] }],
  [
    'groups as names and as EU theme URIs',
    { groups: ['envi', { name: 'http://publications.europa.eu/resource/authority/data-theme/TRAN' }] },
    { themes: ['ENVI', 'TRAN'] },
  ],
  [
    'extras as an object, with a frequency URI and temporal coverage as date-times',
    { extras: { frequency: 'http://publications.europa.eu/resource/authority/frequency/MONTHLY', temporal_coverage_from: '2000-01-01 00:00:00' } },
    { frequency: 'MONTHLY', temporalStart: '2000-01-01' },
  ],
  [
    'ckanext-scheming’s top-level keys',
    { politicalGeocodingURI: ['http://dcat-ap.de/def/politicalGeocoding/regionalKey/059620024024'], legalbasisText: '§ 3 IFG NRW' },
    { spatialKey: '059620024024', spatialLevel: 'municipality', legalBasis: '§ 3 IFG NRW' },
  ],
  [
    'the author as the contact point when there is no maintainer',
    { maintainer: null, maintainer_email: '', author: 'Stadt', author_email: 'info@iserlohn.example' },
    { contactName: 'Stadt', contactEmail: 'info@iserlohn.example' },
  ],
  ['our own page as url means no landing page', { url: OWN_PAGE }, { landingPage: null }],
];

describe('opendata CKAN API: a package dict read into the dataset fields', () => {
  for (const [what, sent, expected] of CASES) {
    it(what, () => {
      const fields = datasetFieldsOf({ license_id: 'cc-zero', ...BASE, ...sent }, OWN_PAGE);
      const parsed = datasetFieldsSchema.safeParse(fields);
      assert.ok(parsed.success, JSON.stringify(parsed.error?.issues));
      for (const [key, value] of Object.entries(expected)) assert.deepEqual((parsed.data as Record<string, unknown>)[key], value, key);
    });
  }

  it('reads a format as a file-type code where it is one, and keeps another portal’s name otherwise', () => {
    assert.deepEqual(formatFrom('csv', null), { format: 'CSV', mediaType: 'text/csv' });
    assert.deepEqual(formatFrom('text/csv', null), { format: 'CSV', mediaType: 'text/csv' });
    assert.deepEqual(formatFrom(undefined, 'https://daten.example/baeume.geojson'), { format: 'GEOJSON', mediaType: 'application/geo+json' });
    assert.deepEqual(formatFrom('Kartenviewer', null), { format: 'KARTENVIEWER', mediaType: null });
  });
});
