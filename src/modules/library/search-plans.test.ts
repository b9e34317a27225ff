import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { sql, type SQL } from 'drizzle-orm';
import { TEST_DATABASE_URL } from '../../../tests/support/database';
import { queryRows, type Database } from '../../kernel/db';
import { parseCql } from './sru/cql';
import { cqlCondition } from './sru/search';
import { libraryRecords } from './tables';
import { generatedCatalogueDatabase } from './test-support';

/** Enough records that a sequential scan is what the planner would avoid. */
const RECORDS = 2000;

describe(`SRU search plans and the catalogue's storage on ${RECORDS} records (${TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  const catalogue = generatedCatalogueDatabase(RECORDS);
  let db: Database;
  before(async () => {
    db = catalogue.db;
    await db.execute(sql`analyze library_records`);
  });

  async function explain(query: SQL): Promise<string> {
    const rows = await queryRows<{ 'QUERY PLAN': string }>(db, sql`explain ${query}`);
    return rows.map((row) => row['QUERY PLAN']).join('\n');
  }
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
