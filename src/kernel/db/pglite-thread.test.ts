import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, arrayContains, eq, gte, sql } from 'drizzle-orm';
import { bigint, boolean, date, integer, json, jsonb, numeric, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { CHANGES_CHANNEL } from './changes';
import { openPglite, queryRows, type DatabaseHandle } from './index';

const notes = pgTable('thread_notes', { id: integer('id').primaryKey(), body: text('body').notNull() });
const SCHEMA = 'create table thread_notes (id integer primary key, body text not null)';
const VALUES = sql`select now()::date as day, timestamptz '2026-03-29 00:30:00+00' as at, '{"n": 7}'::jsonb as data,
  interval '1 day 2 hours' as span, array[1, 2] as list, 9007199254740993::bigint as big, '\\x0102'::bytea as bytes, null as nothing`;

const kinds = pgTable('thread_kinds', {
  id: uuid('id').primaryKey(),
  title: text('title').notNull(),
  count: integer('count'),
  small: smallint('small'),
  big: bigint('big', { mode: 'number' }),
  amount: numeric('amount'),
  open: boolean('open'),
  at: timestamp('at', { withTimezone: true }),
  localAt: timestamp('local_at'),
  day: date('day'),
  data: jsonb('data'),
  plain: json('plain'),
  tags: text('tags').array(),
  amounts: numeric('amounts').array(),
});
const KINDS_SCHEMA = `create table thread_kinds (id uuid primary key, title text not null, count integer, small smallint, big bigint,
  amount numeric, open boolean, at timestamptz, local_at timestamp, day date, data jsonb, plain json, tags text[], amounts numeric[])`;
const KIND_COLUMNS = ['id', 'title', 'count', 'small', 'big', 'amount', 'open', 'at', 'localAt', 'day', 'data', 'plain', 'tags', 'amounts'] as const;
const KIND_PLACEHOLDERS = Object.fromEntries(KIND_COLUMNS.map((column) => [column, sql.placeholder(column)])) as unknown as typeof kinds.$inferInsert;
const KIND_ROWS: (typeof kinds.$inferInsert)[] = [
  {
    id: '0b9b3c1e-2f0a-4a43-9a8e-1b2c3d4e5f60',
    title: 'Ä voll',
    count: 7,
    small: 2,
    big: 9007199254740991,
    amount: '12.50',
    open: true,
    at: new Date('2026-03-29T00:30:00Z'),
    localAt: new Date('2026-03-29T02:30:00Z'),
    day: '2026-03-29',
    data: { n: 7, list: ['x'] },
    plain: { a: [1, 2] },
    tags: ['a', 'b, "c"'],
    amounts: ['1.10', '2'],
  },
  {
    id: '1c8a2d0f-3e1b-4b54-8b9f-2c3d4e5f6071',
    title: 'B leer',
    count: null,
    small: null,
    big: null,
    amount: null,
    open: null,
    at: new Date('2026-06-01T12:00:00.123Z'),
    localAt: new Date('2026-06-01T12:00:00Z'),
    day: null,
    data: null,
    plain: null,
    tags: ['a'],
    amounts: ['3'],
  },
  {
    id: '2d7b1e9a-4f2c-4c65-9ca0-3d4e5f607182',
    title: 'C alt',
    count: 1,
    small: 1,
    big: 1,
    amount: '0',
    open: false,
    at: new Date('2025-01-01T00:00:00Z'),
    localAt: new Date('2025-01-01T00:00:00Z'),
    day: '2025-01-01',
    data: [],
    plain: 'text',
    tags: ['a'],
    amounts: [],
  },
];

/** The same database whether PGlite runs on the request thread or its own (ADR 17). */
describe('PGlite on its own thread', () => {
  let threaded: DatabaseHandle;
  let inline: DatabaseHandle;
  before(async () => {
    [threaded, inline] = await Promise.all([openPglite(undefined, { thread: true }), openPglite(undefined)]);
    await Promise.all([threaded.execScript(SCHEMA), inline.execScript(SCHEMA)]);
  });
  after(async () => {
    await Promise.all([threaded.close(), inline.close()]);
  });

  it('gives the same values as PGlite on this thread, typed by Drizzle and raw', async () => {
    assert.deepEqual(await queryRows(threaded.db, VALUES), await queryRows(inline.db, VALUES));
    await threaded.db.insert(notes).values({ id: 1, body: 'eins' });
    assert.deepEqual(await threaded.db.select().from(notes), [{ id: 1, body: 'eins' }]);
  });

  it('commits a transaction, rolls back a failed one and a failed savepoint, and makes other statements wait for its end', async () => {
    let outside: Promise<unknown> | undefined;
    await threaded.db.transaction(async (tx) => {
      await tx.insert(notes).values({ id: 2, body: 'zwei' });
      outside = queryRows<{ count: number }>(threaded.db, sql`select count(*)::int as count from thread_notes where id = 2`);
      await tx
        .transaction(async (inner) => {
          await inner.insert(notes).values({ id: 3, body: 'drei' });
          throw new Error('savepoint rolled back');
        })
        .catch(() => undefined);
    });
    assert.deepEqual(await outside, [{ count: 1 }], 'a statement sent during the transaction sees its commit');
    await assert.rejects(
      threaded.db.transaction(async (tx) => {
        await tx.insert(notes).values({ id: 4, body: 'vier' });
        throw new Error('rollback');
      }),
      /rollback/,
    );
    const ids = (await threaded.db.select({ id: notes.id }).from(notes)).map((row) => row.id);
    assert.deepEqual(ids.sort(), [1, 2]);
  });

  it("keeps PostgreSQL's error code, and a failed statement does not end the thread", async () => {
    const error = await threaded.db
      .insert(notes)
      .values({ id: 1, body: 'doppelt' })
      .then(() => undefined)
      .catch((caught: unknown) => caught);
    const cause = (error as { cause?: { code?: string; constraint?: string } }).cause;
    assert.equal(cause?.code, '23505');
    assert.equal(cause?.constraint, 'thread_notes_pkey');
    assert.deepEqual(await threaded.db.select().from(notes).where(eq(notes.id, 1)), [{ id: 1, body: 'eins' }]);
  });

  it('runs prepared queries as named statements with the same values as unnamed ones, for every column type the portal uses', async () => {
    await Promise.all([threaded.execScript(KINDS_SCHEMA), inline.execScript(KINDS_SCHEMA)]);
    const results = [];
    for (const handle of [threaded, inline]) {
      const insert = handle.db.insert(kinds).values(KIND_PLACEHOLDERS).prepare('thread_kinds_insert');
      for (const row of KIND_ROWS) await insert.execute(row);
      const select = handle.db
        .select()
        .from(kinds)
        .where(and(gte(kinds.at, sql.placeholder('since')), arrayContains(kinds.tags, sql.placeholder('tags'))))
        .orderBy(kinds.title)
        .prepare('thread_kinds_select');
      const filter = { since: new Date('2026-01-01T00:00:00Z'), tags: ['a'] };
      const named = [];
      // Six runs: PostgreSQL plans a named statement generically from the sixth on.
      for (let run = 0; run < 6; run += 1) named.push(await select.execute(filter));
      const unnamed = await handle.db
        .select()
        .from(kinds)
        .where(and(gte(kinds.at, filter.since), arrayContains(kinds.tags, filter.tags)))
        .orderBy(kinds.title);
      for (const rows of named) assert.deepEqual(rows, unnamed);
      results.push(unnamed);
    }
    assert.deepEqual(results[0], results[1], 'the thread (named) and this thread (unnamed) agree');
    assert.equal(results[0]?.length, 2);
  });

  it('keeps named statements through transactions, rolled back and aborted ones, and prepares them anew after a schema change or DEALLOCATE', async () => {
    const byId = threaded.db
      .select()
      .from(notes)
      .where(eq(notes.id, sql.placeholder('id')))
      .prepare('thread_notes_by_id');
    // First prepared inside a transaction that rolls back: the statement outlives it.
    await assert.rejects(
      threaded.db.transaction(async (tx) => {
        const inside = tx
          .select()
          .from(notes)
          .where(eq(notes.id, sql.placeholder('id')))
          .prepare('thread_notes_by_id');
        assert.deepEqual(await inside.execute({ id: 1 }), [{ id: 1, body: 'eins' }]);
        throw new Error('rollback');
      }),
      /rollback/,
    );
    assert.deepEqual(await byId.execute({ id: 1 }), [{ id: 1, body: 'eins' }]);
    // In an aborted transaction a named statement fails as an unnamed one does, and works after it.
    const aborted = await threaded.db
      .transaction(async (tx) => {
        await tx.execute(sql`select 1 / 0`).catch(() => undefined);
        await tx
          .select()
          .from(notes)
          .where(eq(notes.id, sql.placeholder('id')))
          .prepare('thread_notes_by_id')
          .execute({ id: 1 });
      })
      .catch((error: unknown) => (error as { cause?: { code?: string } }).cause?.code);
    assert.equal(aborted, '25P02');
    assert.deepEqual(await byId.execute({ id: 2 }), [{ id: 2, body: 'zwei' }]);
    // A migration that changes a column's type changes the statement's result: it is prepared anew.
    await threaded.execScript('alter table thread_notes alter column body type varchar(40)');
    assert.deepEqual(await byId.execute({ id: 2 }), [{ id: 2, body: 'zwei' }]);
    await threaded.execScript('alter table thread_notes alter column body type text');
    // Statements dropped by a script (DEALLOCATE ALL, DISCARD ALL) are prepared anew as well.
    await threaded.execScript('deallocate all');
    assert.deepEqual(await byId.execute({ id: 1 }), [{ id: 1, body: 'eins' }]);
  });

  it("keeps PostgreSQL's error fields for a named statement", async () => {
    const insert = threaded.db
      .insert(notes)
      .values({ id: sql.placeholder('id'), body: sql.placeholder('body') })
      .prepare('thread_notes_insert');
    const error = await insert.execute({ id: 1, body: 'doppelt' }).catch((caught: unknown) => caught);
    const cause = (error as { cause?: { code?: string; constraint?: string; detail?: string; query?: string } }).cause;
    assert.equal(cause?.code, '23505');
    assert.equal(cause?.constraint, 'thread_notes_pkey');
    assert.equal(cause?.detail, 'Key (id)=(1) already exists.');
    assert.match(String(cause?.query), /insert into "thread_notes"/);
    await insert.execute({ id: 5, body: 'fünf' });
    assert.deepEqual(await threaded.db.select().from(notes).where(eq(notes.id, 5)), [{ id: 5, body: 'fünf' }]);
  });

  it('hears every change of a write before the write is answered, on the thread and inline, so settled() waits for nothing', async () => {
    for (const handle of [threaded, inline]) {
      await handle.execScript(`create table if not exists heard_counter (id integer primary key, n integer not null);
        insert into heard_counter values (1, 0) on conflict do nothing;
        create or replace function heard_counter_notify() returns trigger language plpgsql as $$
          begin perform pg_notify('${CHANGES_CHANNEL}', 'heard_counter:' || (select n from heard_counter where id = 1)); return null; end $$;
        drop trigger if exists heard_counter_notify on heard_counter;
        create trigger heard_counter_notify after update on heard_counter for each statement execute function heard_counter_notify();`);
      const keys = new Set<string | undefined>();
      const stop = handle.changes.subscribe((_table, key) => keys.add(key));
      const missing: number[] = [];
      for (let n = 1; n <= 200; n += 1) {
        if (n % 2) await handle.db.transaction(async (tx) => void (await tx.execute(sql`update heard_counter set n = ${n} where id = 1`)));
        else await handle.db.execute(sql`update heard_counter set n = ${n} where id = 1`);
        if (!keys.has(String(n))) missing.push(n);
      }
      stop();
      assert.deepEqual(missing, [], 'writes answered before their notification was heard');
    }
  });

  it('carries notifications to the change listeners', async () => {
    const heard: (string | undefined)[] = [];
    threaded.changes.subscribe((table) => heard.push(table));
    await threaded.db.execute(sql`select pg_notify(${CHANGES_CHANNEL}, 'thread_notes')`);
    await threaded.changes.settled();
    assert.deepEqual(heard, ['thread_notes']);
  });

  it('ends the thread on close: later statements fail with a clear error', async () => {
    const handle = await openPglite(undefined, { thread: true });
    await handle.close();
    await assert.rejects(handle.db.execute(sql`select 1`), (error: Error) =>
      /database thread has ended/.test(String((error.cause as Error | undefined)?.message)),
    );
  });
});
