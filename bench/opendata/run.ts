/**
 * The `opendata` part of `npm run bench` (alone: `npm run bench -- opendata`): the catalogue side of
 * the Transparenzportal with 10,000 generated datasets (seed-datasets.ts), on PGlite and PostgreSQL.
 * - package_search: a mix of free text, the five facets and `fq` filters (search-load.ts),
 *   32 connections, warm-up, then two runs: req/s, p95 (goal < 30 ms and ≥ 500 req/s on 2 cores).
 * - The DCAT catalogue: every page of /catalog.ttl, .rdf and .jsonld in turn, following hydra:next,
 *   with the server's RSS before, at its highest while paging and after (goal: < 50 MB over idle).
 * Prints one table with goal and verdict per row and writes the `opendata` key of bench/results.json.
 * A measurement, not a test: exits 0 whether goals pass or fail (1 only when nothing could be measured).
 *
 * Settings (environment): BENCH_DATASETS (10000), BENCH_OPENDATA_SECONDS (5) per run,
 * BENCH_OPENDATA_WARMUP_SECONDS (5), BENCH_OPENDATA_PAGING=0 (package_search only: minutes shorter),
 * BENCH_SKIP_POSTGRES=1, BENCH_SKIP_PGLITE=1,
 * BENCH_DATABASE_URL or TEST_DATABASE_URL (else a throwaway cluster), BENCH_CPU_PROF=1 (V8 CPU
 * profiles of the portal into a temp dir), BENCH_ENTRY (default dist/main.js after `npm run build`).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { installCleanupHandlers, runPart, track } from '../lib/cleanup';
import { PRODUCTION_PORTAL_ENV } from '../lib/portal-env';
import { numberFromEnv, onEachDatabase, type BenchDatabase } from '../lib/databases';
import { mergeResults } from '../lib/results';
import { readMemory } from '../lib/rss';
import { entryArgs } from '../lib/scenarios';
import { startServer } from '../lib/server';
import { pageThrough, RDF_FORMATS, type Paging } from './catalogue-paging';
import { opendataTable, type OpendataRow } from './report';
import { searchLoad, SEARCH_PATHS, type SearchLoad } from './search-load';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const CONNECTIONS = 32;
const log = (line: string) => process.stderr.write(`[bench opendata ${(performance.now() / 1000).toFixed(0).padStart(4)} s] ${line}\n`);

const DATASETS = numberFromEnv('BENCH_DATASETS', 10_000);
const SECONDS = numberFromEnv('BENCH_OPENDATA_SECONDS', 5);
const WARMUP_SECONDS = numberFromEnv('BENCH_OPENDATA_WARMUP_SECONDS', 5);
const PAGING = process.env.BENCH_OPENDATA_PAGING !== '0';

interface DatabaseResult {
  database: BenchDatabase;
  seed: string;
  search: SearchLoad[];
  /** The same mix, every request one not asked before (the hits are not kept yet). */
  freshSearch: SearchLoad[];
  paging: Paging[];
}

/** Migrations, demo data and the generated datasets in a child process while no portal runs (PGlite admits one process). */
async function seed(env: Record<string, string>): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'bench/opendata/seed-datasets.ts'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env, BENCH_DATASETS: String(DATASETS) },
    timeout: 240_000,
  });
  return stdout.trim().split('\n').at(-1) ?? '';
}

/** The server's RSS once it stops changing (less than 2 MB over 3 s), after at most a minute. */
async function settledRss(pid: number): Promise<number> {
  const rss = () => readMemory(pid)?.rssMb ?? Number.NaN;
  let last = rss();
  for (let waited = 0; waited < 60_000; waited += 3000) {
    await sleep(3000);
    const now = rss();
    if (Math.abs(now - last) < 2) return now;
    last = now;
  }
  return last;
}

async function benchDatabase(database: BenchDatabase, databaseEnv: Record<string, string>, nodeFlags: string[]): Promise<DatabaseResult> {
  const env = { ...PRODUCTION_PORTAL_ENV, ...databaseEnv };
  const seeded = performance.now();
  const seedLine = await seed(env);
  log(`${database}: seeded in ${((performance.now() - seeded) / 1000).toFixed(0)} s: ${seedLine}`);
  const server = await startServer({
    name: `portal (${database})`,
    args: [...nodeFlags, ...entryArgs(process.env.BENCH_ENTRY ?? 'dist/main.js')],
    cwd: PROJECT_ROOT,
    env,
    readyPath: '/healthz',
    timeoutMs: 120_000,
  });
  try {
    // Idle: started, each format's first page served once (its code loaded), and the first start's
    // background jobs done (the demo's DataStore loads, the module datasets: tens of MB), so the
    // growth measured is the paging's.
    const formats = PAGING ? RDF_FORMATS : [];
    for (const format of formats) await pageThrough(server.baseUrl, server.pid, format, 0, 1);
    const idleMb = PAGING ? await settledRss(server.pid) : 0;
    const paging: Paging[] = [];
    for (const format of formats) {
      paging.push(await pageThrough(server.baseUrl, server.pid, format, idleMb));
      const last = paging.at(-1)!;
      log(
        `${database}: /catalog.${format}: ${last.pages} pages, ${last.datasets} datasets in ${last.seconds.toFixed(1)} s, RSS ${idleMb.toFixed(0)} → ${last.peakMb.toFixed(0)} MB`,
      );
    }
    log(`${database}: package_search, ${SEARCH_PATHS.length} requests in the mix: warm-up ${WARMUP_SECONDS} s, then 2 × ${SECONDS} s`);
    await searchLoad(server.baseUrl, server.pid, CONNECTIONS, WARMUP_SECONDS);
    const search = [await searchLoad(server.baseUrl, server.pid, CONNECTIONS, SECONDS), await searchLoad(server.baseUrl, server.pid, CONNECTIONS, SECONDS)];
    log(`${database}: package_search, every request new: warm-up ${WARMUP_SECONDS} s, then 2 × ${SECONDS} s`);
    await searchLoad(server.baseUrl, server.pid, CONNECTIONS, WARMUP_SECONDS, true);
    const freshSearch = [
      await searchLoad(server.baseUrl, server.pid, CONNECTIONS, SECONDS, true),
      await searchLoad(server.baseUrl, server.pid, CONNECTIONS, SECONDS, true),
    ];
    const gone = server.exitReport();
    if (gone) throw new Error(`the portal ${gone}`);
    return { database, seed: seedLine, search, freshSearch, paging };
  } finally {
    await server.stop();
  }
}

function rowsOf(result: DatabaseResult): OpendataRow[] {
  return [
    { database: result.database, what: 'search', search: result.search, name: 'package_search (q + 5 facets + fq), the mix of 10' },
    { database: result.database, what: 'search', search: result.freshSearch, name: 'package_search, each request new (not kept)' },
    ...result.paging.map((paging) => ({ database: result.database, what: 'paging' as const, paging })),
  ];
}

async function main(): Promise<void> {
  installCleanupHandlers();
  const tempDir = mkdtempSync(join(tmpdir(), 'stadtportal-bench-opendata-'));
  const removeTemp = () => rmSync(tempDir, { recursive: true, force: true });
  track({ name: tempDir, release: async () => removeTemp(), releaseSync: removeTemp });
  const profileDir = process.env.BENCH_CPU_PROF === '1' ? mkdtempSync(join(tmpdir(), 'stadtportal-bench-opendata-prof-')) : undefined;
  const nodeFlags = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const loadAtStart = loadavg()[0] ?? 0;
  const machine = `${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}`;
  log(`${machine}; ${DATASETS.toLocaleString('en')} generated datasets; load average ${loadAtStart.toFixed(1)}`);

  const results: DatabaseResult[] = [];
  const notes: string[] = [];
  const bench = async (database: BenchDatabase, env: Record<string, string>) => {
    try {
      results.push(await benchDatabase(database, env, nodeFlags));
    } catch (error) {
      notes.push(`${database}: not measured: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
      log(`${database}: not measured: ${error instanceof Error ? error.stack : String(error)}`);
    }
  };
  await onEachDatabase(PROJECT_ROOT, tempDir, notes, bench);
  if (results.length === 0) process.exitCode = 1;

  const out = (text: string) => process.stdout.write(`${text}\n`);
  out(`\nStadtportal open-data benchmark — ${new Date().toISOString()}, ${machine}`);
  out(
    `${DATASETS.toLocaleString('en')} generated datasets besides the demo's. package_search: ${SEARCH_PATHS.length} requests (q, five facets, fq) in turn on each`,
  );
  out(`of ${CONNECTIONS} connections, ${WARMUP_SECONDS} s warm-up, then 2 runs of ${SECONDS} s (both shown; the verdict takes the worse).`);
  out(`DCAT catalogue: every page in turn, following hydra:next; server RSS idle (before the first format), highest while paging, after.`);
  out(`Machine load (1-min average): ${loadAtStart.toFixed(1)} at start, ${(loadavg()[0] ?? 0).toFixed(1)} at end (other jobs may share the cores).`);
  for (const result of results) out(`${result.database}: seed ${result.seed}`);
  for (const note of notes) out(note);
  out(`\n${opendataTable(results.flatMap(rowsOf))}`);
  if (profileDir) out(`\nCPU profiles of the portal: ${profileDir}`);
  mergeResults(join(PROJECT_ROOT, 'bench', 'results.json'), { opendata: { date: new Date().toISOString(), machine, datasets: DATASETS, results, notes } });
}

runPart('open-data benchmark', main);
