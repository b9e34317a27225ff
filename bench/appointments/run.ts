/**
 * The `appointments` part of `npm run bench` (alone: `npm run bench -- appointments`), issue 14's
 * benchmark: the release of BENCH_APPOINTMENTS_UNITS (1,000) units to BENCH_APPOINTMENTS_CITIZENS
 * (5,000) simulated citizens arriving within BENCH_APPOINTMENTS_ARRIVAL_SECONDS (60) s, on PGlite and
 * PostgreSQL (a throwaway cluster unless BENCH_DATABASE_URL/TEST_DATABASE_URL; BENCH_SKIP_POSTGRES=1).
 * Goals: everyone answered within 60 s, zero double bookings (checked in SQL afterwards), booking p95
 * < 200 ms. The citizens (citizens.ts) read free times, choose, book, and read again after "taken".
 * Two clients: through the core in process (core-client.ts, always), and over HTTP on loopback
 * (http-client.ts; BENCH_APPOINTMENTS_HTTP=0 leaves it out).
 * Before the rush, the core's statements at 4 weeks × 8 counters, timed and explained (plans.ts).
 * A measurement, not a test: exits 0 whether goals pass or fail (1 only when nothing was measured).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { percentiles, type Percentiles } from '../applications/load';
import { installCleanupHandlers, runPart } from '../lib/cleanup';
import { measureOnEachDatabase, type BenchDatabase } from '../lib/databases';
import { PRODUCTION_PORTAL_ENV } from '../lib/portal-env';
import { mergeResults } from '../lib/results';
import { entryArgs } from '../lib/scenarios';
import { startServer } from '../lib/server';
import { fixed, renderTable } from '../lib/table';
import type { Check, CoreMeasurement } from './child';
import type { PlanMeasure } from './plans';
import { ARRIVAL_SECONDS, CITIZENS, makeCitizens, rush, type RushResult } from './citizens';
import { HttpClient } from './http-client';
import type { Release } from './release';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const ENTRY = process.env.BENCH_ENTRY ?? 'dist/main.js';
const log = (line: string) => process.stderr.write(`[bench appointments] ${line}\n`);
/** BENCH_CPU_PROF=1: the portal's CPU profile during the rush over HTTP, as the other parts write theirs. */
const PROFILE_DIR = process.env.BENCH_CPU_PROF === '1' ? mkdtempSync(join(tmpdir(), 'stadtportal-bench-appointments-prof-')) : undefined;

interface Row {
  database: BenchDatabase;
  client: 'core in process' | 'HTTP';
  /** Portal processes serving the rush (the core in process: the measuring process itself). */
  processes: number;
  units: number;
  rush: Omit<RushResult, 'bookMs' | 'freeTimesMs' | 'chooseMs'>;
  book: Percentiles;
  freeTimes: Percentiles;
  choose: Percentiles;
  check: Check;
}

async function child<T>(step: string, env: Record<string, string>): Promise<T> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'bench/appointments/child.ts', step], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    timeout: 300_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as T;
}

function rowOf(database: BenchDatabase, client: Row['client'], units: number, measured: RushResult, check: Check): Row {
  const { bookMs, freeTimesMs, chooseMs, ...rushFacts } = measured;
  return {
    database,
    client,
    processes: client === 'HTTP' ? processesOn(database) : 1,
    units,
    rush: rushFacts,
    book: percentiles(bookMs),
    freeTimes: percentiles(freeTimesMs),
    choose: percentiles(chooseMs),
    check,
  };
}

async function throughCore(database: BenchDatabase, env: Record<string, string>): Promise<Row> {
  log(`${database}: the release and ${CITIZENS} citizens through the core, in one process`);
  const { release, rush: measured, check } = await child<CoreMeasurement>('core', { ...env, DATA_DIR: join(env.DATA_DIR!, 'core') });
  return rowOf(database, 'core in process', release.units, measured, check);
}

/**
 * Portal processes over HTTP: on PostgreSQL one per core, as an installation runs it
 * (BENCH_WEB_CONCURRENCY; docs/operations.md); PGlite admits one.
 */
const processesOn = (database: BenchDatabase) => (database === 'PostgreSQL' ? Number(process.env.BENCH_WEB_CONCURRENCY ?? availableParallelism()) : 1);

/** The rush over HTTP: the booking pages as browsers without JavaScript use them (http-client.ts). */
async function overHttp(database: BenchDatabase, env: Record<string, string>): Promise<Row> {
  const own = { ...env, DATA_DIR: join(env.DATA_DIR!, 'http') };
  const release = await child<Release>('prepare', own);
  const server = await startServer({
    name: `portal (${database})`,
    args: [...(PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : []), ...entryArgs(ENTRY)],
    cwd: PROJECT_ROOT,
    // No jobs: the units generator would withdraw the release's units (its location has no opening
    // hours; the release is written directly, bench/appointments/release.ts). Each citizen its own address (http-client.ts).
    env: { ...own, ...PRODUCTION_PORTAL_ENV, DEMO_DATA: 'false', JOBS: 'false', TRUST_PROXY: 'true', WEB_CONCURRENCY: String(processesOn(database)) },
    readyPath: '/healthz',
    timeoutMs: 60_000,
  });
  let measured: RushResult;
  try {
    log(`${database}: ${CITIZENS} citizens over HTTP at ${server.baseUrl} (${processesOn(database)} portal processes)`);
    measured = await rush(new HttpClient(server.baseUrl, release), makeCitizens(CITIZENS, release), release, ARRIVAL_SECONDS);
  } finally {
    await server.stop();
  }
  if (PROFILE_DIR) log(`${database}: the portal's CPU profile is in ${PROFILE_DIR}`);
  const check = await child<Check>('check', { ...own, BENCH_APPOINTMENTS_LOCATION: release.locationId });
  return rowOf(database, 'HTTP', release.units, measured, check);
}

/** The core's statements at 4 weeks × 8 counters (plans.ts), in a database of their own. */
async function plans(database: BenchDatabase, env: Record<string, string>): Promise<Array<PlanMeasure & { database: BenchDatabase }>> {
  log(`${database}: the core's statements at 4 weeks × 8 counters`);
  const measured = await child<PlanMeasure[]>('plans', { ...env, DATA_DIR: join(env.DATA_DIR!, 'plans') });
  return measured.map((row) => ({ ...row, database }));
}

const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

function report(rows: Row[], statements: Array<PlanMeasure & { database: BenchDatabase }>): void {
  const out = (text: string) => process.stdout.write(`${text}\n`);
  out(`\nThe core's statements at 4 weeks × 8 counters of units, three weeks booked out (p50 of 50 through the driver; execution time from EXPLAIN ANALYZE)`);
  out(
    renderTable(
      ['database', 'statement', 'p50', 'execution', 'reads'],
      statements.map((row) => [row.database, row.statement, `${fixed(row.p50Ms, 2)} ms`, `${fixed(row.executionMs, 2)} ms`, row.reads.join('; ')]),
    ),
  );
  out(
    `\nAppointments: the release rush — ${new Date().toISOString()}, ${availableParallelism()} cores, Node ${process.version}, load ${fixed(loadavg()[0], 1)}`,
  );
  out(`${CITIZENS.toLocaleString('en')} citizens arriving at random within ${ARRIVAL_SECONDS} s; limits: 2 open appointments per address, 1 per service`);
  out('CPU ms/request: the measuring process (citizens and, on PGlite, the database); on PostgreSQL the server processes come on top.');
  out(
    renderTable(
      [
        'database',
        'client',
        'processes',
        'units',
        'last answer (goal ≤ 60 s)',
        'booked',
        'taken meanwhile',
        'refused: limits',
        'found nothing',
        'gave up',
        'errors',
        'double bookings (goal 0)',
        'book p50',
        'book p95 (goal < 200 ms)',
        'book p99',
        'free times p95',
        'choose p95 (hold + details page)',
        'requests/s',
        'CPU ms/request',
      ],
      rows.map((row) => {
        const doubles = row.check.overlappingPairs + row.check.bookingsWithWrongUnits + row.check.strayUnits;
        return [
          row.database,
          row.client,
          String(row.processes),
          String(row.units),
          `${fixed(row.rush.seconds, 1)} s ${verdict(row.rush.seconds <= 60)}`,
          String(row.rush.booked),
          String(row.rush.taken),
          String(row.rush.refused),
          String(row.rush.foundNothing),
          String(row.rush.gaveUp),
          String(row.rush.errors),
          `${doubles} ${verdict(doubles === 0 && row.check.bookings === row.rush.booked)}`,
          `${fixed(row.book.p50, 1)} ms`,
          `${fixed(row.book.p95, 1)} ms ${verdict(row.book.p95 < 200)}`,
          `${fixed(row.book.p99, 1)} ms`,
          `${fixed(row.freeTimes.p95, 1)} ms`,
          row.choose.count > 0 ? `${fixed(row.choose.p95, 1)} ms` : '—',
          fixed(row.rush.requests / row.rush.seconds),
          fixed(row.rush.cpuMsPerRequest, 2),
        ];
      }),
    ),
  );
  for (const row of rows) {
    if (row.check.bookings !== row.rush.booked) out(`${row.database} ${row.client}: ${row.rush.booked} booked, but the database holds ${row.check.bookings}`);
    if (row.rush.firstError) out(`${row.database} ${row.client}: first error: ${row.rush.firstError}`);
  }
}

async function main(): Promise<void> {
  installCleanupHandlers();
  // Over HTTP is the measure (loopback); BENCH_APPOINTMENTS_HTTP=0 measures the core alone.
  const http = process.env.BENCH_APPOINTMENTS_HTTP !== '0';
  const measured = await measureOnEachDatabase(PROJECT_ROOT, 'stadtportal-bench-appointments-', log, async (database, env) => ({
    statements: await plans(database, env),
    rows: [await throughCore(database, env), ...(http ? [await overHttp(database, env)] : [])],
  }));
  const rows = measured.flatMap((entry) => entry.rows);
  const statements = measured.flatMap((entry) => entry.statements);
  report(rows, statements);
  if (!http) {
    process.stdout.write('Over HTTP: not measured (BENCH_APPOINTMENTS_HTTP=0).\n');
  }
  if (rows.length === 0) process.exitCode = 1;
  mergeResults(join(PROJECT_ROOT, 'bench', 'results.json'), {
    appointments: { date: new Date().toISOString(), citizens: CITIZENS, arrivalSeconds: ARRIVAL_SECONDS, rows, statements },
  });
}

runPart('appointments benchmark', main);
