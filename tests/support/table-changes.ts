import type { TableChanges } from '../../src/kernel/db';

/** A TableChanges the test drives by hand: `emit(table)` is a committed change, `live = false` a lost connection. */
export function fakeTableChanges(): TableChanges & { emit(table: string | undefined): void; live: boolean } {
  const listeners = new Set<(table: string | undefined) => void>();
  return {
    live: true,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit: (table) => listeners.forEach((listener) => listener(table)),
    settled: async () => {},
    close: async () => {},
  };
}
