/**
 * The `portal` part of `npm run bench` (bench/index.ts): the real server (PGlite and PostgreSQL)
 * against a bare Fastify hello-world on loopback. Prints tables and writes bench/results.json; it is a measurement, not a test, and
 * exits 0 whether goals pass or fail (1 only when the benchmark itself could not run).
 *
 * Settings (environment): BENCH_SECONDS (10), BENCH_WARMUP_SECONDS (2), BENCH_CONNECTIONS (50),
 * BENCH_DATABASE_URL or TEST_DATABASE_URL (else a throwaway cluster), BENCH_SKIP_POSTGRES=1,
 * BENCH_CPU_PROF=1 (V8 CPU profile of the measured portal process, written to a temp dir),
 * BENCH_ENTRY (default src/main.ts via tsx; a built .js/.mjs entry runs on plain node).
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { installCleanupHandlers, releaseAll, runPart } from './lib/cleanup';
import type { LoadSettings } from './lib/load';
import { providePostgres } from './lib/postgres';
import { baselineOf, evaluateGoals, goalsTable, isMeasured, loadTable, serverTable, type Baseline, type Goal } from './lib/report';
import { mergeResults } from './lib/results';
import { benchHelloWorld, benchPortal, entryArgs, type PortalFailure, type PortalResult, type ScenarioOptions } from './lib/scenarios';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const PROJECT_ROOT = resolve(BENCH_DIR, '..');
/** The whole run is bounded: phases that no longer fit are skipped, a hang ends it with cleanup. */
const WATCHDOG_MS = 175_000;
const DEADLINE_MS = 160_000;
/** Other processes above this (in cores) during a measurement make its absolute numbers unreliable. */
const BUSY_MACHINE_CORES = 0.25;

const out = (text: string) => process.stdout.write(`${text}\n`);
const log = (line: string) => process.stderr.write(`[bench ${(performance.now() / 1000).toFixed(1).padStart(5)} s] ${line}\n`);

function intFromEnv(name: string, fallback: number, max: number): number {
  const value = Number.parseInt(process.env[name] ?? '', 10);
  return Number.isInteger(value) && value > 0 ? Math.min(value, max) : fallback;
}

function startWatchdog(): void {
  const watchdog = setTimeout(() => {
    process.stderr.write(`\nbenchmark exceeded ${WATCHDOG_MS / 1000} s: aborting\n`);
    void releaseAll().finally(() => process.exit(1));
  }, WATCHDOG_MS);
  watchdog.unref();
}

/** PostgreSQL from the environment, the project's cluster script or initdb; skipped when none works or time is short. */
async function benchPostgres(options: ScenarioOptions, skipped: string[]): Promise<PortalResult | PortalFailure | undefined> {
  if (process.env.BENCH_SKIP_POSTGRES === '1') {
    skipped.push('PostgreSQL: skipped (BENCH_SKIP_POSTGRES=1)');
    return undefined;
  }
  const needed = (2 * (options.load.warmupSeconds + options.load.seconds) + 20) * 1000;
  if (options.deadlineMs - performance.now() < needed) {
    skipped.push(`PostgreSQL: skipped (time budget: ${(performance.now() / 1000).toFixed(0)} s used before it, the run is capped at ${DEADLINE_MS / 1000} s)`);
    return undefined;
  }
  log('PostgreSQL: providing a database');
  const postgres = await providePostgres(PROJECT_ROOT);
  if ('skipped' in postgres) {
    skipped.push(`PostgreSQL: skipped (${postgres.skipped})`);
    return undefined;
  }
  try {
    return await benchPortal('PostgreSQL', postgres.source, { DATABASE_URL: postgres.url }, options);
  } finally {
    await postgres.release();
  }
}

interface Report {
  machine: string;
  cores: number;
  load: LoadSettings;
  entry: string;
  loadAtStart: number;
  hello: Baseline;
  outcomes: (PortalResult | PortalFailure)[];
  skipped: string[];
  goals: Goal[];
  profileDir: string | undefined;
}

function printReport({ machine, cores, load, entry, loadAtStart, hello, outcomes, skipped, goals, profileDir }: Report): void {
  const portals = outcomes.filter(isMeasured);
  out('');
  out(`Stadtportal benchmark — ${new Date().toISOString()}`);
  out(`Machine: ${machine}. Loopback 127.0.0.1; autocannon runs in the bench process, so client and server share the same ${cores} cores:`);
  out(`absolute numbers are lower than on a dedicated server; compare rows of one run, not machines.`);
  out(
    `Load: ${load.connections} connections, pipelining ${load.pipelining}, ${load.warmupSeconds} s warm-up then ${load.seconds} s per target. Server: node ${entryArgs(entry).join(' ')}, LOG_LEVEL=warn, DEMO_DATA=true, JOBS on.`,
  );
  out(`Machine load (1-min average): ${loadAtStart.toFixed(1)} at start, ${(loadavg()[0] ?? 0).toFixed(1)} at end.`);
  // For PostgreSQL rows "other cores" includes the postgres server itself, so only the other rows tell about foreign load.
  const embedded = portals.filter((portal) => portal.database === 'PGlite').flatMap((portal) => [portal.startPage, portal.healthz]);
  const busiest = Math.max(...[...hello.runs.map((run) => run.root), ...embedded].map((result) => result.cpu?.otherCores ?? 0));
  if (busiest > BUSY_MACHINE_CORES) {
    out(
      `WARNING: other processes used up to ${busiest.toFixed(2)} of ${cores} cores during measurements ("other cores"): req/s, latencies and start times are depressed.`,
    );
    out(`         Compare rows of this run with each other (ratios, "srv CPU ms/req"); re-run on a quiet machine for absolute numbers.`);
  }
  for (const outcome of outcomes) out(`${outcome.database}: ${outcome.databaseSource}`);
  if (outcomes.some((outcome) => outcome.database === 'PostgreSQL')) {
    out('For PostgreSQL rows, "other cores" includes the postgres server processes (same machine).');
  }
  for (const line of skipped) out(line);
  const failures = outcomes.filter((outcome): outcome is PortalFailure => !isMeasured(outcome));
  out(`\n${loadTable(hello, portals)}\n\n${serverTable(hello, portals)}\n\n${goalsTable(goals, failures, skipped)}`);
  if (profileDir) {
    const profiles = readdirSync(profileDir).length;
    out(`\nCPU profiles of the measured portal processes (${profiles} files; Chrome DevTools → Performance → Load profile): ${profileDir}`);
  }
}

async function main(): Promise<void> {
  installCleanupHandlers();
  startWatchdog();
  const load: LoadSettings = {
    connections: intFromEnv('BENCH_CONNECTIONS', 50, 500),
    pipelining: 1,
    warmupSeconds: intFromEnv('BENCH_WARMUP_SECONDS', 2, 5),
    seconds: intFromEnv('BENCH_SECONDS', 10, 15),
  };
  const profileDir = process.env.BENCH_CPU_PROF === '1' ? mkdtempSync(join(tmpdir(), 'stadtportal-bench-prof-')) : undefined;
  const options: ScenarioOptions = {
    projectRoot: PROJECT_ROOT,
    load,
    deadlineMs: DEADLINE_MS,
    nodeFlags: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
    entry: process.env.BENCH_ENTRY ?? 'src/main.ts',
    log,
  };
  const loadAtStart = loadavg()[0] ?? 0;
  const cores = availableParallelism();
  const machine = `${cores} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}`;
  log(`${machine}; ${load.connections} connections, pipelining ${load.pipelining}, ${load.warmupSeconds} s warm-up + ${load.seconds} s per target`);

  const helloRuns = [await benchHelloWorld(options)];
  const skipped: string[] = [];
  const outcomes = [await benchPortal('PGlite', 'embedded, fresh DATA_DIR', {}, options)];
  const postgres = await benchPostgres(options, skipped);
  if (postgres) outcomes.push(postgres);
  // The machine drifts (other VMs, other engineers' jobs): a second hello-world brackets the portals.
  if (options.deadlineMs - performance.now() > (load.warmupSeconds + load.seconds + 5) * 1000) helloRuns.push(await benchHelloWorld(options));
  const hello = baselineOf(helloRuns);
  const portals = outcomes.filter(isMeasured);
  const failures = outcomes.filter((outcome): outcome is PortalFailure => !isMeasured(outcome));
  const goals = evaluateGoals(hello, portals);
  printReport({ machine, cores, load, entry: options.entry, loadAtStart, hello, outcomes, skipped, goals, profileDir });

  const resultsFile = join(BENCH_DIR, 'results.json');
  const results = {
    date: new Date().toISOString(),
    machine,
    loadAverage: { start: loadAtStart, end: loadavg()[0] },
    load,
    helloWorld: hello,
    portals,
    failures,
    skipped,
    goals,
    profileDir,
  };
  mergeResults(resultsFile, results);
  out(`\nResults: ${resultsFile} (${(performance.now() / 1000).toFixed(0)} s in total)`);
}

runPart('benchmark', main);
