import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { fakeTableChanges } from '../../../tests/support/table-changes';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { enableQueryCaches } from './query-cache';
import { cachedQuery, queryRows, type Executor } from '.';

/** A stand-in database object: the cache only needs its identity and counts the loads. */
function counting() {
  const loads: string[] = [];
  const find = cachedQuery({ tables: ['departments'], maxEntries: 2 }, async (_db, key) => {
    loads.push(key);
    return { key, nested: { n: loads.length } };
  });
  return { loads, find };
}

describe('query cache', () => {
  it('answers from memory until a table it reads changes, and keeps at most maxEntries', async () => {
    const changes = fakeTableChanges();
    const db = {} as Executor;
    enableQueryCaches(db, changes);
    const { loads, find } = counting();
    await find(db, 'a');
    await find(db, 'a');
    assert.deepEqual(loads, ['a']);
    changes.emit('services');
    await find(db, 'a');
    assert.deepEqual(loads, ['a'], 'a change of another table keeps it');
    changes.emit('departments');
    await find(db, 'a');
    assert.deepEqual(loads, ['a', 'a']);
    await find(db, 'b');
    await find(db, 'c'); // drops a, the least recently used
    await find(db, 'b');
    await find(db, 'a');
    assert.deepEqual(loads, ['a', 'a', 'b', 'c', 'a']);
  });

  it('drops only the entry of a changed row when keyed by a table with the row trigger, and all for any other change', async () => {
    const changes = fakeTableChanges();
    const db = {} as Executor;
    enableQueryCaches(db, changes);
    const loads: string[] = [];
    const find = cachedQuery({ tables: ['sessions', 'users'], keyedBy: 'sessions', maxEntries: 10 }, async (_db, key) => {
      loads.push(key);
      return key;
    });
    const readAll = () => Promise.all(['a', 'b'].map((key) => find(db, key)));
    await readAll();
    changes.emit('sessions', 'a');
    await readAll();
    assert.deepEqual(loads, ['a', 'b', 'a'], 'the change of row a drops a alone');
    changes.emit('sessions'); // a truncate: no row
    await readAll();
    changes.emit('users');
    await readAll();
    assert.deepEqual(loads, ['a', 'b', 'a', 'a', 'b', 'a', 'b']);
  });

  it('keeps nothing read while a change came in, or while notifications may be missed', async () => {
    const changes = fakeTableChanges();
    const db = {} as Executor;
    enableQueryCaches(db, changes);
    const loads: string[] = [];
    const find = cachedQuery({ tables: ['departments'], maxEntries: 10 }, async (_db, key) => {
      loads.push(key);
      if (loads.length === 1) changes.emit('departments'); // committed while the first read ran
      return key;
    });
    await find(db, 'a');
    await find(db, 'a');
    await find(db, 'a');
    assert.equal(loads.length, 2, 'the read that overlapped the change was not kept; the next one was');
    changes.live = false;
    await find(db, 'a');
    assert.equal(loads.length, 3);
    changes.emit(undefined);
  });

  it('lets requests that arrive during a load share it, but never one begun before a change they must see', async () => {
    const changes = fakeTableChanges();
    const db = {} as Executor;
    enableQueryCaches(db, changes);
    const loads: Array<() => void> = [];
    const find = cachedQuery({ tables: ['departments'], maxEntries: 10 }, (_db, key) => {
      const n = loads.length + 1;
      return new Promise<string>((resolve) => loads.push(() => resolve(`${key}${n}`)));
    });
    const first = find(db, 'a');
    const second = find(db, 'a');
    assert.equal(loads.length, 1, 'the second request waits for the first load');
    changes.emit('departments');
    const third = find(db, 'a');
    assert.equal(loads.length, 2, 'after a change a new request reads again');
    loads[0]!();
    loads[1]!();
    assert.deepEqual(await Promise.all([first, second, third]), ['a1', 'a1', 'a2']);
    assert.equal(await find(db, 'a'), 'a2', 'the load begun after the change is kept');
    changes.live = false;
    const unshared = [find(db, 'b'), find(db, 'b')];
    assert.equal(loads.length, 4, 'while notifications may be missed every request reads');
    loads[2]!();
    loads[3]!();
    await Promise.all(unshared);
    changes.emit(undefined);
  });

  it('reads the database every time in a transaction or on a database without notifications, and freezes what it shares', async () => {
    const { loads, find } = counting();
    const unregistered = {} as Executor;
    await find(unregistered, 'a');
    await find(unregistered, 'a');
    assert.equal(loads.length, 2);
    const changes = fakeTableChanges();
    const db = {} as Executor;
    enableQueryCaches(db, changes);
    const value = await find(db, 'x');
    assert.throws(() => {
      (value.nested as { n: number }).n = 7;
    }, TypeError);
  });
});

describe('query cache on a real database (both drivers)', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
    while (!t.database.handle.changes.live) await new Promise((done) => setTimeout(done, 10));
  });
  after(() => t.close());

  const departmentName = cachedQuery({ tables: ['departments'], maxEntries: 10 }, async (db, id) => {
    const [row] = await queryRows<{ name: string }>(db, sql`select name from departments where id = ${id}`);
    return row?.name ?? null;
  });

  it('sees a committed change once this process has heard it, and never inside a transaction', async () => {
    await t.db.execute(sql`insert into departments (id, name) values ('cache-test', 'Vorher')`);
    await t.settled();
    assert.equal(await departmentName(t.db, 'cache-test'), 'Vorher');
    await t.db.transaction(async (tx) => {
      await tx.execute(sql`update departments set name = 'Nachher' where id = 'cache-test'`);
      assert.equal(await departmentName(tx, 'cache-test'), 'Nachher', 'a transaction reads its own writes');
      assert.equal(await departmentName(t.db, 'cache-test'), 'Vorher', 'not committed yet');
    });
    await t.settled();
    assert.equal(await departmentName(t.db, 'cache-test'), 'Nachher');
  });
});
