import type { ChangeListener, TableChanges } from '../../src/kernel/db';

/**
 * A TableChanges the test drives by hand: `emit(table)` is a committed change, `emit(table, key)`
 * one of a row with the row trigger, `live = false` a lost connection.
 */
export function fakeTableChanges(): TableChanges & { emit(table: string | undefined, key?: string): void; live: boolean } {
  const listeners = new Set<ChangeListener>();
  return {
    live: true,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit: (table, key) => listeners.forEach((listener) => listener(table, key)),
    settled: async () => {},
    close: async () => {},
  };
}
