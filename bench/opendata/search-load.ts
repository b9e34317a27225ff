import autocannon from 'autocannon';
import { snapshot, usageBetween } from '../lib/cpu';

/** One package_search request of the mix: free text, the five facets CKAN clients ask for, and filters. */
const FACETS = JSON.stringify(['organization', 'groups', 'tags', 'res_format', 'license_id']);
const QUERIES: Record<string, string>[] = [
  { q: 'verkehr', 'facet.field': FACETS },
  { q: 'einwohner', 'facet.field': FACETS, fq: 'res_format:CSV' },
  { q: 'haushalt', 'facet.field': FACETS, fq: 'organization:stadt-iserlohn' },
  { q: 'wasser', 'facet.field': FACETS },
  { q: 'letmathe', 'facet.field': FACETS, fq: 'groups:envi' },
  { q: 'kultur', 'facet.field': FACETS, fq: 'license_id:"cc-by/4.0"', rows: '20' },
  { q: 'title:parken', 'facet.field': FACETS },
  { q: '2024', 'facet.field': FACETS, fq: 'tags:Energie' },
  { q: 'schulen', 'facet.field': JSON.stringify(['organization', 'tags']), sort: 'metadata_modified desc' },
  { q: 'hennen', 'facet.field': FACETS, fq: 'metadata_modified:[2020-01-01T00:00:00Z TO *]' },
];

export const SEARCH_PATHS = QUERIES.map((query) => `/api/3/action/package_search?${new URLSearchParams(query).toString()}`);

/** Requests a connection sends in turn when every request must be one not asked before. */
const FRESH_PER_CONNECTION = 400;
let freshSearches = 0;

/**
 * The mix, each request made new with a filter no earlier request had (changed since a different
 * second of 1990: every dataset matches it): what a search costs whose hits are not kept yet.
 */
function freshPaths(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const since = new Date(Date.UTC(1990, 0, 1) + (freshSearches += 1) * 1000).toISOString().replace('.000', '');
    const query = QUERIES[i % QUERIES.length]!;
    const fq = [query.fq, `metadata_modified:[${since} TO *]`].filter(Boolean).join(' AND ');
    return `/api/3/action/package_search?${new URLSearchParams({ ...query, fq }).toString()}`;
  });
}

export interface SearchLoad {
  requestsPerSec: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  /** Answers other than 200, connection errors and timeouts. */
  errors: number;
  serverCpuMsPerRequest: number | undefined;
}

/** Nearest-rank percentile of the recorded response times (autocannon's histogram has no p95). */
function percentile(sorted: number[], share: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}

/**
 * `connections` connections, each cycling through the whole mix (shifted, so they do not ask in
 * step); with `fresh`, through requests none asked before.
 */
export async function searchLoad(baseUrl: string, serverPid: number, connections: number, seconds: number, fresh = false): Promise<SearchLoad> {
  let connection = 0;
  const times: number[] = [];
  const before = snapshot(serverPid);
  const run = autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    timeout: 10,
    setupClient: (client) => {
      const shift = connection++ % SEARCH_PATHS.length;
      const paths = fresh ? freshPaths(FRESH_PER_CONNECTION) : [...SEARCH_PATHS.slice(shift), ...SEARCH_PATHS.slice(0, shift)];
      client.setRequests(paths.map((path) => ({ method: 'GET', path })));
    },
  });
  (run as unknown as NodeJS.EventEmitter).on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  const result = await run;
  const cpu = usageBetween(before, snapshot(serverPid));
  times.sort((a, b) => a - b);
  const completed = result.requests.total ?? times.length;
  return {
    requestsPerSec: result.requests.average,
    p50Ms: percentile(times, 0.5),
    p95Ms: percentile(times, 0.95),
    p99Ms: percentile(times, 0.99),
    errors: result.non2xx + result.errors + result.timeouts,
    serverCpuMsPerRequest: cpu && completed > 0 ? cpu.serverCpuMs / completed : undefined,
  };
}
