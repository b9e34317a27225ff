import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { TEST_DATABASE_URL, type TestDatabase } from '../../../../tests/support/database';
import { queryRows, type Database } from '../../../kernel/db';
import { CkanError } from './envelope';
import { parseSort } from './search-params';
import { orderBySql, solrToSql } from './search-sql';
import { parseSolrQuery, SolrSyntaxError } from './solr-query';
import { datasets, fields, NOW, openSearchDatabase } from './test-support';

describe(`Solr queries as SQL (${TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let database: TestDatabase;
  let db: Database;
  before(async () => {
    database = await openSearchDatabase();
    db = database.handle.db;
  });
  after(() => database.close());

  async function names(query: string): Promise<string[]> {
    const rows = await queryRows<{ name: string }>(db, sql`select name from ${datasets} where ${solrToSql(parseSolrQuery(query), fields, NOW)} order by name`);
    return rows.map((row) => row.name);
  }

  const cases: [string, string[]][] = [
    ['*:*', ['buslinien', 'haushalt-2024', 'parkhaeuser', 'testdaten']],
    ['organization:stadt-iserlohn', ['haushalt-2024', 'parkhaeuser']],
    ['tags:Parken -tags:Test', ['parkhaeuser']],
    ['res_format:"CSV" OR res_format:"JSON"', ['buslinien', 'haushalt-2024', 'parkhaeuser']],
    ['res_format:(CSV OR JSON) -organization:mvg', ['haushalt-2024', 'parkhaeuser']],
    ['groups:tran AND license_id:dl-by-de/2.0', ['buslinien', 'parkhaeuser']],
    ['organization:mvg OR tags:Haushalt', ['buslinien', 'haushalt-2024']],
    ['metadata_modified:[2024-01-01T00:00:00Z TO *]', ['buslinien', 'parkhaeuser']],
    ['metadata_modified:{2024-01-15T00:00:00Z TO *]', ['parkhaeuser']],
    ['metadata_modified:[2024-03-01T08:00:00.123457Z TO *]', []],
    ['metadata_modified:[NOW-1DAY/DAY TO NOW]', ['parkhaeuser']],
    ['metadata_modified:[* TO 2023-12-31]', ['testdaten']],
    ['num_resources:[1 TO *] -num_resources:3', ['buslinien', 'haushalt-2024']],
    ['Parken', ['parkhaeuser', 'testdaten']],
    ['title:park gebühren', ['parkhaeuser']],
    ['Parken NOT tags:Test', ['parkhaeuser']],
    ['"Haushaltsplan 2024" OR name:buslinien', ['buslinien', 'haushalt-2024']],
    ['res_format:*', ['buslinien', 'haushalt-2024', 'parkhaeuser']],
    ['state:active +dataset_type:dataset', ['buslinien', 'haushalt-2024', 'parkhaeuser', 'testdaten']],
    ['state:deleted', []],
    ['id:not-a-uuid', []],
    ['& Bus', ['buslinien']],
  ];
  for (const [query, expected] of cases) {
    it(`finds ${query}`, async () => assert.deepEqual(await names(query), expected));
  }

  it('refuses unknown fields, ranges on facets and bad bounds as Search Query Errors (400)', () => {
    const refused: [string, RegExp][] = [
      ['extras_foo:bar', /Unknown field "extras_foo"/],
      ['tags:[a TO b]', /has no ranges/],
      ['metadata_modified:[gestern TO *]', /"gestern" is not a date/],
      ['metadata_modified:[2024-02-30T00:00:00Z TO *]', /is not a date/],
      ['metadata_modified:[NOW-1FORTNIGHT TO *]', /is not a date/],
      ['metadata_modified:[NOW+9999YEARS TO *]', /is not a date/],
      ['num_resources:[1 TO 99999999999]', /is not a whole number/],
    ];
    for (const [query, message] of refused) {
      assert.throws(
        () => solrToSql(parseSolrQuery(query), fields, NOW),
        (error) => error instanceof CkanError && error.status === 400 && error.body.__type === 'Search Query Error' && message.test(error.message),
        query,
      );
    }
  });

  it('runs every query it accepts without a database error', async () => {
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const pieces = [
      'tags:',
      'metadata_modified:',
      'num_resources:',
      'id:',
      'name:',
      'state:',
      'text:',
      'Park',
      '"a b"',
      '(',
      ')',
      ' OR ',
      ' -',
      '*',
      '[* TO 3]',
      '[NOW-1DAY TO *]',
      '{2024-01-01 TO NOW]',
      "'",
      '%',
      '\\:',
      ' ',
    ];
    let ran = 0;
    for (let run = 0; run < 1000; run++) {
      const input = Array.from({ length: 1 + Math.floor(next() * 8) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      let condition;
      try {
        condition = solrToSql(parseSolrQuery(input), fields, NOW);
      } catch (error) {
        assert.ok(error instanceof SolrSyntaxError || error instanceof CkanError, `${input}: ${String(error)}`);
        continue;
      }
      await queryRows(db, sql`select count(*) from ${datasets} where ${condition}`);
      ran++;
    }
    assert.ok(ran > 50, `only ${ran} of the random queries were accepted`);
  });

  it('orders by the sort parameter, with the id as the last tie-breaker', async () => {
    const columns = {
      score: null,
      id: datasets.id,
      name: datasets.name,
      title_string: datasets.name,
      metadata_modified: datasets.metadataModified,
      metadata_created: datasets.metadataModified,
    };
    const ordered = async (sort: string) =>
      (await queryRows<{ name: string }>(db, sql`select name from ${datasets} order by ${orderBySql(parseSort(sort), columns)}`)).map((row) => row.name);
    assert.deepEqual(await ordered('metadata_modified desc'), ['parkhaeuser', 'buslinien', 'haushalt-2024', 'testdaten']);
    assert.deepEqual(await ordered('name asc'), ['buslinien', 'haushalt-2024', 'parkhaeuser', 'testdaten']);
    const byId = await queryRows<{ name: string }>(db, sql`select name from ${datasets} order by id`);
    assert.deepEqual(
      await ordered('score desc'),
      byId.map((row) => row.name),
    );
    assert.deepEqual(
      await ordered('id asc'),
      byId.map((row) => row.name),
    );
  });

  it('lets the indexes answer facet, text and date conditions', async () => {
    const plans: [string, RegExp][] = [
      ['organization:stadt-iserlohn tags:Parken', /ckan_search_test_facets_idx/],
      ['res_format:CSV OR res_format:JSON', /ckan_search_test_facets_idx/],
      ['Parken', /ckan_search_test_search_idx/],
      ['metadata_modified:[2024-01-01T00:00:00Z TO *]', /ckan_search_test_modified_idx/],
    ];
    for (const [query, index] of plans) {
      const plan = await db.transaction(async (tx) => {
        await tx.execute(sql`set local enable_seqscan = off`);
        const rows = await queryRows<{ 'QUERY PLAN': string }>(
          tx,
          sql`explain select name from ${datasets} where ${solrToSql(parseSolrQuery(query), fields, NOW)}`,
        );
        return rows.map((row) => row['QUERY PLAN']).join('\n');
      });
      assert.match(plan, index, `${query}\n${plan}`);
    }
  });
});
