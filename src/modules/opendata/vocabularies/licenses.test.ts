import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_LICENSE_ID, LICENSES, licenseById, normaliseLicense } from './licenses';

describe('licences (dcat-ap.de vocabulary)', () => {
  it('names each licence by the dcat-ap.de URI it stands for', () => {
    assert.equal(LICENSES.length, 33);
    assert.equal(licenseById(DEFAULT_LICENSE_ID)?.uri, 'http://dcat-ap.de/def/licenses/dl-by-de/2.0');
    assert.equal(new Set(LICENSES.map((license) => license.uri.toLowerCase())).size, LICENSES.length);
  });

  it('explains the common licences in plain German and marks the non-commercial one as not open', () => {
    for (const id of ['dl-by-de/2.0', 'dl-zero-de/2.0', 'cc-by/4.0', 'cc-zero', 'cc-by-sa/4.0', 'cc-by-nc/4.0', 'odbl', 'other-closed']) {
      assert.ok(licenseById(id)?.explanation, id);
    }
    const nonCommercial = licenseById('cc-by-nc/4.0')!;
    assert.equal(nonCommercial.open, false);
    assert.match(nonCommercial.explanation!, /nicht kommerziell/);
    assert.equal(licenseById('dl-by-de/2.0')?.attribution, true);
    assert.equal(licenseById('dl-zero-de/2.0')?.attribution, false);
  });

  const spellings: Array<[string, string | undefined]> = [
    ['dl-by-de/2.0', 'dl-by-de/2.0'],
    ['dl-de-by-2.0', 'dl-by-de/2.0'],
    ['https://www.govdata.de/dl-de/by-2-0', 'dl-by-de/2.0'],
    ['http://dcat-ap.de/def/licenses/dl-by-de/2.0', 'dl-by-de/2.0'],
    ['http://dcat-ap.de/def/licenses/dl-by-de/2_0', 'dl-by-de/2.0'],
    [' DL-DE-BY-2.0 ', 'dl-by-de/2.0'],
    ['dl-de-zero-2.0', 'dl-zero-de/2.0'],
    ['CC-BY-4.0', 'cc-by/4.0'],
    ['cc-by-4.0', 'cc-by/4.0'],
    ['http://creativecommons.org/licenses/by/4.0/', 'cc-by/4.0'],
    ['https://creativecommons.org/licenses/by/4.0', 'cc-by/4.0'],
    ['http://creativecommons.org/licenses/by-nd/3.0/', 'cc-by-nd/3.0'],
    ['CC0-1.0', 'cc-zero'],
    ['odc-odbl', 'odbl'],
    ['ODbL-1.0', 'odbl'],
    ['od-bl', 'odbl'],
    ['official-work', 'officialWork'],
    ['app_commercial', 'other-commercial'],
    ['bsdlicense', 'bsd'],
    ['geolizenz-v1.2-1a', undefined],
    ['', undefined],
    ['irgendwas', undefined],
  ];
  for (const [input, expected] of spellings) {
    it(`normalises ${JSON.stringify(input)} to ${String(expected)}`, () => {
      assert.equal(normaliseLicense(input), expected);
    });
  }

  it('finds every licence by its own id and URI', () => {
    for (const license of LICENSES) {
      assert.equal(normaliseLicense(license.id), license.id);
      assert.equal(normaliseLicense(license.uri), license.id);
    }
  });
});
