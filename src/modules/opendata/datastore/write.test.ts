import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { datastoreCreate } from './create';
import { datastoreDelete } from './delete';
import { datastoreUpsert } from './upsert';
import { datastoreCreateSchema, datastoreDeleteSchema, datastoreUpsertSchema } from './write-params';
import { MAX_RECORDS_PER_CALL } from './write-records';
import { createResource, datastoreTableNames, modulesWithDatastore, resetDatastore, statusOf, tableRows } from './test-support';

describe('DataStore: datastore_create, _upsert and _delete', () => {
  let t: TestApp;
  let id: string;
  before(async () => (t = await createTestApp({ modules: modulesWithDatastore() })));
  beforeEach(async () => {
    await resetDatastore(t);
    id = await createResource(t, { name: 'Parkhausbelegung' });
  });
  after(() => t.close());

  const create = (params: Record<string, unknown>) => datastoreCreate(datastoreCreateSchema.parse({ resource_id: id, ...params }), t.deps);
  const upsert = (params: Record<string, unknown>) => datastoreUpsert(datastoreUpsertSchema.parse({ resource_id: id, ...params }), t.deps);
  const remove = (params: Record<string, unknown>) => datastoreDelete(datastoreDeleteSchema.parse({ resource_id: id, ...params }), t.deps);
  const parking = async () => {
    const outcome = await create({
      fields: [
        { id: 'Parkhaus', type: 'text' },
        { id: 'Frei', type: 'int4' },
        { id: 'Stand', type: 'timestamp' },
      ],
      primary_key: 'Parkhaus',
      indexes: ['Stand'],
      records: [
        { Parkhaus: 'Schillerplatz', Frei: 120, Stand: '2026-12-06T10:00:00' },
        { Parkhaus: 'Bahnhof', Frei: 35, Stand: '2026-12-06T10:00:00' },
      ],
    });
    assert.ok(outcome.ok, JSON.stringify(outcome));
  };

  it('creates a table with typed fields, a primary key and records', async () => {
    await parking();
    const status = await statusOf(t, id);
    assert.deepEqual([status?.status, status?.rowCount, status?.primaryKey], ['active', 2, ['Parkhaus']]);
    assert.deepEqual(await tableRows(t, id), [
      { _id: 1, Parkhaus: 'Schillerplatz', Frei: 120, Stand: '2026-12-06T10:00:00' },
      { _id: 2, Parkhaus: 'Bahnhof', Frei: 35, Stand: '2026-12-06T10:00:00' },
    ]);
  });

  it('adds new fields to an existing table, but never changes a type', async () => {
    await parking();
    assert.equal(
      (await create({ fields: [{ id: 'Frei', type: 'int' }, { id: 'Hinweis' }], records: [{ Parkhaus: 'Bahnhof', Hinweis: 'Baustelle' }] })).ok,
      true,
    );
    assert.deepEqual((await tableRows(t, id))[1], { _id: 2, Parkhaus: 'Bahnhof', Frei: 35, Stand: '2026-12-06T10:00:00', Hinweis: 'Baustelle' });
    assert.deepEqual(await create({ fields: [{ id: 'Frei', type: 'text' }] }), {
      ok: false,
      errors: { fields: 'Das Feld „Frei“ hat schon den Typ int; ein Typ lässt sich nicht ändern.' },
    });
    assert.deepEqual(await create({ fields: [{ id: '_geheim' }] }), {
      ok: false,
      errors: { fields: '„_geheim“ ist kein gültiger Feldname: nicht leer, ohne " und ohne _ am Anfang, höchstens 63 Bytes.' },
    });
    assert.deepEqual(await create({ fields: [{ id: 'Ort', type: 'geometry' }] }), {
      ok: false,
      errors: { fields: 'Den Typ „geometry“ des Feldes „Ort“ kennt der DataStore nicht: text, int, numeric, bool, date oder timestamp.' },
    });
  });

  it('upserts by primary key and keeps the row count exact', async () => {
    await parking();
    const outcome = await upsert({
      records: [
        { Parkhaus: 'Bahnhof', Frei: 30 },
        { Parkhaus: 'Rathaus', Frei: 80, Stand: '2026-12-06 10:05' },
        { Parkhaus: 'Bahnhof', Frei: 28 },
      ],
    });
    assert.deepEqual(outcome, { ok: true, result: { resource_id: id, method: 'upsert', inserted: 1 } });
    assert.equal((await statusOf(t, id))?.rowCount, 3);
    assert.deepEqual(
      (await tableRows(t, id)).map((row) => [row.Parkhaus, row.Frei, row.Stand]),
      [
        ['Schillerplatz', 120, '2026-12-06T10:00:00'],
        ['Bahnhof', 28, '2026-12-06T10:00:00'],
        ['Rathaus', 80, '2026-12-06T10:05:00'],
      ],
    );
  });

  it('updates existing rows only, and undoes the whole call for a key that matches nothing', async () => {
    await parking();
    assert.deepEqual(
      await upsert({
        method: 'update',
        records: [
          { Parkhaus: 'Bahnhof', Frei: 1 },
          { Parkhaus: 'Nirgendwo', Frei: 2 },
        ],
      }),
      {
        ok: false,
        errors: { records: 'Datensatz 2: Es gibt keinen Datensatz mit diesem Schlüssel.' },
      },
    );
    assert.equal((await tableRows(t, id))[1]!.Frei, 35);
    assert.equal((await upsert({ method: 'update', records: [{ Parkhaus: 'Bahnhof', Frei: 1 }] })).ok, true);
    assert.equal((await tableRows(t, id))[1]!.Frei, 1);
  });

  it('refuses records that do not fit, a duplicate key on insert, and too many records', async () => {
    await parking();
    assert.deepEqual(await upsert({ records: [{ Parkhaus: 'Bahnhof', Frei: 'viele' }] }), {
      ok: false,
      errors: { records: 'Datensatz 1: Das Feld „Frei“ erwartet eine ganze Zahl.' },
    });
    assert.deepEqual(await upsert({ records: [{ Parkhaus: 'Bahnhof', Farbe: 'rot' }] }), {
      ok: false,
      errors: { records: 'Datensatz 1: Die Tabelle hat kein Feld „Farbe“.' },
    });
    assert.deepEqual(await upsert({ records: [{ Frei: 3 }] }), { ok: false, errors: { records: 'Datensatz 1: Der Schlüssel „Parkhaus“ fehlt.' } });
    assert.deepEqual(await upsert({ method: 'insert', records: [{ Parkhaus: 'Bahnhof', Frei: 3 }] }), {
      ok: false,
      errors: { records: 'Ein Datensatz hat denselben Schlüssel wie ein vorhandener: Nutzen Sie method=upsert.' },
    });
    const many = Array.from({ length: MAX_RECORDS_PER_CALL + 1 }, (_, n) => ({ Parkhaus: `P${n}` }));
    assert.deepEqual(await upsert({ records: many }), { ok: false, errors: { records: 'Senden Sie höchstens 10.000 Datensätze auf einmal.' } });
    assert.equal((await statusOf(t, id))?.rowCount, 2);
  });

  it('deletes rows by filter, or the whole table', async () => {
    await parking();
    assert.deepEqual(await remove({ filters: { Frei: { lt: 100 } } }), { ok: true, result: { resource_id: id, filters: { Frei: { lt: 100 } }, deleted: 1 } });
    assert.equal((await statusOf(t, id))?.rowCount, 1);
    assert.deepEqual(await remove({ filters: { Farbe: 'rot' } }), { ok: false, errors: { filters: 'Die Tabelle hat kein Feld „Farbe“.' } });
    assert.equal((await remove({})).ok, true);
    assert.equal(await statusOf(t, id), undefined);
    assert.deepEqual(await datastoreTableNames(t), []);
  });

  it('changes a table loaded from a file only with force, and answers a missing resource with 404', async () => {
    const uploaded = await createResource(t, { file: Buffer.from('A\n1\n') });
    const params = datastoreCreateSchema.parse({ resource_id: uploaded, fields: [{ id: 'A', type: 'int' }] });
    assert.deepEqual(await datastoreCreate(params, t.deps), {
      ok: false,
      errors: { force: 'Diese Tabelle wird aus der Datei der Ressource geladen. Setzen Sie force=true, um sie trotzdem zu ändern.' },
    });
    assert.equal((await datastoreCreate({ ...params, force: true }, t.deps)).ok, true);
    await assert.rejects(() => datastoreUpsert(datastoreUpsertSchema.parse({ resource_id: '00000000-0000-0000-0000-000000000000', records: [] }), t.deps), {
      status: 404,
    });
  });
});
