import type { TableChanges } from './changes';
import { keptReadsOf } from './query-cache';
import type { Executor } from './types';

export interface KeptAndUpdatedOptions<V> {
  /**
   * The name the migration's triggers notify (`<name>:<key>` per changed thing, `<name>` alone when
   * everything may have changed, e.g. on truncate). It need not be a table: a key may name a row that
   * a change of several tables concerns (a council paper, when one of its files changes).
   */
  notifies: string;
  /** Everything, read afresh: on the first read, after `<name>` alone, and after a gap in the notifications. */
  load: (db: Executor) => Promise<V>;
  /** The value with the changed keys read again; it must not change `value` itself (searches may still use it). */
  update: (db: Executor, value: V, keys: ReadonlySet<string>) => Promise<V>;
}

/**
 * A large value read once and then kept current by what changed (a catalogue's whole search index):
 * where `cachedQuery` would read everything again after any change, this reads only the changed keys
 * (ADR 20). A read answers once the value covers every change this process had heard when the read
 * began: a write request waits until its changes are heard (request-context.ts), so whoever was told
 * a change is saved finds it in the next read. Readers arriving meanwhile share one update, and
 * updates run one at a time, each with the keys heard since the one before.
 */
export function keptAndUpdated<V>(options: KeptAndUpdatedOptions<V>): (db: Executor) => Promise<V> {
  const kept = new WeakMap<TableChanges, KeptValue<V>>();
  return (db) => {
    const changes = keptReadsOf(db);
    if (!changes) return options.load(db);
    let value = kept.get(changes);
    if (!value) kept.set(changes, (value = new KeptValue(changes, options)));
    return value.read(db);
  };
}

class KeptValue<V> {
  private value: V | undefined;
  /** Whether everything must be read again (nothing read yet, a notification without key, a gap). */
  private whole = true;
  private changed = new Set<string>();
  /** Notifications heard so far, and how many of them the value covers. */
  private heard = 0;
  private covered = -1;
  private updating: Promise<void> | undefined;

  constructor(
    private readonly changes: TableChanges,
    private readonly options: KeptAndUpdatedOptions<V>,
  ) {
    changes.subscribe((table, key) => {
      if (table !== undefined && table !== options.notifies) return;
      this.heard += 1;
      if (table === undefined || key === undefined) this.whole = true;
      else this.changed.add(key);
    });
  }

  async read(db: Executor): Promise<V> {
    // Without notifications nothing read now can be known to stay current: as if a gap was heard.
    if (!this.changes.live) {
      this.heard += 1;
      this.whole = true;
      return this.options.load(db);
    }
    const needed = this.heard;
    while (this.covered < needed || this.value === undefined) await (this.updating ??= this.update(db));
    return this.value;
  }

  private async update(db: Executor): Promise<void> {
    const covers = this.heard;
    const [whole, keys] = [this.whole || this.value === undefined, this.changed];
    this.whole = false;
    this.changed = new Set();
    try {
      this.value = whole ? await this.options.load(db) : await this.options.update(db, this.value as V, keys);
      this.covered = covers;
    } catch (error) {
      // Not read: the next read tries again with everything that was to be read.
      if (whole) this.whole = true;
      else for (const key of keys) this.changed.add(key);
      throw error;
    } finally {
      this.updating = undefined;
    }
  }
}
