/**
 * `npm run test:unit` / `npm run test:browser` (optionally followed by test files to run only those).
 * Runs the test files in Node processes that each run several files one after the other
 * (run-tests/test-process.ts says why; each file opens its own database and listens on its own port),
 * as many processes at once as there are CPUs (TEST_CONCURRENCY overrides), the files longest first by
 * the figures of the previous run, so the last minutes are not one slow file on one core. Each file's
 * spec output is printed in one piece when it ends; at the end come the totals and the slowest files
 * and tests. The exit code is 1 when any file failed. The files run bundled (run-tests/bundle.ts says
 * why). A file still running after ten minutes is stopped and fails (run-tests/file-deadline.ts).
 */
import type { ChildProcess } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { bundleFolder, bundleTests, type TestBundle } from './run-tests/bundle';
import { fileTimeoutMs, killGroup } from './run-tests/file-deadline';
import { longestFirst, readDurations, writeDurations, type Durations } from './run-tests/durations';
import { runTestProcess, type FileResult } from './run-tests/test-process';
import type { TimingLine } from './run-tests/file-ends';

const ROOT = resolve(import.meta.dirname, '..');
const DURATIONS = join(ROOT, 'node_modules/.cache/stadtportal/test-durations.json');
const ENTRY = 'scripts/run-tests/batch-entry.ts';
const REPORTER = 'scripts/run-tests/reporter.ts';
/** The portal's programs, bundled beside the tests for the tests that start them (tests/support/programs.ts). */
const PROGRAMS = ['src/main.ts', 'src/cli.ts'];
const BUNDLE_DIR = join(ROOT, 'node_modules/.cache/stadtportal/test-bundle');
const FILE_TIMEOUT_MS = fileTimeoutMs(process.env);

/** The test files running now: each leads its own process group, which Ctrl-C must stop too. */
const running = new Set<ChildProcess>();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    for (const child of running) killGroup(child);
    process.exit(130);
  });
}

/**
 * PGlite's WebAssembly stays on V8's baseline compiler (Liftoff): a test process lives seconds, and
 * optimising the hot parts of PostgreSQL in the background cost more CPU than it ever saved. Measured
 * on eight test files, two at once: 29 s and 53 CPU-s with tier-up, 20 s and 35 CPU-s without.
 * Server processes that tests start inherit the flag (tests/support/server-process.ts).
 */
const TEST_V8_FLAGS = ['--liftoff-only'];

// `node --test src/` finds no .ts files on Node 20, so the runner lists them itself. Browser files
// run in parallel too: each has its own server on a free port and its own Chromium, so a shared
// process saves less for them (ADR 22).
const SUITES: Record<string, { folders: string[]; pattern: RegExp; filesPerProcess: number }> = {
  unit: { folders: ['src', 'tests', 'scripts'], pattern: /\.test\.tsx?$/, filesPerProcess: 20 },
  browser: { folders: ['tests/browser'], pattern: /\.browser\.ts$/, filesPerProcess: 4 },
};

function findFiles(folder: string, pattern: RegExp): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((path) => pattern.test(path))
    .map((path) => join(folder, path));
}

/**
 * Runs the files, longest first, in `concurrency` workers; each worker runs its files in test
 * processes of up to `filesPerProcess` files (run-tests/test-process.ts says why) and prints each
 * file's output in one piece when the file ends.
 */
async function runAll(files: string[], bundle: TestBundle, concurrency: number, filesPerProcess: number): Promise<FileResult[]> {
  const queue = [...files];
  const results: FileResult[] = [];
  const env = { ...process.env, TEST_BUNDLE_DIR: bundle.folder, ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}) };
  const finished = (result: FileResult) => {
    results.push(result);
    const status = result.problem ? `FAILED (${result.problem})` : result.failed ? 'FAILED' : 'ok';
    process.stdout.write(`\n──── ${result.file}: ${status}, ${seconds(result.ms)} ────\n${result.output}`);
  };
  const take = () => {
    const file = queue.shift();
    return file === undefined ? undefined : { file, bundled: bundle.entryOf(file) };
  };
  const worker = async () => {
    while (queue.length > 0) {
      const args = [
        ...TEST_V8_FLAGS,
        '--enable-source-maps',
        `--test-reporter=./${bundle.entryOf(REPORTER)}`,
        '--test-reporter-destination=stdout',
        bundle.entryOf(ENTRY),
      ];
      await runTestProcess({ args, env, cwd: ROOT, maxFiles: filesPerProcess, fileTimeoutMs: FILE_TIMEOUT_MS, take, finished, running });
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  return results;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function summary(results: FileResult[], wallMs: number, concurrency: number): string {
  const tests = results.flatMap((result) => result.tests.filter((test) => !test.suite).map((test) => ({ ...test, file: result.file })));
  const count = (outcome: TimingLine['outcome']) => tests.filter((test) => test.outcome === outcome).length;
  const failedFiles = results.filter((result) => result.failed);
  const slowFiles = [...results].sort((a, b) => b.ms - a.ms).slice(0, 10);
  const slowTests = [...tests].sort((a, b) => b.ms - a.ms).slice(0, 10);
  return [
    '',
    `Slowest test files:`,
    ...slowFiles.map((result) => `  ${seconds(result.ms).padStart(8)}  ${result.file}`),
    `Slowest tests:`,
    ...slowTests.map((test) => `  ${seconds(test.ms).padStart(8)}  ${test.name}  (${test.file})`),
    '',
    `${results.length} files, ${tests.length} tests: ${count('pass')} passed, ${count('fail')} failed, ${count('skip')} skipped; ${seconds(wallMs)} with ${concurrency} at once`,
    ...(failedFiles.length > 0 ? ['FAILED files:', ...failedFiles.map((result) => `  ${result.file}`)] : []),
    '',
  ].join('\n');
}

/**
 * The whole suite on PostgreSQL (TEST_DATABASE_URL set, as in CI's second pass) runs only the files
 * whose code reads that variable: every other file has no way to reach PostgreSQL and ran the same
 * on PGlite a moment before. A third of the files are such (views, parsers, the kernel's pure parts),
 * so the second pass is that much shorter. Files named on the command line always run.
 */
function onlyThoseReadingTheDatabaseUrl(files: string[], bundle: TestBundle): string[] {
  const reading = files.filter((file) => bundle.contains(file, 'TEST_DATABASE_URL'));
  process.stdout.write(`TEST_DATABASE_URL is set: ${reading.length} of ${files.length} files read it; the others cannot reach PostgreSQL and are left out\n`);
  return reading;
}

async function main(): Promise<number> {
  const [suiteName = '', ...chosen] = process.argv.slice(2);
  const suite = SUITES[suiteName];
  if (!suite) {
    console.error(`Usage: node --import tsx scripts/run-tests.ts <${Object.keys(SUITES).join('|')}> [test files]`);
    return 2;
  }
  const files = chosen.length > 0 ? chosen.map((file) => relative(ROOT, resolve(file))) : suite.folders.flatMap((folder) => findFiles(folder, suite.pattern));
  const fromEnv = Number(process.env.TEST_CONCURRENCY);
  const concurrency = Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : availableParallelism();
  const previous = readDurations(DURATIONS);
  const started = performance.now();
  const bundleDir = bundleFolder(BUNDLE_DIR);
  const bundle = await bundleTests(ROOT, bundleDir, [...files, ENTRY, REPORTER, ...PROGRAMS]);
  const toRun = chosen.length === 0 && process.env.TEST_DATABASE_URL ? onlyThoseReadingTheDatabaseUrl(files, bundle) : files;
  const results = await runAll(longestFirst(toRun, previous), bundle, concurrency, suite.filesPerProcess).finally(() =>
    rmSync(bundleDir, { recursive: true, force: true }),
  );
  const measured: Durations = Object.fromEntries(results.map((result) => [result.file, Math.round(result.ms)]));
  writeDurations(DURATIONS, previous, measured);
  process.stdout.write(summary(results, performance.now() - started, concurrency));
  return results.some((result) => result.failed) ? 1 : 0;
}

process.exitCode = await main();
