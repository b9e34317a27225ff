import { ChangeTracker, type ChangeTicket } from './change-tracker';
import type { TableChanges } from './changes';
import type { Executor } from './types';

/** The databases whose plain reads may come from query caches, with their change notifications. */
const changesOf = new WeakMap<object, TableChanges>();

/**
 * Called by openDatabase for the handle's `db`. A transaction is another object, so reads inside a
 * transaction always go to the database: what a transaction decides on must be what it locked.
 */
export function enableQueryCaches(db: object, changes: TableChanges): void {
  changesOf.set(db, changes);
}

/** The change notifications of a database handle whose reads may be kept; undefined for a transaction. */
export function keptReadsOf(db: object): TableChanges | undefined {
  return changesOf.get(db);
}

export interface QueryCacheOptions {
  /** Every table the query reads: a committed change of any of them drops every kept result. */
  tables: readonly string[];
  /** Kept results at most; the least recently used go first. */
  maxEntries: number;
  /**
   * One of `tables` whose rows notify their key (the migration gives it `stadtportal_notify_row_change`),
   * when the cache key is that key: a change of one row drops only its entry (a session by its id
   * hash: one person's logout must not drop everyone's session). Inserts of that table notify
   * nothing, so a result of `null` or `undefined` (no row) is never kept.
   */
  keyedBy?: string;
}

/**
 * A read-through cache for a query whose answer is the same for every caller and changes only when
 * its tables do (a Leistung by its slug, the staff of a Fachbereich): pages that ask it on every
 * request read it from memory until a change of those tables is committed, in any process (the
 * tables carry the kernel's change trigger, kernel/db/changes.ts). A result read while a change came
 * in is not kept. Results are frozen, since every caller shares them.
 */
export function cachedQuery<V>(options: QueryCacheOptions, load: (db: Executor, key: string) => Promise<V>): (db: Executor, key: string) => Promise<V> {
  const stores = new WeakMap<TableChanges, Store<V>>();
  return (db, key) => {
    const changes = keptReadsOf(db);
    if (!changes) return load(db, key);
    let store = stores.get(changes);
    if (!store) stores.set(changes, (store = new Store<V>(changes, options)));
    return store.get(key, () => load(db, key));
  };
}

class Store<V> {
  private readonly entries = new Map<string, V>();
  /** Loads under way by key: callers arriving meanwhile share one while no change came in since it began. */
  private readonly loading = new Map<string, { ticket: ChangeTicket; value: Promise<V> }>();
  private readonly tracker: ChangeTracker;

  constructor(
    changes: TableChanges,
    private readonly options: QueryCacheOptions,
  ) {
    this.tracker = new ChangeTracker(changes, (table, key) => {
      if (key !== undefined && table === options.keyedBy) this.entries.delete(key);
      else if (table === undefined || options.tables.includes(table)) this.entries.clear();
    });
  }

  async get(key: string, load: () => Promise<V>): Promise<V> {
    if (this.entries.has(key) && this.tracker.live) {
      const value = this.entries.get(key) as V;
      this.entries.delete(key);
      this.entries.set(key, value);
      return value;
    }
    const shared = this.loading.get(key);
    if (shared && this.tracker.isCurrent(shared.ticket)) return shared.value;
    const ticket = this.tracker.ticket(this.options.tables);
    const loaded = load().then(deepFreeze);
    // A load that reads much (a catalogue's whole index) is read once, not once per request waiting for it.
    if (ticket) {
      const entry = { ticket, value: loaded };
      this.loading.set(key, entry);
      void loaded.finally(() => this.loading.get(key) === entry && this.loading.delete(key)).catch(() => {});
    }
    const value = await loaded;
    // A keyed table notifies no insert, so an absent row is not kept: it may be there the next moment.
    const absent = this.options.keyedBy !== undefined && (value === null || value === undefined);
    if (ticket && this.tracker.isCurrent(ticket) && !absent) {
      if (this.entries.size >= this.options.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
      this.entries.set(key, value);
    }
    return value;
  }
}

function deepFreeze<V>(value: V): V {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
