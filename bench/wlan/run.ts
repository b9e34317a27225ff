/**
 * The `wlan` part of `npm run bench` (alone: `npm run bench -- wlan`), on PGlite and PostgreSQL, with
 * BENCH_WLAN_HOTSPOTS (5,000) generated hotspots: the map data endpoint and the no-JS list of the
 * nearest 20 hotspots, p95 against the goal of 50 ms (issue 12), warm and right after an import. The
 * pages /wlan, near a street, a hotspot and the GeoJSON under load are rows of the `pages` part.
 * A measurement, not a test: exits 0 whether goals pass or fail (1 only when nothing was measured).
 *
 * Settings (environment): BENCH_WLAN_HOTSPOTS (5000), BENCH_WLAN_ROUNDS (200), BENCH_SKIP_POSTGRES=1,
 * BENCH_SKIP_PGLITE=1, BENCH_DATABASE_URL or TEST_DATABASE_URL.
 */
import { execFile } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { installCleanupHandlers, runPart } from '../lib/cleanup';
import { measureOnEachDatabase, numberFromEnv } from '../lib/databases';
import { mergeResults } from '../lib/results';
import { fixed, renderTable } from '../lib/table';
import type { Latency } from './measure';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const HOTSPOTS = numberFromEnv('BENCH_WLAN_HOTSPOTS', 5000);
const GOAL_P95_MS = 50;
const log = (line: string) => process.stderr.write(`[bench wlan] ${line}\n`);

async function measure(env: Record<string, string>): Promise<{ hotspots: number; results: Latency[] }> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'bench/wlan/measure.ts'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env, BENCH_WLAN_HOTSPOTS: String(HOTSPOTS) },
    timeout: 300_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as { hotspots: number; results: Latency[] };
}

async function main(): Promise<void> {
  installCleanupHandlers();
  const measured = await measureOnEachDatabase(PROJECT_ROOT, 'stadtportal-bench-wlan-', log, async (database, env) => {
    try {
      const result = await measure(env);
      log(`${database}: ${result.results.map((row) => `${row.name} p95 ${row.p95Ms.toFixed(1)} ms`).join(', ')}`);
      return { database, ...result };
    } catch (error) {
      log(`${database}: not measured: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
      return { database, hotspots: HOTSPOTS, results: [] as Latency[] };
    }
  });
  if (measured.every((entry) => entry.results.length === 0)) process.exitCode = 1;
  const out = (text: string) => process.stdout.write(`${text}\n`);
  out(`\nStadtportal WLAN benchmark — ${new Date().toISOString()}, ${availableParallelism()} cores, Node ${process.version}`);
  out(`Machine load (1-min average) at end: ${(loadavg()[0] ?? 0).toFixed(1)}. ${HOTSPOTS.toLocaleString('de-DE')} generated hotspots.`);
  const rows = measured.flatMap(({ database, results }) =>
    results.map((row) => [
      database,
      row.name,
      fixed(row.requests),
      fixed(row.bytes / 1024, 1),
      fixed(row.p50Ms, 1),
      fixed(row.p95Ms, 1),
      `p95 < ${GOAL_P95_MS} ms: ${row.p95Ms < GOAL_P95_MS ? 'erreicht' : 'VERFEHLT'}`,
    ]),
  );
  out(`\n${renderTable(['Datenbank', 'Anfrage', 'Anfragen', 'KB', 'p50 ms', 'p95 ms', 'Ziel'], rows)}`);
  mergeResults(join(PROJECT_ROOT, 'bench', 'results.json'), { wlan: { date: new Date().toISOString(), hotspots: HOTSPOTS, measured } });
}

runPart('wlan benchmark', main);
