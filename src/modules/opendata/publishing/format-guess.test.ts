import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { guessFormat } from './format-guess';

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
