import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { enqueueDatastoreLoad } from './job';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../kernel/db';
import { findDatastoreTable } from './repository';
import { datastoreSearch } from './search';
import { fullText, tableRef } from './table-sql';
import { buildWhere, fieldMap, whereSql } from './where';
import { datastoreSearchSchema } from './search-params';
import { createResource, modulesWithDatastore, resetDatastore } from './test-support';

describe('DataStore: datastore_search', () => {
  let t: TestApp;
  let id: string;
  before(async () => {
    t = await createTestApp({ modules: modulesWithDatastore(), env: { DATASTORE_ROWS_MAX: '5' } });
    await resetDatastore(t);
    const lines = ['Straße;Betrag;Stichtag;Geöffnet'];
    for (let n = 1; n <= 12; n += 1) {
      lines.push(`${n % 3 === 0 ? 'Müllerstraße' : 'Hauptstraße'} ${n};${n},5;0${(n % 9) + 1}.01.2025;${n % 2 === 0 ? 'ja' : 'nein'}`);
    }
    id = await createResource(t, { file: Buffer.from(lines.join('\r\n'), 'latin1') });
    await enqueueDatastoreLoad(t.db, id);
    await t.worker.runOnce();
  });
  after(() => t.close());

  async function search(params: Record<string, unknown>) {
    const parsed = datastoreSearchSchema.parse({ resource_id: id, ...params });
    return datastoreSearch(parsed, t.deps);
  }
  async function found(params: Record<string, unknown>) {
    const outcome = await search(params);
    assert.ok(outcome.ok, JSON.stringify(outcome));
    return outcome.result;
  }

  it('answers CKAN’s shape: fields with _id first, records as objects, total, limit bounded by the setting', async () => {
    const result = await found({});
    assert.deepEqual(
      result.fields.map((field) => [field.id, field.type]),
      [
        ['_id', 'int'],
        ['Straße', 'text'],
        ['Betrag', 'numeric'],
        ['Stichtag', 'date'],
        ['Geöffnet', 'bool'],
      ],
    );
    assert.equal(result.limit, 5);
    assert.equal(result.total, 12);
    assert.deepEqual((result.records as unknown[])[0], { _id: 1, Straße: 'Hauptstraße 1', Betrag: 1.5, Stichtag: '2025-01-02', Geöffnet: false });
    assert.equal(result._links.next, `/api/3/action/datastore_search?resource_id=${id}&offset=100`);
  });

  it('filters by a value, a list (IN) and comparisons, with values of the field’s type', async () => {
    assert.deepEqual((await found({ filters: { Geöffnet: true, Betrag: { gte: 6, lt: 11 } }, fields: '_id' })).records, [{ _id: 6 }, { _id: 8 }, { _id: 10 }]);
    assert.deepEqual((await found({ filters: JSON.stringify({ _id: [2, 4, 99] }), fields: ['_id'] })).records, [{ _id: 2 }, { _id: 4 }]);
    const counted = await found({ filters: { Stichtag: '01.01.2025' }, fields: ['_id'] });
    assert.deepEqual(counted.records, [{ _id: 9 }]);
    assert.equal(counted.total, 1);
  });

  it('refuses unknown fields, values of the wrong type and unknown operators as field errors', async () => {
    assert.deepEqual(await search({ filters: { Betrag: 'viel' } }), { ok: false, errors: { filters: 'Das Feld „Betrag“ erwartet eine Zahl.' } });
    assert.deepEqual(await search({ filters: { Name: 'x' }, sort: 'Name desc', fields: 'Straße,Name' }), {
      ok: false,
      errors: {
        filters: 'Die Tabelle hat kein Feld „Name“.',
        fields: 'Die Tabelle hat kein Feld „Name“.',
        sort: 'Sortieren Sie nach einem Feld der Tabelle: „Name“ gibt es nicht.',
      },
    });
    assert.deepEqual(await search({ filters: { Betrag: { like: '%' } } }), {
      ok: false,
      errors: { filters: 'Unbekannter Vergleich „like“: erlaubt sind eq, gt, gte, lt, lte.' },
    });
  });

  it('searches the full text with German stems as prefixes, or one field', async () => {
    assert.equal((await found({ q: 'Bahnhofstraße', fields: '_id' })).total, 0);
    // The German stemmer reads ß as ss; a word is a prefix ("Müller" finds "Müllerstraße").
    const hits = await found({ q: 'müllerstrasse', fields: '_id', sort: '_id' });
    assert.deepEqual(hits.records, [{ _id: 3 }, { _id: 6 }, { _id: 9 }, { _id: 12 }]);
    assert.equal(hits.total, 4);
    assert.equal((await found({ q: 'Müller 12', fields: '_id' })).total, 1);
    assert.deepEqual((await found({ q: { Straße: 'Hauptstraße 11' }, fields: '_id' })).records, [{ _id: 11 }]);
    assert.deepEqual((await found({ q: JSON.stringify({ Straße: 'Hauptstraße 11' }), fields: '_id' })).records, [{ _id: 11 }]);
  });

  it('finds the full text through its index', async () => {
    const table = await findDatastoreTable(t.db, id);
    const { conditions } = buildWhere(fieldMap(table!.fields), undefined, 'Müller', fullText(table!.fields));
    const plan = await t.db.transaction(async (tx) => {
      // Twelve rows are read faster without an index; the planner must show it can use it.
      await tx.execute(sql`set local enable_seqscan = off`);
      return queryRows<{ 'QUERY PLAN': string }>(tx, sql`explain select _id from ${tableRef(id)} ${whereSql(conditions)}`);
    });
    assert.match(plan.map((row) => row['QUERY PLAN']).join('\n'), new RegExp(`Bitmap Index Scan on "?${id}_full_text`));
  });

  it('sorts by several fields and returns lists, CSV and TSV', async () => {
    const lists = await found({ sort: 'Geöffnet desc, Betrag desc', fields: ['_id', 'Betrag'], records_format: 'lists', limit: 3 });
    assert.deepEqual(lists.records, [
      [12, 12.5],
      [10, 10.5],
      [8, 8.5],
    ]);
    assert.equal(
      (await found({ sort: '"Betrag" desc', fields: 'Straße,Betrag', records_format: 'csv', limit: 2 })).records,
      'Müllerstraße 12,12.5\r\nHauptstraße 11,11.5\r\n',
    );
    assert.equal((await found({ fields: 'Straße,Geöffnet', records_format: 'tsv', limit: 1 })).records, 'Hauptstraße 1\tfalse\r\n');
  });

  it('pages by keyset: next_page is the filter for the following page', async () => {
    const first = await found({ include_next_page: 'true', limit: 4, fields: 'Betrag' });
    assert.deepEqual(first.next_page, { _id: { gt: 4 } });
    assert.deepEqual(first.records, [{ Betrag: 1.5 }, { Betrag: 2.5 }, { Betrag: 3.5 }, { Betrag: 4.5 }]);
    const second = await found({ include_next_page: true, limit: 4, fields: '_id', filters: first.next_page });
    assert.deepEqual(second.records, [{ _id: 5 }, { _id: 6 }, { _id: 7 }, { _id: 8 }]);
    const backwards = await found({ include_next_page: true, limit: 2, fields: '_id', sort: '_id desc' });
    assert.deepEqual(backwards.next_page, { _id: { lt: 11 } });
  });

  it('answers distinct rows and counts them', async () => {
    const result = await found({ distinct: true, fields: 'Geöffnet', sort: 'Geöffnet' });
    assert.deepEqual(result.records, [{ Geöffnet: false }, { Geöffnet: true }]);
    assert.equal(result.total, 2);
    assert.deepEqual(await search({ distinct: true, fields: 'Geöffnet', sort: 'Betrag' }), {
      ok: false,
      errors: { sort: 'Mit distinct sortieren Sie nur nach Feldern, die Sie auch abfragen.' },
    });
  });

  it('estimates a large total when asked to, and answers a missing table like a missing resource', async () => {
    const estimated = await found({ filters: { Betrag: { gt: 0 } }, total_estimation_threshold: 1 });
    assert.equal(estimated.total_was_estimated, true);
    await assert.rejects(() => datastoreSearch(datastoreSearchSchema.parse({ resource_id: '00000000-0000-0000-0000-000000000000' }), t.deps), { status: 404 });
  });
});
