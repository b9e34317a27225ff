/**
 * The `datastore` part of `npm run bench` (alone: `npm run bench -- datastore`): the DataStore's CSV
 * loads and its search on a large table (issue 10).
 *
 * PostgreSQL (a throwaway cluster unless BENCH_DATABASE_URL / TEST_DATABASE_URL is given): 1,000,000
 * generated rows, once as a German file (`;`, decimal commas, German dates) and once as an ISO file
 * (`,`, dot decimals, ISO dates), each loaded into the DataStore and compared with a plain COPY of the
 * same file into a table of the same types in the same run (src/modules/opendata/datastore/
 * measure-load.ts says what counts: until the rows are swapped in; the indexes PostgreSQL
 * builds afterwards are shown apart). Goal: the load at ≥ 50 % of the COPY's rows/s. Then the portal
 * (the production bundle, BENCH_ENTRY) on that database answers `datastore_search` with a filter on
 * the German table over HTTP, one request after the other: goal p95 < 50 ms (and, for comparison, the
 * same without `total`, which counts every matching row).
 *
 * PGlite (report only): the load's rows/s (200,000 rows) and the p99 of a one-row query asked every
 * 5 ms on the same database while the load runs (PGlite runs one statement at a time for the whole
 * portal: this is what a page waits for, without the page's own work).
 *
 * Settings (environment): BENCH_DATASTORE_ROWS (1000000), BENCH_DATASTORE_PGLITE_ROWS (200000),
 * BENCH_DATASTORE_SEARCHES (200), BENCH_SKIP_POSTGRES=1, BENCH_SKIP_PGLITE=1, BENCH_ENTRY (default
 * dist/main.js after `npm run build`; src/main.ts runs through tsx). Writes the `datastore` key of
 * bench/results.json. A measurement, not a test: exits 0 whether goals pass or fail (1 only when
 * nothing could be measured).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { migrationSources } from '../../src/bootstrap';
import { openPglite, openPostgres, runMigrations } from '../../src/kernel/db';
import { MODULES } from '../../src/registry';
// eslint-disable-next-line no-restricted-imports -- the measurement lives beside the load it measures (its CLI runs it by hand too); it is no part of the module's interface
import { measureLoad, type LoadMeasurement } from '../../src/modules/opendata/datastore/measure-load';
import { installCleanupHandlers, runPart, track } from '../lib/cleanup';
import { PRODUCTION_PORTAL_ENV } from '../lib/portal-env';
import { numberFromEnv, withPostgres } from '../lib/databases';
import { mergeResults } from '../lib/results';
import { entryArgs } from '../lib/scenarios';
import { startServer } from '../lib/server';
import { renderTable } from '../lib/table';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const log = (line: string) => process.stderr.write(`[bench datastore ${(performance.now() / 1000).toFixed(0).padStart(4)} s] ${line}\n`);

interface Row {
  database: 'PostgreSQL' | 'PGlite';
  measure: string;
  value: string;
  goal: string;
  verdict: 'met' | 'missed' | 'report only' | 'not measured';
}

const perSecond = (value: number) => `${Math.round(value).toLocaleString('en')} rows/s`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function loadRows(m: LoadMeasurement): Row[] {
  const file = m.style === 'german' ? 'German file' : 'ISO file';
  const rows = `${m.rows.toLocaleString('en')} rows, ${m.megabytes.toFixed(0)} MB`;
  return [
    {
      database: 'PostgreSQL',
      measure: `load, ${file} (${rows}): ${perSecond(m.loadRowsPerSecond)} in ${seconds(m.loadMs)}; plain COPY ${perSecond(m.copyRowsPerSecond!)}`,
      value: `${Math.round(m.percentOfCopy!)} %`,
      goal: '≥ 50 % of COPY',
      verdict: m.percentOfCopy! >= 50 ? 'met' : 'missed',
    },
    {
      database: 'PostgreSQL',
      measure: `indexes after the swap (full text, one per column), ${file} (rows searchable meanwhile)`,
      value: seconds(m.indexMs),
      goal: '–',
      verdict: 'report only',
    },
  ];
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
}

/** `datastore_search` with a filter over HTTP, one request after the other, after a warm-up of 20. */
async function searchLatencies(baseUrl: string, request: Record<string, unknown>, count: number): Promise<{ p50: number; p95: number; total: number }> {
  const body = JSON.stringify(request);
  const ask = async () => {
    const start = performance.now();
    const response = await fetch(`${baseUrl}/api/3/action/datastore_search`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    const answer = (await response.json()) as { success?: boolean; result?: { total?: number } };
    if (response.status !== 200 || !answer.success) throw new Error(`datastore_search answered ${response.status}`);
    return { ms: performance.now() - start, total: answer.result?.total ?? 0 };
  };
  for (let n = 0; n < 20; n += 1) await ask();
  const latencies: number[] = [];
  let total = 0;
  for (let n = 0; n < count; n += 1) {
    const result = await ask();
    latencies.push(result.ms);
    total = result.total;
  }
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), total };
}

async function benchPostgres(rows: Row[], notes: string[], results: Record<string, unknown>): Promise<void> {
  await withPostgres(PROJECT_ROOT, notes, async (url) => {
    const database = openPostgres(url, 10);
    const measurements: LoadMeasurement[] = [];
    try {
      await runMigrations(database, migrationSources(MODULES));
      for (const style of ['german', 'iso'] as const) {
        log(`PostgreSQL: loading ${numberFromEnv('BENCH_DATASTORE_ROWS', 1_000_000).toLocaleString('en')} rows, ${style} file`);
        const m = await measureLoad(database, { rows: numberFromEnv('BENCH_DATASTORE_ROWS', 1_000_000), style });
        measurements.push(m);
        rows.push(...loadRows(m));
      }
    } finally {
      await database.close();
    }
    results.postgresLoads = measurements;
    await benchSearch(url, measurements[0]!.resourceId, rows, results);
  });
}

async function benchSearch(url: string, resourceId: string, rows: Row[], results: Record<string, unknown>): Promise<void> {
  const entry = process.env.BENCH_ENTRY ?? 'dist/main.js';
  const measure = `datastore_search, filter on a text column (≈ 1 row in 97), HTTP, one at a time`;
  if (!existsSync(resolve(PROJECT_ROOT, entry))) {
    rows.push({ database: 'PostgreSQL', measure, value: 'n/a', goal: 'p95 < 50 ms', verdict: 'not measured' });
    log(`${entry} is missing: run npm run build (npm run bench does) or set BENCH_ENTRY=src/main.ts`);
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'stadtportal-bench-datastore-files-'));
  track({
    name: dataDir,
    release: async () => rmSync(dataDir, { recursive: true, force: true }),
    releaseSync: () => rmSync(dataDir, { recursive: true, force: true }),
  });
  log('PostgreSQL: starting the portal for datastore_search');
  const portal = await startServer({
    name: 'portal (PostgreSQL)',
    args: entryArgs(entry),
    cwd: PROJECT_ROOT,
    env: { ...PRODUCTION_PORTAL_ENV, DEMO_DATA: 'false', DATABASE_URL: url, DATA_DIR: dataDir },
    readyPath: '/healthz',
    timeoutMs: 120_000,
  });
  try {
    const searches = numberFromEnv('BENCH_DATASTORE_SEARCHES', 200);
    const request = { resource_id: resourceId, filters: { Messstelle: 'Station 5' } };
    const latency = await searchLatencies(portal.baseUrl, request, searches);
    // The same without `total` (CKAN counts it unless told not to): what the page of rows costs alone.
    const pageOnly = await searchLatencies(portal.baseUrl, { ...request, include_total: false }, searches);
    results.search = { ...latency, searches, withoutTotal: pageOnly };
    rows.push(
      {
        database: 'PostgreSQL',
        measure: `${measure}: ${searches} requests, p50 ${latency.p50.toFixed(1)} ms, total ${latency.total.toLocaleString('en')} (counted)`,
        value: `${latency.p95.toFixed(1)} ms`,
        goal: 'p95 < 50 ms',
        verdict: latency.p95 < 50 ? 'met' : 'missed',
      },
      {
        database: 'PostgreSQL',
        measure: `the same with include_total=false: p50 ${pageOnly.p50.toFixed(1)} ms`,
        value: `${pageOnly.p95.toFixed(1)} ms`,
        goal: '–',
        verdict: 'report only',
      },
    );
  } finally {
    await portal.stop();
  }
}

async function benchPglite(rows: Row[], results: Record<string, unknown>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'stadtportal-bench-datastore-pglite-'));
  track({ name: dir, release: async () => rmSync(dir, { recursive: true, force: true }), releaseSync: () => rmSync(dir, { recursive: true, force: true }) });
  const database = await openPglite(join(dir, 'pglite'), { thread: true });
  try {
    await runMigrations(database, migrationSources(MODULES));
    const count = numberFromEnv('BENCH_DATASTORE_PGLITE_ROWS', 200_000);
    log(`PGlite: loading ${count.toLocaleString('en')} rows, german file`);
    const m = await measureLoad(database, { rows: count, style: 'german' });
    results.pgliteLoad = m;
    rows.push(
      {
        database: 'PGlite',
        measure: `load, German file (${count.toLocaleString('en')} rows, with its full-text index)`,
        value: perSecond(m.loadRowsPerSecond),
        goal: '–',
        verdict: 'report only',
      },
      {
        database: 'PGlite',
        measure: `one-row query every 5 ms during that load: ${m.during.queries} queries, p50 ${m.during.p50.toFixed(1)} ms, max ${m.during.max.toFixed(1)} ms`,
        value: `p99 ${m.during.p99.toFixed(1)} ms`,
        goal: '–',
        verdict: 'report only',
      },
    );
  } finally {
    await database.close();
  }
}

async function main(): Promise<void> {
  installCleanupHandlers();
  const machine = `${availableParallelism()} cores, Node ${process.version}`;
  const loadAtStart = loadavg()[0] ?? 0;
  const rows: Row[] = [];
  const notes: string[] = [];
  const results: Record<string, unknown> = {};
  if (process.env.BENCH_SKIP_POSTGRES === '1') notes.push('PostgreSQL: skipped (BENCH_SKIP_POSTGRES=1)');
  else await benchPostgres(rows, notes, results);
  if (process.env.BENCH_SKIP_PGLITE === '1') notes.push('PGlite: skipped (BENCH_SKIP_PGLITE=1)');
  else await benchPglite(rows, results);
  if (rows.length === 0) process.exitCode = 1;

  const out = (text: string) => process.stdout.write(`${text}\n`);
  out(`\nStadtportal DataStore benchmark — ${new Date().toISOString()}, ${machine}`);
  out(
    `Machine load (1-min average): ${loadAtStart.toFixed(1)} at start, ${(loadavg()[0] ?? 0).toFixed(1)} at end; the COPY share is measured in the same run, so it holds on a busy machine too.`,
  );
  for (const note of notes) out(note);
  out(
    `\n${renderTable(
      ['database', 'measure', 'value', 'goal', 'verdict'],
      rows.map((row) => [row.database, row.measure, row.value, row.goal, row.verdict]),
    )}`,
  );
  const resultsFile = join(PROJECT_ROOT, 'bench/results.json');
  mergeResults(resultsFile, {
    datastore: { date: new Date().toISOString(), machine, loadAverage: { start: loadAtStart, end: loadavg()[0] }, notes, rows, ...results },
  });
  out(`Results: ${resultsFile} (key "datastore"), ${(performance.now() / 1000).toFixed(0)} s in total`);
}

runPart('datastore benchmark', main);
