/**
 * The `cockpit` part of `npm run bench` (alone: `npm run bench -- cockpit`), on PGlite and PostgreSQL:
 * seed.ts fills each database (100,000 Anträge, 10,000 datasets with a year of use, a year of hotspot
 * history) and times the figures job; then the portal runs (JOBS=false: the figures stay as the job left
 * them) and `/digitalisierung` is measured: one request after another (p50, p95 against the goal of
 * 100 ms), as a visitor from the page cache and with a session cookie the kernel drops unread (the page
 * rendered from the kept figures each time); then autocannon with BENCH_COCKPIT_CONNECTIONS (10) for
 * BENCH_COCKPIT_SECONDS (5) for the throughput and p99. A measurement, not a test: exits 0 whether goals
 * pass or fail (1 only when nothing was measured).
 */
import { execFile } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { SESSION_COOKIE } from '../../src/kernel/http';
import { installCleanupHandlers, runPart } from '../lib/cleanup';
import { measureOnEachDatabase, numberFromEnv, type BenchDatabase } from '../lib/databases';
import { measure, warmUp, type LoadResult } from '../lib/load';
import { PRODUCTION_PORTAL_ENV } from '../lib/portal-env';
import { mergeResults } from '../lib/results';
import { entryArgs } from '../lib/scenarios';
import { startServer } from '../lib/server';
import { fixed, renderTable } from '../lib/table';
import type { Seeded } from './seed';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const ROUNDS = numberFromEnv('BENCH_COCKPIT_ROUNDS', 200);
const CONNECTIONS = numberFromEnv('BENCH_COCKPIT_CONNECTIONS', 10);
const SECONDS = numberFromEnv('BENCH_COCKPIT_SECONDS', 5);
const GOAL_P95_MS = 100;
const UNCACHED = `${SESSION_COOKIE}=${'uncached-'.repeat(8)}`;
const log = (line: string) => process.stderr.write(`[bench cockpit ${(performance.now() / 1000).toFixed(0).padStart(4)} s] ${line}\n`);
const percentile = (sorted: number[], share: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? Number.NaN;

interface Sequential {
  name: string;
  p50Ms: number;
  p95Ms: number;
  kb: number;
}

interface Measured {
  database: BenchDatabase;
  seeded: Seeded | undefined;
  sequential: Sequential[];
  load: LoadResult | undefined;
}

/** `ROUNDS` requests one after another; fails on any answer but 200. */
async function sequential(baseUrl: string, name: string, cookie?: string): Promise<Sequential> {
  const times: number[] = [];
  let bytes = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    const response = await fetch(`${baseUrl}/digitalisierung`, { headers: cookie ? { cookie } : {} });
    const body = await response.arrayBuffer();
    times.push(performance.now() - started);
    if (response.status !== 200) throw new Error(`/digitalisierung (${name}): ${response.status}`);
    bytes = body.byteLength;
  }
  const sorted = times.sort((a, b) => a - b);
  return { name, p50Ms: percentile(sorted, 0.5), p95Ms: percentile(sorted, 0.95), kb: bytes / 1024 };
}

async function benchDatabase(database: BenchDatabase, databaseEnv: Record<string, string>): Promise<Measured> {
  const env = { ...PRODUCTION_PORTAL_ENV, DEMO_DATA: 'false', ...databaseEnv };
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'bench/cockpit/seed.ts'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    timeout: 600_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  const seeded = JSON.parse(stdout.trim().split('\n').at(-1)!) as Seeded;
  log(`${database}: seeded in ${seeded.seedSeconds.toFixed(0)} s; figures job ${seeded.jobSeconds.map((s) => s.toFixed(2)).join(' s, then ')} s`);
  const server = await startServer({
    name: `portal (${database})`,
    args: entryArgs(process.env.BENCH_ENTRY ?? 'src/main.ts'),
    cwd: PROJECT_ROOT,
    env: { ...env, JOBS: 'false' },
    readyPath: '/healthz',
    timeoutMs: 120_000,
  });
  try {
    await sequential(server.baseUrl, 'warm-up');
    const rows = [await sequential(server.baseUrl, 'visitor (page cache)'), await sequential(server.baseUrl, 'rendered each time', UNCACHED)];
    const url = `${server.baseUrl}/digitalisierung`;
    const settings = { connections: CONNECTIONS, pipelining: 1, warmupSeconds: 2, seconds: SECONDS };
    await warmUp(url, settings);
    const load = await measure(url, settings, server.pid);
    log(`${database}: ${rows.map((row) => `${row.name} p95 ${row.p95Ms.toFixed(1)} ms`).join(', ')}; ${load.requestsPerSec.toFixed(0)} req/s`);
    return { database, seeded, sequential: rows, load };
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  installCleanupHandlers();
  const measured = await measureOnEachDatabase(PROJECT_ROOT, 'stadtportal-bench-cockpit-', log, (database, env) =>
    benchDatabase(database, env).catch((error: unknown): Measured => {
      log(`${database}: not measured: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
      return { database, seeded: undefined, sequential: [], load: undefined };
    }),
  );
  if (measured.every((entry) => !entry.seeded)) process.exitCode = 1;
  const out = (text: string) => process.stdout.write(`${text}\n`);
  out(`\nStadtportal cockpit benchmark — ${new Date().toISOString()}, ${availableParallelism()} cores, Node ${process.version}`);
  out(`Machine load (1-min average) at end: ${(loadavg()[0] ?? 0).toFixed(1)}.`);
  const seedRows = measured.flatMap(({ database, seeded }) =>
    seeded
      ? [
          [
            database,
            fixed(seeded.rows.applications),
            fixed(seeded.rows.datasets),
            fixed(seeded.rows.usageDays),
            fixed(seeded.rows.hotspotDays),
            `${fixed(seeded.jobSeconds[0], 2)} / ${fixed(seeded.jobSeconds[1], 2)}`,
            fixed(seeded.figures),
            seeded.failed.join('; ') || 'none',
          ],
        ]
      : [],
  );
  out(`\n${renderTable(['database', 'Anträge', 'datasets', 'usage days', 'hotspot days', 'job s (cold / warm)', 'figures', 'failed'], seedRows)}`);
  const pageRows = measured.flatMap(({ database, sequential: rows, load }) => [
    ...rows.map((row) => [
      database,
      `/digitalisierung, ${row.name}`,
      fixed(row.kb, 1),
      fixed(row.p50Ms, 1),
      fixed(row.p95Ms, 1),
      '–',
      row.p95Ms < GOAL_P95_MS ? 'met' : 'MISSED',
    ]),
    ...(load
      ? [
          [
            database,
            `/digitalisierung, ${CONNECTIONS} connections`,
            fixed(load.bytesPerResponse / 1024, 1),
            fixed(load.p50Ms, 1),
            '–',
            `${fixed(load.requestsPerSec)} req/s, p99 ${fixed(load.p99Ms, 1)} ms`,
            load.non2xx === 0 && load.errors === 0 ? 'all 200' : 'ERRORS',
          ],
        ]
      : []),
  ]);
  out(`\n${renderTable(['database', 'request', 'KB', 'p50 ms', 'p95 ms', 'load', `goal p95 < ${GOAL_P95_MS} ms`], pageRows)}`);
  mergeResults(join(PROJECT_ROOT, 'bench', 'results.json'), { cockpit: { date: new Date().toISOString(), measured } });
}

runPart('cockpit benchmark', main);
