/** Our vocabularies against the official tables ckanext-dcatde ships (tests/fixtures/dcat-ap/ckanext-dcatde, see SOURCES.md there). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { PROJECT_ROOT } from '../../../kernel/config';
import { FORMATS, formatOf, mediaTypeUri } from './formats';
import { FREQUENCIES, frequencyUri } from './frequencies';
import { LICENSES, licenseById, normaliseLicense } from './licenses';
import { THEMES } from './themes';

function table<T>(file: string): T {
  return JSON.parse(readFileSync(join(PROJECT_ROOT, 'tests/fixtures/dcat-ap/ckanext-dcatde', file), 'utf8')) as T;
}

interface LicenseRow {
  URI: string;
  Name: string;
  Lizenzcode: string;
  Lizenztext: string;
  OGDLizenzcode: string;
  Lizenztyp: 'offen' | 'geschlossen';
}

describe('vocabularies', () => {
  it('has the 13 EU data themes with the group names and labels GovData uses', () => {
    const official = table<Record<string, string>>('dcat_theme.json');
    assert.deepEqual(Object.fromEntries(THEMES.map((theme) => [theme.groupName, theme.label])), official);
    assert.equal(THEMES.find((theme) => theme.code === 'TRAN')?.uri, 'http://publications.europa.eu/resource/authority/data-theme/TRAN');
  });

  it('has every licence of the dcat-ap.de table with its title, text, openness and codes', () => {
    const rows = table<{ list: LicenseRow[] }>('dcat_license_mapping.json').list;
    assert.equal(LICENSES.length, rows.length);
    for (const row of rows) {
      const id = normaliseLicense(row.URI);
      const license = id === undefined ? undefined : licenseById(id);
      assert.ok(license, row.URI);
      assert.equal(license.uri, row.URI);
      assert.equal(license.title, row.Name);
      assert.equal(license.textUrl, row.Lizenztext || null);
      assert.equal(license.open, row.Lizenztyp === 'offen', row.URI);
      assert.equal(normaliseLicense(row.Lizenzcode), id, row.Lizenzcode);
      assert.equal(normaliseLicense(row.OGDLizenzcode), id, row.OGDLizenzcode);
    }
  });

  it('names frequencies and file types by their EU table URIs, media types by their IANA URIs', () => {
    assert.equal(frequencyUri('ANNUAL'), 'http://publications.europa.eu/resource/authority/frequency/ANNUAL');
    assert.ok(FREQUENCIES.every((frequency) => frequency.label.length > 0));
    assert.deepEqual(formatOf('GEOJSON'), {
      code: 'GEOJSON',
      uri: 'http://publications.europa.eu/resource/authority/file-type/GEOJSON',
      mediaType: 'application/geo+json',
    });
    assert.ok(
      FORMATS.every((format) => /^[a-z]+\/[a-z0-9.+-]+$/.test(format.mediaType)),
      'media types are type/subtype',
    );
    assert.equal(mediaTypeUri('text/csv'), 'https://www.iana.org/assignments/media-types/text/csv');
  });
});
