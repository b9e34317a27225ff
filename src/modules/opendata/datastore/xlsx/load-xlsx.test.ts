import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { after, before, beforeEach, describe, it } from 'node:test';
import { strToU8, unzipSync, Zip, ZipDeflate, zipSync } from 'fflate';
import { createTestApp, type TestApp } from '../../../../../tests/support/test-app';
import { enqueueDatastoreLoad } from '../job';
import { createResource, modulesWithDatastore, resetDatastore, statusOf, tableRows, datastoreTableNames } from '../test-support';
import { testWorkbook } from './test-workbook';

/** This process's temporary folders (other test files load XLSX files at the same time). */
const tempFolders = () => readdirSync(tmpdir()).filter((name) => name.startsWith(`datastore-xlsx-${process.pid}-`));

/** The temporary folder goes when the CSV stream closes, a moment after the job: waits up to a second for it. */
async function assertFoldersRemoved(before: string[]): Promise<void> {
  for (let tries = 0; tries < 20 && tempFolders().some((name) => !before.includes(name)); tries += 1) await new Promise((resolve) => setTimeout(resolve, 50));
  assert.deepEqual(
    tempFolders().filter((name) => !before.includes(name)),
    [],
    'the temporary folder is removed',
  );
}

describe('DataStore: loading XLSX files', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp({ modules: modulesWithDatastore({ chunkRows: 2 }) })));
  beforeEach(() => resetDatastore(t));
  after(() => t.close());

  async function loadXlsx(file: Buffer): Promise<string> {
    const id = await createResource(t, { file, format: 'XLSX' });
    await enqueueDatastoreLoad(t.db, id);
    assert.equal(await t.worker.runOnce(), 1);
    return id;
  }

  it('reads shared and inline strings, numbers, booleans, dates and formulas, with cells placed by reference', async () => {
    const before = tempFolders();
    const file = testWorkbook({
      sharedStrings: ['Straße', 'Betrag', 'Stichtag', 'Geöffnet', 'Zeitpunkt', 'Müllerstraße 3', 'Grüner Weg; "Hinterhaus"', 'Notiz'],
      numFmts: { 164: 'DD.MM.YYYY' },
      cellXfs: [0, 14, 164, 22],
      sheets: {
        'sheet1.xml':
          '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>7</v></c></row>' +
          '<row r="2"><c r="A2" t="s"><v>5</v></c><c r="B2"><v>1234.56</v></c><c r="C2" s="1"><v>45657</v></c><c r="D2" t="b"><v>1</v></c><c r="E2" s="3"><v>45657.572916666664</v></c><c r="F2" t="inlineStr"><is><r><t>zwei </t></r><r><t>Teile &amp; mehr</t></r></is></c></row>' +
          '<row r="3" spans="1:6"><c r="C3" s="2"/><c r="E3" s="3"/></row>' +
          '<row r="4"><c r="A4" t="s"><v>6</v></c><c r="B4"><f>B2/1000</f><v>1.5E-3</v></c><c r="C4" s="2"><v>45689</v></c><c r="D4" t="b"><v>0</v></c><c r="F4" t="str"><v>Zeile\nzwei</v></c></row>',
      },
    });
    const id = await loadXlsx(file);
    const status = await statusOf(t, id);
    assert.equal(status?.status, 'active', status?.error ?? '');
    assert.deepEqual(
      status?.fields.map((field) => [field.id, field.type]),
      [
        ['Straße', 'text'],
        ['Betrag', 'numeric'],
        ['Stichtag', 'date'],
        ['Geöffnet', 'bool'],
        ['Zeitpunkt', 'timestamp'],
        ['Notiz', 'text'],
      ],
    );
    assert.deepEqual(await tableRows(t, id), [
      {
        _id: 1,
        Straße: 'Müllerstraße 3',
        Betrag: 1234.56,
        Stichtag: '2024-12-31',
        Geöffnet: true,
        Zeitpunkt: '2024-12-31T13:45:00',
        Notiz: 'zwei Teile & mehr',
      },
      { _id: 2, Straße: 'Grüner Weg; "Hinterhaus"', Betrag: 0.0015, Stichtag: '2025-02-01', Geöffnet: false, Zeitpunkt: null, Notiz: 'Zeile\nzwei' },
    ]);
    assert.equal(status?.rowCount, 2);
    assert.equal(status?.loadedBytes, status?.totalBytes);
    await assertFoldersRemoved(before);
  });

  it('loads the first tab even when the worksheets come before the workbook in the archive', async () => {
    const id = await loadXlsx(
      testWorkbook({
        order: 'workbook-last',
        tabs: ['sheet2.xml', 'sheet1.xml'],
        sheets: {
          'sheet1.xml': '<row r="1"><c r="A1" t="inlineStr"><is><t>Falsch</t></is></c></row><row r="2"><c r="A2"><v>1</v></c></row>',
          'sheet2.xml':
            '<row><c t="inlineStr"><is><t>Jahr</t></is></c><c t="inlineStr"><is><t>Anzahl</t></is></c></row><row><c><v>2024</v></c><c><v>17</v></c></row>',
        },
      }),
    );
    assert.equal((await statusOf(t, id))?.error, null);
    assert.deepEqual(await tableRows(t, id), [{ _id: 1, Jahr: 2024, Anzahl: 17 }]);
  });

  it('reads an archive written as a stream, with sizes in data descriptors after each part', async () => {
    const parts = unzipSync(
      testWorkbook({ sheets: { 'sheet1.xml': '<row><c t="inlineStr"><is><t>Wert</t></is></c></row><row><c><v>2.5</v></c></row><row><c><v>3</v></c></row>' } }),
    );
    const chunks: Uint8Array[] = [];
    const zip = new Zip((error, chunk) => {
      if (error) throw error;
      chunks.push(chunk);
    });
    for (const [name, bytes] of Object.entries(parts)) {
      const entry = new ZipDeflate(name);
      zip.add(entry);
      entry.push(bytes, true);
    }
    zip.end();
    const id = await loadXlsx(Buffer.concat(chunks));
    assert.equal((await statusOf(t, id))?.error, null);
    assert.deepEqual(await tableRows(t, id), [
      { _id: 1, Wert: 2.5 },
      { _id: 2, Wert: 3 },
    ]);
  });

  const compoundFile = (extra: Buffer) => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600), extra]);
  const header = '<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c></row>';
  const bad: Array<[string, Buffer, RegExp]> = [
    ['a text file', Buffer.from('Name;Wert\nA;1\n'), /^Die Datei ist keine XLSX-Datei \(kein ZIP-Archiv\)/],
    ['an encrypted workbook', compoundFile(Buffer.from('EncryptionInfo', 'utf16le')), /mit einem Kennwort verschlüsselt/],
    ['an old .xls file', compoundFile(Buffer.alloc(10)), /im alten Excel-Format \(\.xls\)/],
    ['a zip without a workbook', Buffer.from(zipSync({ 'daten.csv': strToU8('a,b\n1,2\n') })), /keine Excel-Arbeitsmappe/],
    ['a workbook without sheets', testWorkbook({ sheets: {} }), /enthält kein Tabellenblatt/],
    ['a cut archive', testWorkbook({ sheets: { 'sheet1.xml': header } }).subarray(0, 300), /beschädigt/],
    [
      'broken sheet XML',
      testWorkbook({ sheets: { 'sheet1.xml': '<row><c><v>1</c></row>' } }),
      /^Die XLSX-Datei ist beschädigt: Das erste Tabellenblatt ist kein gültiges XML/,
    ],
    [
      'too many columns',
      testWorkbook({ sheets: { 'sheet1.xml': '<row r="1"><c r="BIN1"><v>1</v></c></row>' } }),
      /zu viele Spalten \(Zeile 1 reicht bis Spalte BIN\); der DataStore nimmt höchstens 1\.598 Spalten auf/,
    ],
    [
      'a value right of the header',
      testWorkbook({ sheets: { 'sheet1.xml': `${header}<row r="2"><c r="A2"><v>1</v></c></row><row r="7"><c r="C7"><v>2</v></c></row>` } }),
      /^Zeile 7 hat einen Wert in Spalte C, die Kopfzeile reicht aber nur bis Spalte A\./,
    ],
    ['a sheet with only a header', testWorkbook({ sheets: { 'sheet1.xml': header } }), /nur eine Kopfzeile/],
  ];
  for (const [name, file, message] of bad) {
    it(`refuses ${name} with a specific message and leaves no table behind`, async () => {
      const before = tempFolders();
      const id = await loadXlsx(file);
      const status = await statusOf(t, id);
      assert.equal(status?.status, 'failed');
      assert.match(status?.error ?? '', message);
      assert.deepEqual(await datastoreTableNames(t), []);
      await assertFoldersRemoved(before);
    });
  }
});
