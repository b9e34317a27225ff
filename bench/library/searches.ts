import { performance } from 'node:perf_hooks';
import type { ModuleDeps } from '../../src/kernel/module';
import { browseCatalogue, catalogueQuery } from '../../src/modules/library';

/**
 * What readers type and click, on the generated catalogue: one word, two words, a rare word, a
 * filter without words, words with a facet, a subject, sorting and a later page. Each request is
 * new to the portal's caches (a different page each round), so this is what an uncached search costs.
 */
export const SEARCHES: Array<Record<string, string>> = [
  { q: 'garten' },
  { q: 'sauerland wandern' },
  { q: 'python' },
  { q: 'drache', medium: 'book' },
  { q: 'nacht', sortierung: 'neueste' },
  { medium: 'ebook' },
  { thema: 'Kochbuch' },
  { q: 'reformation', jahr: '2010-2019' },
  { q: 'the', sprache: 'eng' },
  { q: 'insel' },
];

export interface SearchLatency {
  name: string;
  requests: number;
  p50Ms: number;
  p95Ms: number;
  /** Hits of the first request (page 1). */
  hits: number;
}

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? Number.NaN;
}

/** Runs the searches in turn for `seconds` (pages 1, 2, 3, … so no answer repeats), one at a time. */
export async function searchMix(deps: ModuleDeps, seconds: number): Promise<{ all: SearchLatency; each: SearchLatency[] }> {
  const times: number[][] = SEARCHES.map(() => []);
  const hits: number[] = SEARCHES.map(() => 0);
  const until = performance.now() + seconds * 1000;
  for (let round = 0; performance.now() < until; round++) {
    for (const [index, search] of SEARCHES.entries()) {
      const started = performance.now();
      const result = await browseCatalogue(null, catalogueQuery.parse({ ...search, seite: String(1 + (round % 5)) }), deps);
      times[index]!.push(performance.now() - started);
      if (round === 0) hits[index] = result.kind === 'page' ? result.total : 0;
    }
  }
  const summary = (name: string, values: number[], found: number): SearchLatency => {
    const sorted = [...values].sort((a, b) => a - b);
    return { name, requests: values.length, p50Ms: percentile(sorted, 0.5), p95Ms: percentile(sorted, 0.95), hits: found };
  };
  return {
    all: summary('all', times.flat(), 0),
    each: SEARCHES.map((search, index) => summary(new URLSearchParams(search).toString(), times[index]!, hits[index]!)),
  };
}
