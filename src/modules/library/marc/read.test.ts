import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { PROJECT_ROOT } from '../../../kernel/config';
import { writeIso2709 } from './iso2709-writer';
import { readMarc, type MarcFormat } from './read';
import { controlField, dataFields, firstSubfield, toMarcJson, type MarcJson, type MarcRecord, type ReadResult } from './record';

const fixture = (name: string): Buffer => readFileSync(resolve(PROJECT_ROOT, 'tests/fixtures/marc', name));

/** The bytes in chunks of `size`, as a file stream would hand them (records and characters cut anywhere). */
async function* chunked(bytes: Buffer, size = 64 * 1024): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function readAll(bytes: Buffer, size?: number): Promise<{ results: ReadResult[]; format: MarcFormat | undefined }> {
  let format: MarcFormat | undefined;
  const results: ReadResult[] = [];
  for await (const result of readMarc(chunked(bytes, size), (found) => (format = found))) results.push(result);
  return { results, format };
}

function records(results: ReadResult[]): MarcRecord[] {
  return results.flatMap((result) => (result.ok ? [result.record] : []));
}

function errors(results: ReadResult[]): Array<{ number: number; message: string }> {
  return results.flatMap((result) => (result.ok ? [] : [{ number: result.number, message: result.message }]));
}

const GERMAN: MarcRecord = {
  leader: '00000nam a2200000 c 4500',
  fields: [
    { tag: '001', value: 'DE-1' },
    { tag: '008', value: '240101s2024    gw            000 0 ger d' },
    {
      tag: '245',
      ind1: '1',
      ind2: '0',
      subfields: [
        ['a', 'Die Straße der Ölmühlen /'],
        ['c', 'Jürgen Weiß'],
      ],
    },
  ],
};

describe('MARC reading', () => {
  it('reads the ISO 2709 sample exactly as pymarc reads it (MARC-in-JSON), MARC-8 in plain ASCII included', async () => {
    const { results, format } = await readAll(fixture('one.dat'));
    assert.equal(format, 'iso2709');
    assert.equal(results.length, 1);
    const expected = JSON.parse(fixture('one.json').toString('utf8')) as MarcJson;
    assert.deepEqual(toMarcJson(records(results)[0]!), expected);
  });

  it('reads the same records whatever the chunks (records and UTF-8 characters cut across chunks)', async () => {
    const file = Buffer.concat([fixture('one.dat'), writeIso2709(GERMAN), fixture('one.dat')]);
    const whole = records((await readAll(file)).results);
    const byteByByte = records((await readAll(file, 7)).results);
    assert.equal(whole.length, 3);
    assert.deepEqual(byteByByte, whole);
    assert.equal(firstSubfield(dataFields(whole[1]!, '245')[0], 'a'), 'Die Straße der Ölmühlen /');
  });

  it('reads MARCXML with a namespace prefix and composes decomposed characters', async () => {
    const batch = records((await readAll(fixture('batch.xml'), 100)).results);
    assert.deepEqual(
      batch.map((record) => controlField(record, '001')),
      ['5637241', '12149120'],
    );
    assert.equal(batch[0]!.leader, '00925njm  22002777a 4500');
    const utf8 = records((await readAll(fixture('utf8.xml'), 3)).results);
    const contents = dataFields(utf8[0]!, '505')[0]!;
    assert.equal(firstSubfield(contents, 't'), 'Préludes'.normalize('NFC'));
    const decomposed = Buffer.from(fixture('utf8.xml').toString('utf8').replace('Préludes', 'Pre\u0301ludes'));
    assert.equal(firstSubfield(dataFields(records((await readAll(decomposed)).results)[0]!, '505')[0], 't'), 'Préludes'.normalize('NFC'));
  });

  it('reports a record whose leader length is wrong with its number, and reads the records after it', async () => {
    const broken = Buffer.from(writeIso2709(GERMAN));
    broken.write('00999', 0, 'latin1');
    const { results } = await readAll(Buffer.concat([fixture('one.dat'), broken, writeIso2709(GERMAN)]));
    assert.equal(records(results).length, 2);
    assert.deepEqual(
      errors(results).map((error) => error.number),
      [2],
    );
    assert.match(errors(results)[0]!.message, /Satzlänge im Leader \(999\)/);
  });

  it('reports a directory entry that points outside the record, and a leader without digits', async () => {
    const outside = Buffer.from(writeIso2709(GERMAN));
    outside.write('9999', 24 + 3, 'latin1');
    const letters = Buffer.from(writeIso2709(GERMAN));
    letters.write('abcde', 0, 'latin1');
    const { results } = await readAll(Buffer.concat([outside, letters]));
    assert.deepEqual(
      errors(results).map((error) => error.number),
      [1, 2],
    );
    assert.match(errors(results)[0]!.message, /Feld 001 liegt laut Verzeichnis außerhalb/);
    assert.match(errors(results)[1]!.message, /keine Zahl/);
  });

  it('reports a truncated file as the last record and keeps the complete ones', async () => {
    const full = Buffer.concat([writeIso2709(GERMAN), fixture('one.dat')]);
    const { results } = await readAll(full.subarray(0, full.length - 100));
    assert.equal(records(results).length, 1);
    assert.deepEqual(
      errors(results).map((error) => error.number),
      [2],
    );
    assert.match(errors(results)[0]!.message, /abgeschnitten/);
  });

  it('refuses MARC-8 records with diacritics and UTF-8 records with invalid bytes, each by number', async () => {
    const marc8 = Buffer.from(fixture('one.dat'));
    marc8[marc8.indexOf('ActivePerl')] = 0xe2; // MARC-8's acute accent before the next letter
    const invalid = Buffer.from(writeIso2709(GERMAN));
    invalid[invalid.indexOf('Stra') + 4] = 0xff;
    const { results } = await readAll(Buffer.concat([marc8, writeIso2709(GERMAN), invalid]));
    assert.deepEqual(
      errors(results).map((error) => error.number),
      [1, 3],
    );
    assert.match(errors(results)[0]!.message, /MARC-8/);
    assert.match(errors(results)[1]!.message, /ungültige UTF-8-Bytes/);
  });

  it('stops at XML that is not well-formed and at a truncated XML file, naming the record', async () => {
    const xml = fixture('batch.xml').toString('utf8');
    const secondRecord = xml.indexOf('<marc:record', xml.indexOf('</marc:record>'));
    const malformed = await readAll(Buffer.from(xml.slice(0, secondRecord + 200) + '<<' + xml.slice(secondRecord + 200)));
    assert.equal(records(malformed.results).length, 1);
    assert.deepEqual(
      errors(malformed.results).map((error) => error.number),
      [2],
    );
    assert.match(errors(malformed.results)[0]!.message, /nicht wohlgeformt/);
    const truncated = await readAll(Buffer.from(xml.slice(0, secondRecord + 300)));
    assert.equal(records(truncated.results).length, 1);
    assert.equal(errors(truncated.results).length, 1);
  });

  it('skips an XML record without a valid leader and reads the next', async () => {
    const xml = fixture('batch.xml').toString('utf8').replace('<marc:leader>00925njm  22002777a 4500</marc:leader>', '<marc:leader>kaputt</marc:leader>');
    const { results } = await readAll(Buffer.from(xml));
    assert.deepEqual(
      errors(results).map((error) => error.number),
      [1],
    );
    assert.match(errors(results)[0]!.message, /Leader hat 6 statt 24 Zeichen/);
    assert.equal(records(results).length, 1);
  });
});
