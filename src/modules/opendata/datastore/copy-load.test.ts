import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../kernel/db';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { enqueueDatastoreLoad } from './job';
import { createResource, datastoreTableNames, modulesWithDatastore, replaceFile, resetDatastore, statusOf, tableRows } from './test-support';

/**
 * Files larger than the head that JS reads (the sample's 1,000 rows, at least 64 KB): on PostgreSQL
 * their rows after it are read by COPY itself (copy-load.ts), so these tests check that its errors
 * read as the JS reader's do, on both databases.
 */
const ROWS = 3000;

function lines(count: number, row: (n: number) => string): string[] {
  return Array.from({ length: count }, (_, index) => row(index + 1));
}

describe('DataStore: loading large files (COPY on PostgreSQL)', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp({ modules: modulesWithDatastore({ chunkRows: 500 }) })));
  beforeEach(() => resetDatastore(t));
  after(() => t.close());

  async function load(file: Buffer | string): Promise<{ id: string; status: Awaited<ReturnType<typeof statusOf>> }> {
    const id = await createResource(t, { file: Buffer.isBuffer(file) ? file : Buffer.from(file) });
    await enqueueDatastoreLoad(t.db, id);
    assert.equal(await t.worker.runOnce(), 1);
    return { id, status: await statusOf(t, id) };
  }

  async function refused(file: string, message: string | RegExp): Promise<void> {
    const { status } = await load(file);
    assert.equal(status?.status, 'failed');
    if (typeof message === 'string') assert.equal(status?.error, message);
    else assert.match(status?.error ?? '', message);
    assert.deepEqual(await datastoreTableNames(t), []);
  }

  it('names the row and the column of a value that does not fit, in a column PostgreSQL reads itself', async () => {
    const rows = lines(ROWS, (n) => `${n};${(n % 28) + 1}.03.2025;Text ${n}`);
    rows[2499] = '2500;abc;Text';
    await refused(`Nr;Datum;Text\n${rows.join('\n')}\n`, 'Zeile 2.501, Spalte „Datum“: „abc“ ist kein Datum (TT.MM.JJJJ).');
    rows[2499] = '2500;31.02.2025;Text';
    await refused(`Nr;Datum;Text\n${rows.join('\n')}\n`, 'Zeile 2.501, Spalte „Datum“: „31.02.2025“ ist kein Datum (TT.MM.JJJJ).');
    rows[2499] = '12x;01.01.2025;Text';
    await refused(`Nr;Datum;Text\n${rows.join('\n')}\n`, 'Zeile 2.501, Spalte „Nr“: „12x“ ist keine ganze Zahl.');
  });

  it('converts decimal commas with thousands separators and ja/nein in SQL, and names the row of a value that does not convert', async () => {
    const rows = lines(ROWS, (n) => `${n};${n},25;${n % 2 ? 'ja' : 'nein'}`);
    rows[2997] = '2998;-1.234.567,5;Nein';
    rows[2998] = '2999;+0,75;JA';
    const { id } = await load(`Nr;Wert;Offen\n${rows.join('\n')}\n`);
    assert.deepEqual((await tableRows(t, id)).slice(-3), [
      { _id: 2998, Nr: 2998, Wert: -1234567.5, Offen: false },
      { _id: 2999, Nr: 2999, Wert: 0.75, Offen: true },
      { _id: 3000, Nr: 3000, Wert: 3000.25, Offen: false },
    ]);
    await resetDatastore(t);
    rows[2999] = '3000;1,5;vielleicht';
    await refused(`Nr;Wert;Offen\n${rows.join('\n')}\n`, 'Zeile 3.001, Spalte „Offen“: „vielleicht“ ist kein Wahrheitswert (ja/nein).');
    rows[2999] = '3000;1.5;ja';
    await refused(`Nr;Wert;Offen\n${rows.join('\n')}\n`, 'Zeile 3.001, Spalte „Wert“: „1.5“ ist keine Zahl.');
  });

  it('refuses a row with another number of columns, an unclosed quote and a second encoding, with the line', async () => {
    // 12,000 rows of about 15 bytes: the rows after 5,000 are beyond the head that JS reads (64 KB).
    const rows = lines(ROWS * 4, (n) => `${n};Name ${n}`);
    const withRow = (row: string) => `Nr;Name\n${[...rows.slice(0, 10000), row, ...rows.slice(10001)].join('\n')}\n`;
    await refused(withRow('10001;zu;viel'), /^Zeile 10\.002 hat 3 Spalten, die Kopfzeile aber 2\./);
    await refused(withRow('10001'), /^Zeile 10\.002 hat 1 Spalten, die Kopfzeile aber 2\./);
    await refused(`Nr;Name\n${rows.join('\n')}\n12001;"offen\n`, /^Ein Anführungszeichen wird nicht geschlossen \(ab Zeile 12\.002\)/);
    const mixed = Buffer.concat([
      Buffer.from(`Nr;Name\n1;Köln\n${lines(ROWS * 4, (n) => `${n};Name ${n}`).join('\n')}\n`),
      Buffer.from('12001;M\xfcnster\n', 'latin1'),
    ]);
    const { status } = await load(mixed);
    assert.match(status?.error ?? '', /^Die Datei ist nicht durchgehend in UTF-8 kodiert/);
  });

  it('loads Windows-1252 with umlauts and € before and after the first rows, with a byte order mark of UTF-8 too', async () => {
    const rows = lines(ROWS, (n) => `${n};Straße ${n}`);
    const windows = Buffer.from(`Nr;Straße\r\n${rows.join('\r\n')}\r\n3001;Gebühr 5 \x80\r\n`, 'latin1');
    const first = await load(windows);
    assert.equal(first.status?.status, 'active', first.status?.error ?? '');
    assert.deepEqual((await tableRows(t, first.id)).at(-1), { _id: 3001, Nr: 3001, Straße: 'Gebühr 5 €' });

    // Plain ASCII at first: the encoding is decided by the first other byte, far after the head.
    const ascii = lines(ROWS * 4, (n) => `${n};Strasse ${n}`);
    const late = await load(Buffer.from(`Nr;Strasse\n${ascii.join('\n')}\n12001;Grüße \x80\n`, 'latin1'));
    assert.equal(late.status?.status, 'active', late.status?.error ?? '');
    assert.deepEqual((await tableRows(t, late.id)).at(-1), { _id: 12001, Nr: 12001, Strasse: 'Grüße €' });

    const bom = await load(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`Straße;Nr\n${lines(ROWS, (n) => `Äußere ${n};${n}`).join('\n')}\n`)]));
    assert.deepEqual(
      bom.status?.fields.map((field) => [field.id, field.type]),
      [
        ['Straße', 'text'],
        ['Nr', 'int'],
      ],
    );
    assert.equal(bom.status?.rowCount, ROWS);
    assert.equal(bom.status?.loadedBytes, bom.status?.totalBytes);
  });

  it('keeps quoted line breaks and delimiters, empty text as empty, trims numbers, and skips empty lines at the end', async () => {
    // Blanks around a number are trimmed (after the first rows: in the sample they would make the column text).
    const value = (n: number) => (n % 3 === 0 ? '' : n > 2000 && n % 3 === 1 ? ` ${n},5 ` : `${n},5`);
    const rows = lines(ROWS, (n) => `${n};"Zeile eins\nZeile zwei; mit ""Zitat""";${value(n)};`);
    const { id, status } = await load(`Nr;Text;Wert;Notiz\r\n${rows.join('\r\n')}\r\n\r\n\r\n`);
    assert.equal(status?.status, 'active', status?.error ?? '');
    assert.equal(status?.rowCount, ROWS);
    const loaded = await tableRows(t, id);
    assert.deepEqual(loaded[2999], { _id: 3000, Nr: 3000, Text: 'Zeile eins\nZeile zwei; mit "Zitat"', Wert: null, Notiz: '' });
    assert.deepEqual(loaded[1000], { _id: 1001, Nr: 1001, Text: 'Zeile eins\nZeile zwei; mit "Zitat"', Wert: 1001.5, Notiz: '' });
    assert.deepEqual(loaded[2001], { _id: 2002, Nr: 2002, Text: 'Zeile eins\nZeile zwei; mit "Zitat"', Wert: 2002.5, Notiz: '' });
  });

  it('skips empty lines between rows but keeps them inside quotes, and counts them in line numbers', async () => {
    for (const eol of ['\n', '\r\n']) {
      // Beyond the head that JS reads (64 KB): on PostgreSQL these lines go to COPY.
      const rows = lines(ROWS * 4, (n) => `${n};Name ${n}`);
      rows[9499] = `9500;"Absatz eins${eol}${eol}Absatz zwei"${eol}`;
      rows[10499] = `10500;Name 10500${eol}${eol}`;
      const { id, status } = await load(`Nr;Name${eol}${rows.join(eol)}${eol}`);
      assert.equal(status?.status, 'active', status?.error ?? '');
      assert.equal(status?.rowCount, ROWS * 4);
      const loaded = await tableRows(t, id);
      assert.deepEqual(loaded[9499], { _id: 9500, Nr: 9500, Name: `Absatz eins${eol}${eol}Absatz zwei` });
      assert.deepEqual(loaded[10500], { _id: 10501, Nr: 10501, Name: 'Name 10501' });
      await resetDatastore(t);
      // Lines of the file: the header, 11,800 rows, three empty lines (one after row 9500, two after 10500).
      rows[9499] = `9500;Name 9500${eol}`;
      rows[11799] = '11800;zu;viel';
      await refused(`Nr;Name${eol}${rows.join(eol)}${eol}`, /^Zeile 11\.804 hat 3 Spalten, die Kopfzeile aber 2\./);
    }
  });

  it('names the line an editor shows after quoted values with line breaks and empty lines, the same on both databases', async () => {
    for (const eol of ['\n', '\r\n']) {
      const rows = lines(ROWS * 4, (n) => `${n};Name ${n}`);
      rows[99] = `100;"Zeile eins${eol}Zeile zwei"`; // lines 101 and 102, in the sample JS reads on both databases
      rows[8999] = `9000;"Absatz eins${eol}${eol}Absatz zwei"`; // lines 9002 to 9004, beyond the head
      rows[9499] = `9500;Name 9500${eol}`; // an empty line after it
      const withBad = (n: number, row: string) => `Nr;Name${eol}${rows.map((line, index) => (index === n - 1 ? row : line)).join(eol)}${eol}`;
      // The rows after the sample are read by COPY on PostgreSQL, by JS on PGlite.
      await refused(withBad(1500, '1500x;Name'), 'Zeile 1.502, Spalte „Nr“: „1500x“ ist keine ganze Zahl.');
      // A row with a line break is named by its last line, as COPY names it.
      await refused(withBad(9000, `9000x;"Absatz eins${eol}${eol}Absatz zwei"`), 'Zeile 9.004, Spalte „Nr“: „9000x“ ist keine ganze Zahl.');
      await refused(withBad(11000, '11000x;Name'), 'Zeile 11.005, Spalte „Nr“: „11000x“ ist keine ganze Zahl.');
      await refused(withBad(11000, '11000;zu;viel'), /^Zeile 11\.005 hat 3 Spalten, die Kopfzeile aber 2\./);
    }
  });

  it('reads tabs, ISO dates and dot decimals, and keeps the previous table when a later row fails', async () => {
    const rows = lines(ROWS, (n) => `${n}\t2025-01-${String((n % 28) + 1).padStart(2, '0')}\t${n}.5\ttrue`);
    const { id, status } = await load(`Nr\tTag\tWert\tOffen\n${rows.join('\n')}\n`);
    assert.deepEqual(
      status?.fields.map((field) => field.type),
      ['int', 'date', 'numeric', 'bool'],
    );
    assert.deepEqual((await tableRows(t, id))[2], { _id: 3, Nr: 3, Tag: '2025-01-04', Wert: 3.5, Offen: true });
    rows[2800] = '2801\t2025-13-01\t1.5\ttrue';
    await replaceFile(t, id, Buffer.from(`Nr\tTag\tWert\tOffen\n${rows.join('\n')}\n`));
    await enqueueDatastoreLoad(t.db, id);
    await t.worker.runOnce();
    const failed = await statusOf(t, id);
    assert.equal(failed?.error, 'Zeile 2.802, Spalte „Tag“: „2025-13-01“ ist kein Datum (TT.MM.JJJJ).');
    assert.equal(failed?.rowCount, ROWS);
    assert.deepEqual(await datastoreTableNames(t), [id]);
  });

  it('gives each column an index for filters on PostgreSQL (text by hash), again after a reload', async () => {
    const file = `Station;Tag;Wert\n${lines(ROWS, (n) => `Station ${n % 97};${(n % 28) + 1}.03.2025;${n},5`).join('\n')}\n`;
    const { id } = await load(file);
    // The column indexes by name (`<table>_c<position>`); the primary key's index keeps the name of the load's table.
    const columnIndex = new RegExp(`^${id}_c\\d+$`);
    const indexes = async () =>
      (
        await queryRows<{ name: string; method: string }>(
          t.db,
          sql`select c.relname as name, am.amname as method from pg_index i join pg_class c on c.oid = i.indexrelid join pg_am am on am.oid = c.relam
              where i.indrelid = ${`datastore."${id}"`}::regclass order by 1`,
        )
      )
        .filter((row) => columnIndex.test(row.name))
        .map((row) => `${row.name.slice(id.length)} ${row.method}`);
    // PGlite answers between the chunks of a load; indexes built after it would block the portal.
    const expected = t.database.handle.kind === 'postgres' ? ['_c0 hash', '_c1 btree', '_c2 btree'] : [];
    assert.deepEqual(await indexes(), expected);
    await replaceFile(t, id, Buffer.from(file));
    await enqueueDatastoreLoad(t.db, id);
    await t.worker.runOnce();
    assert.equal((await statusOf(t, id))?.status, 'active');
    assert.deepEqual(await indexes(), expected);
  });
});
