/**
 * `npm run test:unit` / `npm run test:browser` (optionally followed by test files to run only those).
 * Runs every test file in its own Node process (each opens its own database and listens on its own
 * port), as many at once as there are CPUs (TEST_CONCURRENCY overrides), the longest first by the
 * figures of the previous run, so the last minutes are not one slow file on one core. Each file's spec
 * output is printed in one piece when it ends; at the end come the totals and the slowest files and
 * tests. The exit code is 1 when any file failed. The files run bundled (run-tests/bundle.ts says why).
 * A file still running after ten minutes is stopped and fails (run-tests/file-deadline.ts says why).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { bundleFolder, bundleTests, type TestBundle } from './run-tests/bundle';
import { fileTimeoutMs, killGroup, stopAfter } from './run-tests/file-deadline';
import { longestFirst, readDurations, writeDurations, type Durations } from './run-tests/durations';
import type { TimingLine } from './run-tests/timing-reporter';

const ROOT = resolve(import.meta.dirname, '..');
const DURATIONS = join(ROOT, 'node_modules/.cache/stadtportal/test-durations.json');
const REPORTER = 'scripts/run-tests/timing-reporter.ts';
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
// run in parallel too: each has its own server on a free port and its own Chromium.
const SUITES: Record<string, { folders: string[]; pattern: RegExp }> = {
  unit: { folders: ['src', 'tests', 'scripts'], pattern: /\.test\.tsx?$/ },
  browser: { folders: ['tests/browser'], pattern: /\.browser\.ts$/ },
};

function findFiles(folder: string, pattern: RegExp): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((path) => pattern.test(path))
    .map((path) => join(folder, path));
}

interface FileResult {
  file: string;
  ms: number;
  failed: boolean;
  tests: TimingLine[];
}

function runFile(file: string, bundle: TestBundle, timingDir: string, index: number): Promise<FileResult> {
  const timings = join(timingDir, `${index}.jsonl`);
  const args = [
    ...TEST_V8_FLAGS,
    '--enable-source-maps',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    `--test-reporter=./${bundle.entryOf(REPORTER)}`,
    `--test-reporter-destination=${timings}`,
    bundle.entryOf(file),
  ];
  const env = { ...process.env, ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}) };
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    running.add(child);
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    let timedOut = false;
    const cancelDeadline = stopAfter(child, FILE_TIMEOUT_MS, () => (timedOut = true));
    child.on('close', (code, signal) => {
      cancelDeadline();
      running.delete(child);
      const ms = performance.now() - started;
      const failed = code !== 0;
      let tests: TimingLine[] = [];
      try {
        tests = readFileSync(timings, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as TimingLine);
      } catch {
        // the file crashed before its first test: its output says why
      }
      const status = timedOut
        ? `FAILED (stopped after ${seconds(FILE_TIMEOUT_MS)}: TEST_FILE_TIMEOUT_SECONDS; the tests it had not finished are missing below)`
        : failed
          ? `FAILED (exit ${code ?? signal})`
          : 'ok';
      process.stdout.write(`\n──── ${file}: ${status}, ${seconds(ms)} ────\n${Buffer.concat(output).toString()}`);
      done({ file, ms, failed, tests });
    });
  });
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function runAll(files: string[], bundle: TestBundle, concurrency: number): Promise<FileResult[]> {
  const timingDir = mkdtempSync(join(tmpdir(), 'stadtportal-timings-'));
  const queue = files.map((file, index) => ({ file, index }));
  const results: FileResult[] = [];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) results.push(await runFile(next.file, bundle, timingDir, next.index));
  };
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  } finally {
    rmSync(timingDir, { recursive: true, force: true });
  }
  return results;
}

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
  const bundle = await bundleTests(ROOT, bundleDir, [...files, REPORTER]);
  const toRun = chosen.length === 0 && process.env.TEST_DATABASE_URL ? onlyThoseReadingTheDatabaseUrl(files, bundle) : files;
  const results = await runAll(longestFirst(toRun, previous), bundle, concurrency).finally(() => rmSync(bundleDir, { recursive: true, force: true }));
  const measured: Durations = Object.fromEntries(results.map((result) => [result.file, Math.round(result.ms)]));
  writeDurations(DURATIONS, previous, measured);
  process.stdout.write(summary(results, performance.now() - started, concurrency));
  return results.some((result) => result.failed) ? 1 : 0;
}

process.exitCode = await main();
