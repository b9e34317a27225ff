import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { changeFieldTypes, enqueueDatastoreLoad } from './job';
import { createResource, datastoreTableNames, fixture, modulesWithDatastore, replaceFile, resetDatastore, statusOf, tableRows } from './test-support';

describe('DataStore: loading CSV files', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp({ modules: modulesWithDatastore({ chunkRows: 50 }) })));
  beforeEach(() => resetDatastore(t));
  after(() => t.close());

  async function load(resourceId: string): Promise<void> {
    await enqueueDatastoreLoad(t.db, resourceId);
    assert.equal((await statusOf(t, resourceId))?.status, 'pending');
    assert.equal(await t.worker.runOnce(), 1);
  }

  it('loads a Windows-1252 file with semicolons, decimal commas, German dates and ja/nein', async () => {
    const id = await createResource(t, { file: fixture('windows-1252-semikolon.csv') });
    await load(id);
    const status = await statusOf(t, id);
    assert.equal(status?.status, 'active', status?.error ?? '');
    assert.deepEqual(
      status?.fields.map((field) => [field.id, field.type]),
      [
        ['Straße', 'text'],
        ['Betrag in €', 'numeric'],
        ['Stichtag', 'date'],
        ['Geöffnet', 'bool'],
      ],
    );
    assert.equal(status?.rowCount, 3);
    assert.equal(status?.loadedBytes, status?.totalBytes);
    assert.deepEqual(await tableRows(t, id), [
      { _id: 1, Straße: 'Müllerstraße 3', 'Betrag in €': 1234.56, Stichtag: '2024-12-31', Geöffnet: true },
      { _id: 2, Straße: 'Äußere Allee 12', 'Betrag in €': 12.5, Stichtag: '2025-02-01', Geöffnet: false },
      { _id: 3, Straße: 'Grüner Weg; Hinterhaus', 'Betrag in €': -7.25, Stichtag: '2025-03-15', Geöffnet: true },
    ]);
  });

  it('loads UTF-8 with a byte order mark and commas; a postcode with a leading zero stays text', async () => {
    const id = await createResource(t, { file: fixture('utf8-bom-komma.csv') });
    await load(id);
    const status = await statusOf(t, id);
    assert.deepEqual(
      status?.fields.map((field) => [field.id, field.type]),
      [
        ['Messstelle', 'text'],
        ['Anzahl', 'int'],
        ['Wert', 'numeric'],
        ['Zeitpunkt', 'timestamp'],
        ['PLZ', 'text'],
      ],
    );
    const rows = await tableRows(t, id);
    assert.deepEqual(rows[0], { _id: 1, Messstelle: 'Köln Süd', Anzahl: 12, Wert: 1234.5, Zeitpunkt: '2024-12-31T13:45:00', PLZ: '58636' });
    assert.deepEqual(rows[2], { _id: 3, Messstelle: 'Letmathe', Anzahl: null, Wert: 7.5, Zeitpunkt: '2025-01-03T09:30:15', PLZ: '58642' });
  });

  it('reads German timestamps and a | delimiter', async () => {
    const id = await createResource(t, { file: fixture('deutsche-zeitpunkte.csv') });
    await load(id);
    assert.deepEqual((await tableRows(t, id))[1], { _id: 2, Ereignis: 'Bürgersprechstunde', Beginn: '2025-03-12T09:30:00', Teilnehmende: 4 });
  });

  it('decides the encoding at the first byte beyond ASCII, even after the first 64 KB', async () => {
    const lines = ['Nr;Name'];
    for (let n = 1; n <= 5000; n += 1) lines.push(`${n};Name ${n}`);
    lines.push('5001;Müllerstraße', '5002;Grüße');
    const id = await createResource(t, { file: Buffer.from(lines.join('\r\n'), 'latin1') });
    await load(id);
    assert.equal((await statusOf(t, id))?.status, 'active');
    assert.deepEqual((await tableRows(t, id)).at(-2), { _id: 5001, Nr: 5001, Name: 'Müllerstraße' });
  });

  it('follows Excel’s `sep=` line and counts it in line numbers', async () => {
    const id = await createResource(t, { file: Buffer.from('sep=,\nName;Teil,Betrag\nA;1,2\nB;2,zwei\n') });
    await load(id);
    const status = await statusOf(t, id);
    assert.deepEqual(
      status?.fields.map((field) => field.id),
      ['Name;Teil', 'Betrag'],
    );
    assert.equal(status?.error, null);
    assert.deepEqual(await tableRows(t, id), [
      { _id: 1, 'Name;Teil': 'A;1', Betrag: '2' },
      { _id: 2, 'Name;Teil': 'B;2', Betrag: 'zwei' },
    ]);
    await replaceFile(t, id, Buffer.from('sep=;\nA;B\n1;2\n3;4;5\n'));
    await load(id);
    assert.match((await statusOf(t, id))?.error ?? '', /^Zeile 4 hat 3 Spalten/);
  });

  const refusals: Array<[string, RegExp]> = [
    ['ungleiche-zeilen.csv', /^Zeile 3 hat 3 Spalten, die Kopfzeile aber 2\./],
    ['leer.csv', /^Die Datei ist leer/],
    ['binaer.csv', /^Die Datei ist keine Textdatei/],
  ];
  for (const [name, message] of refusals) {
    it(`refuses ${name} with a specific message and leaves no table behind`, async () => {
      const id = await createResource(t, { file: fixture(name) });
      await load(id);
      const status = await statusOf(t, id);
      assert.equal(status?.status, 'failed');
      assert.match(status?.error ?? '', message);
      assert.deepEqual(await datastoreTableNames(t), []);
    });
  }

  it('reports progress in chunks and names line, column and value of a value that does not fit', async () => {
    const lines = ['Nr;Betrag'];
    for (let n = 1; n <= 1500; n += 1) lines.push(`${n};${n},5`);
    lines.push('1501;12,5x');
    const id = await createResource(t, { file: Buffer.from(lines.join('\n')) });
    await load(id);
    const status = await statusOf(t, id);
    assert.equal(status?.status, 'failed');
    assert.equal(status?.error, 'Zeile 1.502, Spalte „Betrag“: „12,5x“ ist keine Zahl.');
    assert.deepEqual(await datastoreTableNames(t), []);
  });

  it('keeps the previous table when a reload fails, and swaps in a complete one', async () => {
    const id = await createResource(t, { file: fixture('windows-1252-semikolon.csv') });
    await load(id);
    await replaceFile(t, id, fixture('ungleiche-zeilen.csv'));
    await load(id);
    const failed = await statusOf(t, id);
    assert.equal(failed?.status, 'failed');
    assert.equal(failed?.rowCount, 3);
    assert.equal((await tableRows(t, id)).length, 3);
    assert.deepEqual(await datastoreTableNames(t), [id]);

    await replaceFile(t, id, fixture('deutsche-zeitpunkte.csv'));
    await load(id);
    assert.equal((await statusOf(t, id))?.status, 'active');
    assert.deepEqual(await datastoreTableNames(t), [id]);
    assert.deepEqual(Object.keys((await tableRows(t, id))[0]!), ['_id', 'Ereignis', 'Beginn', 'Teilnehmende']);
  });

  it('reloads with the types the publisher chose, and keeps them for the next file', async () => {
    const id = await createResource(t, { file: fixture('utf8-bom-komma.csv') });
    await load(id);
    assert.deepEqual(await changeFieldTypes(id, { Anzahl: 'text', PLZ: 'int' }, t.deps), { ok: true });
    assert.equal(await t.worker.runOnce(), 1);
    // 05836 is no int: the reload fails with the line, the previous table stays.
    assert.equal((await statusOf(t, id))?.error, 'Zeile 3, Spalte „PLZ“: „05836“ ist keine ganze Zahl.');
    assert.equal((await tableRows(t, id))[0]!.Anzahl, 12);

    assert.deepEqual(await changeFieldTypes(id, { PLZ: 'text' }, t.deps), { ok: true });
    assert.equal(await t.worker.runOnce(), 1);
    const status = await statusOf(t, id);
    assert.equal(status?.status, 'active');
    assert.deepEqual(
      status?.fields.filter((field) => field.info?.type_override).map((field) => [field.id, field.type]),
      [
        ['Anzahl', 'text'],
        ['PLZ', 'text'],
      ],
    );
    assert.equal((await tableRows(t, id))[0]!.Anzahl, '12');
    assert.deepEqual(await changeFieldTypes(id, { Unbekannt: 'text', Wert: 'zahl' }, t.deps), {
      ok: false,
      errors: { Unbekannt: 'Die Tabelle hat kein Feld „Unbekannt“.', Wert: 'Wählen Sie einen der Typen text, int, numeric, bool, date, timestamp.' },
    });
  });
});
