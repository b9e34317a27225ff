import autocannon, { type Options } from 'autocannon';
import { snapshot, usageBetween, type CpuUsage } from './cpu';

export interface LoadSettings {
  connections: number;
  pipelining: number;
  warmupSeconds: number;
  seconds: number;
}

/** What each request sends beyond a GET of the URL: method, and per connection its own headers and body. */
export type LoadRequest = Pick<Options, 'method' | 'setupClient'>;

export interface LoadResult {
  url: string;
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  maxMs: number;
  requests2xx: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Answers per HTTP status code, e.g. { "200": 1234 }. */
  statusCounts: Record<string, number>;
  bytesPerResponse: number;
  /** CPU of server, load generator and other processes during the run (Linux only). */
  cpu: CpuUsage | undefined;
  /** Server CPU time per completed request: comparable even when other processes compete for the cores. */
  serverCpuMsPerRequest: number | undefined;
  /** Set when the server process ended during the run (its numbers are then errors, not load). */
  serverExit?: string;
}

/** Runs load and throws the result away: JIT, caches and pools get warm. */
export async function warmUp(url: string, settings: LoadSettings, request: LoadRequest = {}): Promise<void> {
  await autocannon({ url, ...request, connections: settings.connections, pipelining: settings.pipelining, duration: settings.warmupSeconds, timeout: 10 });
}

/** A bounded autocannon run in this process against the server process `serverPid`. */
export async function measure(url: string, settings: LoadSettings, serverPid: number, request: LoadRequest = {}): Promise<LoadResult> {
  const before = snapshot(serverPid);
  const result = await autocannon({
    url,
    ...request,
    connections: settings.connections,
    pipelining: settings.pipelining,
    duration: settings.seconds,
    timeout: 10,
  });
  const cpu = usageBetween(before, snapshot(serverPid));
  const completed = result.requests.total ?? 0;
  return {
    url,
    requestsPerSec: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    meanMs: result.latency.mean,
    maxMs: result.latency.max,
    requests2xx: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCounts: Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([status, { count }]) => [status, count])),
    bytesPerResponse: completed > 0 ? Math.round((result.throughput.total ?? 0) / completed) : 0,
    cpu,
    serverCpuMsPerRequest: cpu && completed > 0 ? cpu.serverCpuMs / completed : undefined,
  };
}
