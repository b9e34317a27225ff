import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { getTableColumns, sql } from 'drizzle-orm';
import { bigint, boolean, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { openTestDatabase, TEST_DATABASE_URL, type TestDatabase } from '../../../tests/support/database';
import { jsonList, LISTS_ONLY } from './json-list';

const things = pgTable('json_list_things', {
  id: integer('id').primaryKey(),
  name: text('name').notNull(),
  size: bigint('size', { mode: 'number' }).notNull(),
  done: boolean('done').notNull(),
  tags: text('tags').array().notNull(),
  details: jsonb('details').$type<{ colour: string }>(),
  seenAt: timestamp('seen_at', { withTimezone: true }),
});
type Thing = typeof things.$inferSelect;

describe(`Lists as one value of a select (${TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let database: TestDatabase;
  before(async () => {
    database = await openTestDatabase([]);
    await database.handle.execScript(`
      create table json_list_things (id integer primary key, name text not null, size bigint not null, done boolean not null,
        tags text[] not null, details jsonb, seen_at timestamptz);
      insert into json_list_things values
        (2, 'zwei "quoted" \\ ü', 9007199254740991, false, '{b,"c d"}', null, null),
        (1, 'eins', 3, true, '{}', '{"colour": "grün"}', '2026-12-06 11:12:13.456789+01');`);
  });
  after(() => database.close());

  const list = (where = sql``) => jsonList<Thing>(getTableColumns(things), sql`from ${things} ${where}`, sql`${things.id}`);

  it('gives the rows a plain select gives, decoded the same way (dates, bigints, arrays, JSON, nulls), in its order', async () => {
    const plain = await database.handle.db.select().from(things).orderBy(things.id);
    const [row] = await database.handle.db.select({ all: list(), none: list(sql`where false`) }).from(LISTS_ONLY);
    assert.deepEqual(row!.all, plain);
    assert.ok(row!.all[0]!.seenAt instanceof Date);
    assert.equal(row!.all[0]!.seenAt.toISOString(), '2026-12-06T10:12:13.456Z');
    assert.deepEqual(row!.none, [], 'an empty list is an empty array, not null');
  });

  it('works as a prepared statement with a placeholder used in several lists', async () => {
    const ids = sql`${sql.placeholder('ids')}`;
    const query = database.handle.db
      .select({ first: list(sql`where ${things.id} = any(${ids})`), again: list(sql`where ${things.id} = any(${ids})`) })
      .from(LISTS_ONLY)
      .prepare('json_list_test');
    const [row] = await query.execute({ ids: [2] });
    assert.deepEqual(
      row!.first.map((thing) => thing.name),
      ['zwei "quoted" \\ ü'],
    );
    assert.deepEqual(row!.again, row!.first);
  });
});
