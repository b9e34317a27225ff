import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { guessFormat, isDataContent } from './format-guess';

const CASES: Array<[string, string | null, string | null]> = [
  ['haltestellen.csv', null, 'CSV'],
  ['WAHLERGEBNIS.CSV', null, 'CSV'],
  ['baeume.geojson', null, 'GEOJSON'],
  ['haushalt.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'XLSX'],
  ['haushalt.xlsx', 'application/zip', 'XLSX'],
  ['paket.zip', 'application/zip', 'ZIP'],
  ['bericht.csv', 'application/pdf', 'PDF'],
  ['ohne-endung', null, null],
  ['foto.jpg', 'image/jpeg', 'JPEG'],
];

describe('opendata publishing: the format of an upload', () => {
  for (const [filename, detected, expected] of CASES) {
    it(`${filename} (${detected ?? 'no signature'}) → ${expected ?? 'ask the person'}`, () => {
      assert.equal(guessFormat(filename, detected), expected);
    });
  }
});

describe('opendata publishing: what an upload may contain', () => {
  it('takes text without a signature and the formats of the list, and refuses programs and other documents', () => {
    assert.equal(isDataContent(null), true);
    assert.equal(isDataContent('application/pdf'), true);
    assert.equal(isDataContent('application/zip'), true);
    assert.equal(isDataContent('application/x-msdownload'), false);
    assert.equal(isDataContent('video/mp4'), false);
  });
});
