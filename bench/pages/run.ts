/**
 * The `pages` part of `npm run bench` (alone: `npm run bench -- pages`): every public page type
 * against this machine's limit for that very page (bench/pages/replay-server.ts replays the portal's
 * exact answer from a bare node:http process), on PGlite and on PostgreSQL. Portal and replay are
 * loaded alike (autocannon, 32 connections, pipelining 1) and alternately, A B A B, after a warm-up
 * of each. Then 3,000 generated Leistungen and the catalogue and search rows again, and the bad
 * inputs of issue 9 as latency rows. Prints one table, writes the `pages` key of bench/results.json.
 * A measurement, not a test: exits 0 whether goals pass or fail (1 only when it could not run).
 * No row starts after 28 minutes (PGlite has the first half when PostgreSQL follows); rows left over say
 * "not measured: time budget used up": slow pages (each run leaves a queue the portal works off before the
 * next one) cost more than the 10 to 15 s a row takes otherwise. Measure them alone with BENCH_PAGES / BENCH_SKIP_*.
 * Runs are 2 s since each search has an uncached twin (page-types.ts): more rows in the same budget.
 *
 * The portal's warm-up is 3 s per page type: V8 optimises a page's own code (its query building,
 * its table) over the first thousands of requests, and the staff inbox served 460 requests/s after
 * 1 s and 600–730 after 6 to 9 s of load, where it stayed; a running portal is warm. The replay is
 * warm after a quarter of a second.
 *
 * Settings (environment): BENCH_PAGE_SECONDS (2) per run, BENCH_PAGE_WARMUP_SECONDS (3) per portal target,
 * BENCH_BAD_INPUT_SECONDS (2, 4 connections), BENCH_PAGES=leistungen,suche (only those keys of page-types.ts, and the
 * keys that start with them and a hyphen; `bad-input` selects the bad inputs), BENCH_CATALOGUE_ROWS (3000),
 * BENCH_CPU_PROF=1 (V8 CPU profiles of the portal processes into a temp dir, path printed),
 * BENCH_DATABASE_URL or TEST_DATABASE_URL (else a throwaway cluster), BENCH_SKIP_POSTGRES=1, BENCH_SKIP_PGLITE=1,
 * BENCH_ENTRY (default dist/main.js after `npm run build`; src/main.ts runs through tsx).
 * One profile of one page type: BENCH_CPU_PROF=1 BENCH_SKIP_POSTGRES=1 BENCH_PAGES=leistungen-suche-wort npm run bench -- pages
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { installCleanupHandlers, runPart, track } from '../lib/cleanup';
import { PRODUCTION_PORTAL_ENV } from '../lib/portal-env';
import { numberFromEnv, onEachDatabase } from '../lib/databases';
import { mergeResults } from '../lib/results';
import { benchDatabase, type PagesContext } from './database';
import { BAD_INPUTS, PAGE_TYPES, type Database } from './page-types';
import { isMet, pagesTable, type PageRow } from './report';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
/** Rows that would start after this are reported as not measured (bench/index.ts stops the part at 1,320 s). */
const SOFT_LIMIT_MS = 1_680_000;
const log = (line: string) => process.stderr.write(`[bench pages ${(performance.now() / 1000).toFixed(0).padStart(4)} s] ${line}\n`);

function selected<T extends { key: string }>(items: T[], filter: string[]): T[] {
  if (filter.length === 0) return items;
  return items.filter((item) => filter.some((key) => item.key === key || item.key.startsWith(`${key}-`)));
}

async function main(): Promise<void> {
  installCleanupHandlers();
  const filter = (process.env.BENCH_PAGES ?? '')
    .split(',')
    .map((key) => key.trim())
    .filter(Boolean);
  const pageTypes = selected(PAGE_TYPES, filter);
  const badInputs = selected(BAD_INPUTS, filter);
  if (pageTypes.length + badInputs.length === 0) throw new Error(`BENCH_PAGES=${filter.join(',')} selects no page type`);
  const tempDir = mkdtempSync(join(tmpdir(), 'stadtportal-bench-pages-'));
  track({
    name: tempDir,
    release: async () => rmSync(tempDir, { recursive: true, force: true }),
    releaseSync: () => rmSync(tempDir, { recursive: true, force: true }),
  });
  const profileDir = process.env.BENCH_CPU_PROF === '1' ? mkdtempSync(join(tmpdir(), 'stadtportal-bench-pages-prof-')) : undefined;
  const context: PagesContext = {
    projectRoot: PROJECT_ROOT,
    tempDir,
    load: { connections: 32, pipelining: 1, warmupSeconds: numberFromEnv('BENCH_PAGE_WARMUP_SECONDS', 3), seconds: numberFromEnv('BENCH_PAGE_SECONDS', 2) },
    badInputSeconds: numberFromEnv('BENCH_BAD_INPUT_SECONDS', 2),
    badInputConnections: 4,
    catalogueRows: numberFromEnv('BENCH_CATALOGUE_ROWS', 3000),
    entry: process.env.BENCH_ENTRY ?? 'dist/main.js',
    nodeFlags: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
    portalEnv: PRODUCTION_PORTAL_ENV,
    softLimitMs: SOFT_LIMIT_MS,
    log,
  };
  const loadAtStart = loadavg()[0] ?? 0;
  const machine = `${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}`;
  log(`${machine}; ${pageTypes.length} page types, ${badInputs.length} bad inputs; load average ${loadAtStart.toFixed(1)}`);

  const rows: PageRow[] = [];
  const notes: string[] = [];
  /** A database whose portal cannot start (or whose set-up fails) is a note; the other one is still measured. */
  const bench = async (database: Database, env: Record<string, string>) => {
    try {
      rows.push(...(await benchDatabase(database, env, pageTypes, badInputs, context)));
    } catch (error) {
      notes.push(`${database}: not measured: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
      log(`${database}: not measured: ${error instanceof Error ? error.stack : String(error)}`);
    }
  };
  await onEachDatabase(PROJECT_ROOT, tempDir, notes, async (database, env, postgresFollows) => {
    // PGlite gets half the time when PostgreSQL follows: slow pages must not leave no time at all for the other database.
    context.softLimitMs = postgresFollows ? SOFT_LIMIT_MS / 2 : SOFT_LIMIT_MS;
    await bench(database, env);
    context.softLimitMs = SOFT_LIMIT_MS;
  });
  // Nothing measured at all: the bench could not run (the table still shows why).
  if (rows.length === 0) process.exitCode = 1;

  const out = (text: string) => process.stdout.write(`${text}\n`);
  out(`\nStadtportal pages benchmark — ${new Date().toISOString()}, ${machine}`);
  out(`Each page type against its limit: a bare node:http process replaying the portal's exact answer, same client and load`);
  out(
    `(autocannon in this process, ${context.load.connections} connections, pipelining 1, ${context.load.warmupSeconds} s warm-up, then A B A B of ${context.load.seconds} s;`,
  );
  out(`after each portal run the bench waits (up to 15 s) until the portal has worked off what the run left queued). p50/p99: mean of the two portal runs.`);
  out(`Guest Antrag rows: each connection has its own guest and draft. Logged-in rows: one login per role, its cookie on every connection.`);
  out(
    `Bad inputs: the portal alone, ${context.badInputConnections} connections for ${context.badInputSeconds} s (no limit measured), with ${context.catalogueRows.toLocaleString('en')} generated Leistungen.`,
  );
  out(
    `Machine load (1-min average): ${loadAtStart.toFixed(1)} at start, ${(loadavg()[0] ?? 0).toFixed(1)} at end (the integrator and other jobs may share the cores).`,
  );
  for (const note of notes) out(note);
  out(`\n${pagesTable(rows)}`);
  out(`\nGoals met: ${rows.filter(isMet).length} of ${rows.length} rows.`);
  if (profileDir) {
    out(`CPU profiles of the portal processes (${readdirSync(profileDir).length} files; Chrome DevTools → Performance → Load profile): ${profileDir}`);
  }
  const resultsFile = join(PROJECT_ROOT, 'bench/results.json');
  mergeResults(resultsFile, {
    pages: {
      date: new Date().toISOString(),
      machine,
      loadAverage: { start: loadAtStart, end: loadavg()[0] },
      load: context.load,
      filter,
      notes,
      rows,
      profileDir,
    },
  });
  out(`Results: ${resultsFile} (key "pages"), ${(performance.now() / 1000).toFixed(0)} s in total`);
}

runPart('pages benchmark', main);
