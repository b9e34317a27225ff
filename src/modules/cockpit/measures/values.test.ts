import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { changedFields } from './history';
import { slugFromTitle } from './use-cases/save-measure';
import { eurosForForm, parseDay, parseEuros } from './values';

describe('what staff type into the measure form', () => {
  it('reads amounts of money as Germans write them, in cents', () => {
    const cases: Array<[string, number | string]> = [
      ['250.000', 25_000_000],
      ['250000', 25_000_000],
      ['1.234,56', 123_456],
      ['1234,5', 123_450],
      ['99.95', 9_995],
      ['1.5', 150],
      ['0', 0],
      ['12.000 €', 1_200_000],
      ['1.000.000.000', 100_000_000_000],
      ['1.000.000.000,01', 'höchstens 1.000.000.000 €'],
      ['12,345', 'höchstens zwei Stellen'],
      ['-1', 'nicht negativ'],
      ['1,2,3', 'als Betrag in Euro'],
      ['12.34.56', 'als Betrag in Euro'],
      ['1e9', 'als Betrag in Euro'],
      ['', 'als Betrag in Euro'],
    ];
    for (const [input, expected] of cases) {
      const parsed = parseEuros(input, 'Das Budget');
      if (typeof expected === 'number') assert.deepEqual(parsed, { ok: true, value: expected }, input);
      else assert.ok(!parsed.ok && parsed.message.includes(expected), `${input}: ${JSON.stringify(parsed)}`);
    }
    for (const cents of [0, 5, 123_456, 25_000_000]) {
      assert.deepEqual(parseEuros(eurosForForm(cents), 'x'), { ok: true, value: cents }, 'the form shows what reads back');
    }
  });

  it('reads days as Tag.Monat.Jahr or ISO and refuses impossible ones', () => {
    assert.deepEqual(parseDay('1.2.2027', 'x'), { ok: true, value: '2027-02-01' });
    assert.deepEqual(parseDay('2028-02-29', 'x'), { ok: true, value: '2028-02-29' });
    for (const input of ['31.02.2027', '29.02.2027', '2027-13-01', '00.01.2027', '01.01.0000']) {
      assert.match((parseDay(input, 'den Beginn') as { message: string }).message, /gibt es nicht/, input);
    }
    for (const input of ['morgen', '2027', '1.1.27', '']) {
      assert.match((parseDay(input, 'den Beginn') as { message: string }).message, /als Tag\.Monat\.Jahr/, input);
    }
  });

  it('makes an address from a title', () => {
    assert.equal(slugFromTitle('Freies WLAN für alle!'), 'freies-wlan-fuer-alle');
    assert.equal(slugFromTitle('  Straße & Plätze  '), 'strasse-plaetze');
    assert.equal(slugFromTitle('<script>'), 'script');
    assert.equal(slugFromTitle('§§§'), '');
  });

  it('names the changed fields with their values as shown', () => {
    assert.deepEqual(changedFields({ Titel: 'A', Ziel: 'B' }, { Titel: 'A', Ziel: 'C' }), [{ field: 'Ziel', before: 'B', after: 'C' }]);
    assert.deepEqual(
      changedFields({}, { Titel: 'A', Beschreibung: '' }),
      [{ field: 'Titel', before: '', after: 'A' }],
      'empty fields of something new are left out',
    );
  });
});
