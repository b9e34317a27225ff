import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql, type SQL } from 'drizzle-orm';
import { openTestDatabase, TEST_DATABASE_URL, type TestDatabase } from '../../../tests/support/database';
import { testConfig } from '../../../tests/support/test-app';
import { queryRows, type Database } from '../../kernel/db';
import { libraryModule } from './index';
import { catalogueSearchQuery, unfilteredPageQuery, type CatalogueSearch } from './repository/search';
import { parseCql } from './sru/cql';
import { cqlCondition } from './sru/search';
import { libraryRecords } from './tables';
import { importSmallCatalogue } from './test-support';

/** Enough records that a sequential scan is what the planner would avoid. */
const RECORDS = 2000;

describe(`catalogue search plans on ${RECORDS} records (${TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let database: TestDatabase;
  let db: Database;
  before(async () => {
    database = await openTestDatabase([libraryModule]);
    db = database.handle.db;
    await importSmallCatalogue({ db, config: testConfig() }, RECORDS);
    await db.execute(sql`analyze library_records`);
  });
  after(() => database.close());

  async function explain(query: SQL): Promise<string> {
    const rows = await queryRows<{ 'QUERY PLAN': string }>(db, sql`explain ${query}`);
    return rows.map((row) => row['QUERY PLAN']).join('\n');
  }
  const search = (fields: Partial<CatalogueSearch>): CatalogueSearch => ({ q: '', sort: 'relevanz', page: 1, pageSize: 20, ...fields });

  it('finds words through the full-text index, with or without facets, never by reading every record', async () => {
    for (const fields of [{ q: 'garten' }, { q: 'nacht', mediaType: 'book' as const, language: 'ger' }, { q: 'insel', sort: 'neueste' as const, page: 40 }]) {
      const text = await explain(catalogueSearchQuery(search(fields)));
      assert.match(text, /Bitmap Index Scan on library_records_search_idx/, text);
      assert.doesNotMatch(text, /Seq Scan on library_records/, text);
    }
  });

  it('can filter by a subject without words through its index (at 2,000 records a scan is cheaper, so the scan is ruled out here)', async () => {
    const text = await db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      const rows = await queryRows<{ 'QUERY PLAN': string }>(tx, sql`explain ${catalogueSearchQuery(search({ subject: 'Kochbuch' }))}`);
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    });
    assert.match(text, /Bitmap Index Scan on library_records_subjects_idx/, text);
  });

  it('reads the A–Z page of the whole catalogue in the order of the ICU index instead of sorting every row', async () => {
    const text = await explain(unfilteredPageQuery(search({ sort: 'titel', page: 3 })));
    assert.match(text, /Index Scan using library_records_title_icu_idx/, text);
    assert.doesNotMatch(text, /Sort Key: .*und-x-icu/, text);
  });

  it('answers SRU clauses, the ISBN included, from the indexes', async () => {
    const isbn = await explain(sql`select id from ${libraryRecords} where ${cqlCondition(parseCql('isbn = 978-3-1234-5678-9'))}`);
    assert.match(isbn, /Bitmap Index Scan on library_records_isbns_idx/, isbn);
    const words = await explain(sql`select id from ${libraryRecords} where ${cqlCondition(parseCql('title = garten and author = müller'))}`);
    assert.match(words, /library_records_search_idx/, words);
    assert.doesNotMatch(words, /Seq Scan/, words);
  });

  it('keeps the MARC record out of line and no planner statistics on the search column', async () => {
    const columns = await queryRows<{ name: string; target: number | null; storage: string }>(
      db,
      sql`select attname as "name", attstattarget as "target", attstorage as "storage" from pg_attribute
        where attrelid = 'library_records'::regclass and attname in ('search', 'marc') order by attname`,
    );
    assert.deepEqual(
      columns.map((column) => [column.name, column.storage]),
      [
        ['marc', 'e'],
        ['search', 'm'],
      ],
    );
    assert.equal(columns.find((column) => column.name === 'search')?.target, 0);
    const [table] = await queryRows<{ options: string[] }>(db, sql`select reloptions as "options" from pg_class where relname = 'library_records'`);
    assert.deepEqual(table?.options, ['toast_tuple_target=1024']);
  });
});
