import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { date, integer, jsonb, pgTable, timestamp } from 'drizzle-orm/pg-core';
import { openTestDatabase, TEST_DATABASE_URL, type TestDatabase } from '../../../tests/support/database';
import { queryRows, type Executor } from './index';

const probe = pgTable('db_values_probe', {
  id: integer('id').primaryKey(),
  at: timestamp('at', { withTimezone: true }).notNull(),
  day: date('day').notNull(),
  data: jsonb('data').$type<{ n: number }>().notNull(),
});

const AT = new Date('2026-03-29T00:30:00.000Z');

/**
 * Drizzle decides how dates and timestamps arrive, whichever database is underneath: PGlite gets
 * Drizzle's text parsers once at creation (pglite-client.ts), not with every query. Pinned here
 * on both databases, inside and outside a transaction.
 */
describe(`values from the database (${TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let database: TestDatabase;
  before(async () => {
    database = await openTestDatabase([]);
    await database.handle.execScript('create table db_values_probe (id integer primary key, at timestamptz not null, day date not null, data jsonb not null)');
    await database.handle.db.insert(probe).values({ id: 1, at: AT, day: '2026-03-29', data: { n: 7 } });
  });
  after(() => database.close());

  async function typedRow(db: Executor) {
    const [row] = await db.select().from(probe);
    return row;
  }

  async function rawRow(db: Executor) {
    const [row] = await queryRows<Record<string, unknown>>(
      db,
      sql`select at, day, data, interval '1 day 2 hours' as span, array[at] as ats, count(*) over () as total from db_values_probe`,
    );
    return row;
  }

  it('maps typed columns: timestamps to Date, dates to ISO text, jsonb to objects', async () => {
    const expected = { id: 1, at: AT, day: '2026-03-29', data: { n: 7 } };
    assert.deepEqual(await typedRow(database.handle.db), expected);
    assert.deepEqual(await database.handle.db.transaction((tx) => typedRow(tx)), expected);
  });

  it('leaves timestamps, dates and intervals of raw queries as text and parses json and numbers', async () => {
    for (const row of [await rawRow(database.handle.db), await database.handle.db.transaction((tx) => rawRow(tx))]) {
      assert.ok(row);
      assert.equal(typeof row.at, 'string');
      assert.equal(new Date(row.at as string).getTime(), AT.getTime());
      assert.equal(row.day, '2026-03-29');
      assert.equal(row.span, '1 day 02:00:00');
      assert.equal(typeof row.ats, 'string', 'timestamp arrays stay text as well');
      assert.deepEqual(row.data, { n: 7 });
      assert.equal(Number(row.total), 1);
    }
  });
});
