import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql, type SQL } from 'drizzle-orm';
import { TEST_DATABASE_URL, type TestDatabase } from '../../../../tests/support/database';
import { openTestDatabase } from '../../../../tests/support/database';
import { queryRows } from '../../../kernel/db';
import { countFacets, facetKeyIndex, type FacetCountOptions } from './facet-counts';
import type { FacetCount } from './search-result';
import { solrToSql } from './search-sql';
import { parseSolrQuery } from './solr-query';
import { datasets, fields, NOW, openSearchDatabase } from './test-support';

const FIELDS = ['organization', 'groups', 'tags', 'res_format', 'license_id'];

describe(`package_search facet counts (${TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let database: TestDatabase;
  before(async () => (database = await openSearchDatabase()));
  after(() => database.close());

  it('counts facet values of the matching datasets, cut to facet.limit and facet.mincount', async () => {
    const all = await queryRows<{ id: string; keys: string[] }>(database.handle.db, sql`select id, facet_keys as keys from ${datasets}`);
    const index = facetKeyIndex(all);
    const counts = async (query: string, facetFields: string[], limit: number | null, mincount = 1) => {
      const hits = await queryRows<{ id: string }>(database.handle.db, sql`select id from ${datasets} where ${solrToSql(parseSolrQuery(query), fields, NOW)}`);
      const displayName = (field: string, name: string) => (field === 'organization' && name === 'mvg' ? 'MVG' : undefined);
      return countFacets(
        index,
        hits.map((hit) => hit.id),
        { fields: facetFields, limit, mincount, displayName },
      );
    };
    assert.deepEqual(await counts('*:*', ['tags', 'res_format', 'organization', 'groups'], 2), {
      tags: [
        { name: 'Parken', count: 2 },
        { name: 'Bus', count: 1 },
      ],
      res_format: [
        { name: 'CSV', count: 2 },
        { name: 'JSON', count: 1 },
      ],
      organization: [
        { name: 'stadt-iserlohn', count: 2 },
        { name: 'mvg', count: 1, displayName: 'MVG' },
      ],
      groups: [
        { name: 'tran', count: 2 },
        { name: 'gove', count: 1 },
      ],
    });
    assert.deepEqual(await counts('groups:tran', ['tags', 'license_id'], null), {
      tags: [
        { name: 'Bus', count: 1 },
        { name: 'Parken', count: 1 },
      ],
      license_id: [{ name: 'dl-by-de/2.0', count: 2 }],
    });
    assert.deepEqual(await counts('*:*', ['tags', 'extras_unbekannt'], null, 2), { tags: [{ name: 'Parken', count: 2 }], extras_unbekannt: [] });
    assert.equal(
      countFacets(index, ['00000000-0000-4000-8000-000000000000'], { fields: ['tags'], limit: null, mincount: 1 }),
      undefined,
      'a hit the index does not know',
    );
  });
});

/**
 * The count package_search made in SQL before the facet index: every hit's keys unnested, counted,
 * ordered by count and key in the database's collation, cut per field. The reference for the index.
 */
function naiveCountsSql(where: SQL, options: FacetCountOptions): SQL {
  const field = sql`split_part(key, ':', 1)`;
  const limit = options.limit === null ? sql`true` : sql`position <= ${options.limit}`;
  return sql`select field, name, count from (
      select ${field} as field, substr(key, strpos(key, ':') + 1) as name, count(*)::int as count,
        row_number() over (partition by ${field} order by count(*) desc, key) as position
      from generated_catalogue, unnest(facet_keys) key where ${where}
      group by key having count(*) >= ${Math.max(options.mincount, 1)}) counted
    where field = any(${sql.param(options.fields.slice())}::text[]) and ${limit} order by field, position`;
}

/** A deterministic pseudo-random sequence, so a failure can be repeated. */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

describe(`package_search facet counts agree with a naive SQL count on a generated catalogue (${TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let database: TestDatabase;
  before(async () => {
    database = await openTestDatabase([]);
    // Values that sort differently by code point, in German and by UTF-16 (the emoji), many ties.
    const values = ['Bus', 'bus', 'Äpfel', 'Zebra', 'Straße', 'Strasse', 'Ökologie', '2024', 'a:b', 'Tor🚪', 'Tor\uff5e', 'cc-by/4.0', 'Ümwelt'];
    const next = random(42);
    const rows = Array.from({ length: 1500 }, (_, i) => {
      const keys = new Set<string>();
      for (const field of FIELDS) for (let n = Math.floor(next() * 4); n > 0; n--) keys.add(`${field}:${values[Math.floor(next() * next() * values.length)]}`);
      return { id: crypto.randomUUID(), bucket: i % 7, keys: [...keys] };
    });
    // Bucket 7: ties whose order differs by code point, by UTF-16 code unit and in German.
    for (const tag of ['Tor🚪', 'Tor\uff5e', 'Zebra', 'Äpfel']) rows.push({ id: crypto.randomUUID(), bucket: 7, keys: [`tags:${tag}`, 'groups:envi'] });
    await database.handle.execScript(`create table generated_catalogue (id uuid primary key, bucket int not null, facet_keys text[] not null)`);
    await database.handle.db.execute(sql`insert into generated_catalogue (id, bucket, facet_keys)
      select id, bucket, keys from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as g(id uuid, bucket int, keys text[])`);
  });
  after(() => database.close());

  it('gives the same values, counts and order for every subset, limit and mincount', async () => {
    const db = database.handle.db;
    const index = facetKeyIndex(await queryRows<{ id: string; keys: string[] }>(db, sql`select id, facet_keys as keys from generated_catalogue`));
    const cases: Array<[SQL, FacetCountOptions]> = [
      [sql`true`, { fields: FIELDS, limit: 50, mincount: 1 }],
      [sql`bucket < 3`, { fields: FIELDS, limit: null, mincount: 0 }],
      [sql`bucket = 5`, { fields: ['tags', 'organization', 'unknown'], limit: 3, mincount: 2 }],
      [sql`facet_keys @> array['tags:Bus']`, { fields: FIELDS, limit: 0, mincount: 1 }],
      [sql`facet_keys && array['groups:Straße', 'license_id:Äpfel']`, { fields: ['groups', 'license_id', 'tags'], limit: 5, mincount: 40 }],
      [sql`bucket = 7`, { fields: ['tags', 'groups'], limit: null, mincount: 1 }],
      [sql`false`, { fields: FIELDS, limit: 50, mincount: 1 }],
    ];
    for (const [where, options] of cases) {
      const hits = await queryRows<{ id: string }>(db, sql`select id from generated_catalogue where ${where}`);
      const naive = await queryRows<{ field: string; name: string; count: number }>(db, naiveCountsSql(where, options));
      const expected: Record<string, FacetCount[]> = Object.fromEntries(options.fields.map((field) => [field, []]));
      for (const row of naive) expected[row.field]!.push({ name: row.name, count: row.count });
      assert.deepEqual(
        countFacets(
          index,
          hits.map((hit) => hit.id),
          options,
        ),
        expected,
      );
    }
    assert.ok(index.keys.length > 40, 'a catalogue with many values');
  });
});
