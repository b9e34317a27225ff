import type { FacetCount } from './search-result';

/**
 * Every dataset's facet keys (`field:value`, the text[] column search-sql.ts filters on) as numbers
 * into one list of the distinct keys. A search then counts its hits' keys in an array of integers
 * instead of unnesting and grouping tens of thousands of text keys in SQL (docs/performance.md,
 * "Open data": 17,000 keys of a broad search cost PostgreSQL 3–4 ms of its 6).
 */
export interface FacetKeyIndex {
  /** The distinct keys in code point order: the order of `order by key` under the database's collation `C`. */
  keys: readonly string[];
  /** Per field, the numbers of its keys, ascending. */
  keysOfField: ReadonlyMap<string, readonly number[]>;
  /** Per dataset id, the numbers of its keys. */
  keysOfDataset: ReadonlyMap<string, readonly number[]>;
}

/** Code point order (UTF-16 code unit order differs from it for characters beyond U+FFFF). */
function byCodePoint(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/** Numbers keys in one pass as they come, then renumbers them in key order (10,000 datasets: a few ms). */
export function facetKeyIndex(datasets: Iterable<{ id: string; keys: readonly string[] }>): FacetKeyIndex {
  const seen = new Map<string, number>();
  const numbered: Array<[string, number[]]> = [];
  for (const { id, keys } of datasets) {
    const numbers = new Set<number>();
    for (const key of keys) {
      let number = seen.get(key);
      if (number === undefined) seen.set(key, (number = seen.size));
      numbers.add(number);
    }
    numbered.push([id, [...numbers]]);
  }
  const keys = [...seen.keys()].sort(byCodePoint);
  const renumber = new Uint32Array(keys.length);
  keys.forEach((key, number) => (renumber[seen.get(key)!] = number));
  const keysOfField = new Map<string, number[]>();
  keys.forEach((key, number) => {
    const field = fieldOf(key);
    keysOfField.set(field, [...(keysOfField.get(field) ?? []), number]);
  });
  const keysOfDataset = new Map(numbered.map(([id, numbers]) => [id, numbers.map((number) => renumber[number]!)]));
  return { keys, keysOfField, keysOfDataset };
}

function fieldOf(key: string): string {
  const split = key.indexOf(':');
  return split < 0 ? key : key.slice(0, split);
}

export interface FacetCountOptions {
  /** The fields asked for in facet.field. */
  fields: readonly string[];
  /** The most frequent values kept per field; null: every value. */
  limit: number | null;
  /** 0 counts as 1: a value no hit has is not among the keys counted. */
  mincount: number;
  /** The title shown for a value (an organisation's, a licence's), if any. */
  displayName?: (field: string, name: string) => string | undefined;
}

/**
 * The facet counts of the hits: per field asked for (in that order), its values with at least
 * `mincount` hits, most frequent first and ties by key (so pages of results agree), cut to `limit`.
 * Undefined when a hit is not in the index (a dataset written after the index was read).
 */
export function countFacets(index: FacetKeyIndex, hitIds: readonly string[], options: FacetCountOptions): Record<string, FacetCount[]> | undefined {
  const counts = new Uint32Array(index.keys.length);
  for (const id of hitIds) {
    const numbers = index.keysOfDataset.get(id);
    if (numbers === undefined) return undefined;
    for (const number of numbers) counts[number]! += 1;
  }
  const least = Math.max(options.mincount, 1);
  const byField: Record<string, FacetCount[]> = {};
  for (const field of options.fields) {
    const numbers = (index.keysOfField.get(field) ?? []).filter((number) => counts[number]! >= least);
    numbers.sort((a, b) => counts[b]! - counts[a]! || a - b);
    byField[field] = numbers.slice(0, options.limit ?? numbers.length).map((number) => {
      const name = index.keys[number]!.slice(field.length + 1);
      const shown = options.displayName?.(field, name);
      return { name, count: counts[number]!, ...(shown === undefined ? {} : { displayName: shown }) };
    });
  }
  return byField;
}
