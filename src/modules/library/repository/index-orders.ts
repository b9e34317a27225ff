/**
 * The orders a catalogue index in memory gives its hits (catalogue-index.ts): facet counts, most first,
 * and a stable counting sort by a small integer key (years, rank points).
 */

/** A record without the key (no year, no language): sorted last, never counted. */
export const NONE = -1;

/** Counts as `[key, n]`, the most first, then by key; zero counts left out. */
export function ranked<K extends string>(keys: readonly K[], counts: Int32Array, limit = keys.length): Array<[K, number]> {
  const pairs: Array<[K, number]> = [];
  counts.forEach((n, code) => n > 0 && pairs.push([keys[code]!, n]));
  return pairs.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit);
}

/**
 * Positions `0 … n-1` of `hits` ordered by an integer key, stably (hits arrive in A–Z order, so
 * equal keys stay A–Z), the highest key first when `descending`, records without a key last. A
 * counting sort: the keys (years, rank points) span a few hundred values, so this is linear.
 */
export function orderedByKey(hits: Int32Array, keyOf: (record: number) => number, descending: boolean): Int32Array {
  let min = Infinity;
  let max = -Infinity;
  const keys = new Int32Array(hits.length);
  hits.forEach((record, at) => {
    const key = keyOf(record);
    keys[at] = key;
    if (key !== NONE) [min, max] = [Math.min(min, key), Math.max(max, key)];
  });
  if (min === Infinity) return hits;
  const span = max - min + 1;
  // Slot of a key: highest first when descending; records without a key in the last slot.
  const slotOf = (key: number) => (key === NONE ? span : descending ? max - key : key - min);
  const starts = new Int32Array(span + 2);
  keys.forEach((key) => (starts[slotOf(key) + 1]! += 1));
  for (let slot = 1; slot < starts.length; slot += 1) starts[slot]! += starts[slot - 1]!;
  const ordered = new Int32Array(hits.length);
  keys.forEach((key, at) => (ordered[starts[slotOf(key)]!++] = hits[at]!));
  return ordered;
}
