import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { sql, type SQL } from 'drizzle-orm';
import { TEST_DATABASE_URL } from '../../../../tests/support/database';
import { queryRows, type Database } from '../../../kernel/db';
import { prefixTsquery, searchWords } from '../../../kernel/text-search';
import { YEAR_RANGES } from '../schemas';
import { generatedCatalogueDatabase, insertRecord } from '../test-support';
import { searchCatalogue, type CatalogueSearch } from './search';

/** Enough records for every facet value and several pages. */
const RECORDS = 1500;
const A_TO_Z = sql`title collate "und-x-icu", subtitle collate "und-x-icu", id`;

/**
 * The in-memory index must answer exactly what the database would: the same hits, facets and
 * orders as SQL over the same records (the queries below are the oracle; ranking aside, which the
 * index does by weights: checked on its own).
 */
describe(`the catalogue's search index against SQL on ${RECORDS} records (${TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  const catalogue = generatedCatalogueDatabase(RECORDS);
  let db: Database;
  before(() => (db = catalogue.db));

  const search = (fields: Partial<CatalogueSearch>): CatalogueSearch => ({ q: '', sort: 'titel', page: 1, pageSize: 20, ...fields });

  function condition(fields: Partial<CatalogueSearch>): SQL {
    const parts: SQL[] = [sql`true`];
    const words = searchWords(fields.q ?? '');
    if (words.length > 0) parts.push(sql`search @@ to_tsquery('german', ${prefixTsquery(words)})`);
    if (fields.mediaType) parts.push(sql`media_type = ${fields.mediaType}`);
    if (fields.years) {
      const [from, to] = YEAR_RANGES[fields.years];
      parts.push(sql`year between ${from ?? -9999} and ${to ?? 9999}`);
    }
    if (fields.language) parts.push(sql`language = ${fields.language}`);
    if (fields.subject) parts.push(sql`subjects @> array[${fields.subject}]::text[]`);
    return sql.join(parts, sql` and `);
  }

  async function idsInOrder(fields: Partial<CatalogueSearch>, order: SQL): Promise<string[]> {
    const rows = await queryRows<{ id: string }>(db, sql`select id from library_records where ${condition(fields)} order by ${order}`);
    return rows.map((row) => row.id);
  }

  async function counted(fields: Partial<CatalogueSearch>, key: SQL, from = sql`library_records`): Promise<Array<[string, number]>> {
    const rows = await queryRows<{ key: string; n: number }>(
      db,
      sql`select ${key} as "key", count(*)::int as "n" from ${from} where ${condition(fields)} and ${key} is not null group by 1`,
    );
    return rows.map((row) => [row.key, row.n]);
  }

  const byCountThenKey = (pairs: Array<[string, number]>) => pairs.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));

  const SEARCHES: Array<Partial<CatalogueSearch>> = [
    {},
    { q: 'garten' },
    { q: 'sauerland wandern' },
    { q: 'nacht', mediaType: 'book' },
    { mediaType: 'ebook', years: '2020-2024' },
    { q: 'the', language: 'eng' },
    { subject: 'Kochbuch' },
    { q: 'zzzzqqq' },
    { q: 'und' },
  ];

  it('finds the hits SQL finds, counts the same facets, and pages them in the same A–Z, newest and oldest order', async () => {
    let searchesWithHits = 0;
    for (const fields of SEARCHES) {
      const label = JSON.stringify(fields);
      const aToZ = await idsInOrder(fields, A_TO_Z);
      if (aToZ.length > 40) searchesWithHits += 1;
      const newest = await idsInOrder(fields, sql`year desc nulls last, ${A_TO_Z}`);
      const oldest = await idsInOrder(fields, sql`year asc nulls last, ${A_TO_Z}`);
      for (const [sort, expected] of [
        ['titel', aToZ],
        ['neueste', newest],
        ['aelteste', oldest],
      ] as const) {
        for (const page of [1, 2]) {
          const result = await searchCatalogue(db, search({ ...fields, sort, page }));
          assert.equal(result.total, expected.length, `${label} total`);
          assert.deepEqual(
            result.hits.map((hit) => hit.id),
            expected.slice((page - 1) * 20, page * 20),
            `${label} ${sort} page ${page}`,
          );
        }
      }
      const { facets } = await searchCatalogue(db, search(fields));
      assert.deepEqual(facets.mediaTypes, byCountThenKey(await counted(fields, sql`media_type`)), `${label} media types`);
      assert.deepEqual(facets.languages, byCountThenKey(await counted(fields, sql`language`)), `${label} languages`);
      assert.deepEqual(
        facets.subjects,
        byCountThenKey(await counted(fields, sql`subject`, sql`library_records, unnest(subjects) as subject`)).slice(0, 12),
        `${label} subjects`,
      );
      const yearRange = sql.raw(
        `case ${Object.entries(YEAR_RANGES)
          .map(([key, [from, to]]) => `when year between ${from ?? -9999} and ${to ?? 9999} then '${key}'`)
          .join(' ')} end`,
      );
      assert.deepEqual(
        facets.years,
        (await counted(fields, yearRange)).sort((a, b) => (a[0] < b[0] ? -1 : 1)),
        `${label} years`,
      );
    }
    assert.ok(searchesWithHits >= 5, 'the generated catalogue gives most searches more than two pages');
  });

  it('ranks by where the words stand (title before authors before subjects), then A–Z', async () => {
    const fields = { q: 'garten' };
    const hits = await idsInOrder(fields, A_TO_Z);
    const result = await searchCatalogue(db, search({ ...fields, sort: 'relevanz', pageSize: 60 }));
    assert.equal(result.total, hits.length);
    const rows = await queryRows<{ id: string; inTitle: boolean }>(
      db,
      sql`select id, to_tsvector('german', title || ' ' || subtitle) @@ to_tsquery('german', 'garten:*') as "inTitle" from library_records where id in (${sql.join(
        result.hits.map((hit) => sql`${hit.id}`),
        sql`, `,
      )})`,
    );
    const inTitle = new Map(rows.map((row) => [row.id, row.inTitle]));
    const flags = result.hits.map((hit) => inTitle.get(hit.id));
    assert.ok(flags[0], 'the best hit has the word in its title');
    assert.ok(flags.indexOf(false) === -1 || flags.slice(flags.indexOf(false)).every((flag) => !flag), 'title hits come first');
  });

  it('finds a record by its ISBN, typed with hyphens, and nothing for an unknown one', async () => {
    const [record] = await queryRows<{ id: string; isbn: string }>(
      db,
      sql`select id, isbns[1] as "isbn" from library_records where cardinality(isbns) > 0 limit 1`,
    );
    assert.ok(record, 'the generated catalogue has ISBNs');
    const typed = record.isbn.length === 13 ? `${record.isbn.slice(0, 3)}-${record.isbn.slice(3)}` : record.isbn;
    const found = await searchCatalogue(db, search({ q: typed }));
    assert.ok(found.hits.some((hit) => hit.id === record.id));
    assert.equal((await searchCatalogue(db, search({ q: '978-0-000000-00-0' }))).total, 0);
  });

  it('shows a changed catalogue at once', async () => {
    const t = { db, settled: () => catalogue.database.handle.changes.settled() };
    assert.equal((await searchCatalogue(db, search({ q: 'quokkafibel' }))).total, 0);
    const record = await insertRecord(t, { title: 'Die Quokkafibel' });
    assert.deepEqual(
      (await searchCatalogue(db, search({ q: 'quokkafibel' }))).hits.map((hit) => hit.id),
      [record.id],
    );
    await db.execute(sql`update library_records set title = 'Die Wombatfibel' where id = ${record.id}`);
    await t.settled();
    assert.equal((await searchCatalogue(db, search({ q: 'quokkafibel' }))).total, 0);
    assert.equal((await searchCatalogue(db, search({ q: 'wombat' }))).total, 1);
  });
});
