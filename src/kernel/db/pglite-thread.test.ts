import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import { CHANGES_CHANNEL } from './changes';
import { openPglite, queryRows, type DatabaseHandle } from './index';

const notes = pgTable('thread_notes', { id: integer('id').primaryKey(), body: text('body').notNull() });
const SCHEMA = 'create table thread_notes (id integer primary key, body text not null)';
const VALUES = sql`select now()::date as day, timestamptz '2026-03-29 00:30:00+00' as at, '{"n": 7}'::jsonb as data,
  interval '1 day 2 hours' as span, array[1, 2] as list, 9007199254740993::bigint as big, '\\x0102'::bytea as bytes, null as nothing`;

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
