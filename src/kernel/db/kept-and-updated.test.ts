import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fakeTableChanges } from '../../../tests/support/table-changes';
import { enableQueryCaches } from './query-cache';
import { keptAndUpdated, type Executor } from '.';

/** A kept set of words whose loads and updates are recorded; `pause()` holds the next one until released. */
function keptWords() {
  const changes = fakeTableChanges();
  const db = {} as Executor;
  enableQueryCaches(db, changes);
  const calls: string[] = [];
  let held: Promise<void> | undefined;
  let release = () => {};
  const pause = () => {
    held = new Promise((done) => (release = done));
  };
  const wait = async () => {
    const now = held;
    held = undefined;
    await now;
  };
  const read = keptAndUpdated<readonly string[]>({
    notifies: 'word_index',
    load: async () => {
      calls.push('load');
      await wait();
      return Object.freeze(['a']);
    },
    update: async (_db, value, keys) => {
      calls.push(`update ${[...keys].sort().join(',')}`);
      await wait();
      return Object.freeze([...value, ...keys]);
    },
  });
  return { changes, calls, read: () => read(db), pause, release: () => release() };
}

describe('keptAndUpdated', () => {
  it('reads everything once, then only the keys that changed, and everything again after a change without key or a gap', async () => {
    const { changes, calls, read } = keptWords();
    assert.deepEqual(await read(), ['a']);
    assert.deepEqual(await read(), ['a']);
    changes.emit('word_index', 'b');
    changes.emit('word_index', 'c');
    changes.emit('other_table');
    changes.emit('other_table', 'x');
    assert.deepEqual(await read(), ['a', 'b', 'c']);
    assert.deepEqual(calls, ['load', 'update b,c'], 'other tables were not heard');
    changes.emit('word_index');
    await read();
    changes.emit(undefined);
    await read();
    assert.deepEqual(calls, ['load', 'update b,c', 'load', 'load']);
  });

  it('answers a read only with a value that covers every change heard before it began; readers meanwhile share one update', async () => {
    const { changes, calls, read, pause, release } = keptWords();
    await read();
    changes.emit('word_index', 'b');
    pause();
    const first = read();
    const sharing = read();
    await Promise.resolve();
    changes.emit('word_index', 'c'); // heard while the update for b runs
    const later = read();
    release();
    assert.deepEqual(await first, ['a', 'b']);
    assert.deepEqual(await sharing, ['a', 'b']);
    assert.deepEqual(await later, ['a', 'b', 'c'], 'the later read waited for the update that covers c');
    assert.deepEqual(calls, ['load', 'update b', 'update c']);
  });

  it('keeps the keys of a failed update for the next read, and keeps nothing while notifications may be missed', async () => {
    const changes = fakeTableChanges();
    const db = {} as Executor;
    enableQueryCaches(db, changes);
    const updates: string[][] = [];
    let loads = 0;
    let fail = true;
    const read = keptAndUpdated<number>({
      notifies: 'word_index',
      load: async () => (loads += 1),
      update: async (_db, value, keys) => {
        updates.push([...keys].sort());
        if (fail) throw new Error('database gone');
        return value + keys.size;
      },
    });
    await read(db);
    changes.emit('word_index', 'b');
    await assert.rejects(read(db), /database gone/);
    fail = false;
    changes.emit('word_index', 'c');
    assert.equal(await read(db), 3);
    assert.deepEqual(updates, [['b'], ['b', 'c']]);
    changes.live = false;
    await read(db);
    await read(db);
    assert.equal(loads, 3, 'every read while not live reads everything');
    changes.live = true;
    await read(db);
    await read(db);
    assert.equal(loads, 4, 'once live again, everything is read once and kept');
  });

  it('reads straight through inside a transaction (a handle without notifications)', async () => {
    let loads = 0;
    const read = keptAndUpdated<number>({ notifies: 'word_index', load: async () => (loads += 1), update: async (_db, value) => value });
    const transaction = {} as Executor;
    await read(transaction);
    await read(transaction);
    assert.equal(loads, 2);
  });
});
