/**
 * The `library` part of `npm run bench` (alone: `npm run bench -- library`), on PGlite and PostgreSQL:
 * - MARC import: a generated ISO 2709 file of BENCH_LIBRARY_RECORDS (100,000) records through the
 *   import of `library:import-marc` (streamed): records/s (goal ≥ 2,000), CPU, the process's RSS
 *   before and at its highest (bounded: it must not grow with the file), and a second import of the
 *   same file (changes nothing);
 * - catalogue search on those records: the first search, which reads the index into memory (time and
 *   RSS), then a mix of words, facets, sorting and pages, one request at a
 *   time, each new to every cache: p50 and p95 (goal p95 < 50 ms).
 * The catalogue's pages under load are rows of the `pages` part (bench/pages/page-types.ts).
 * A measurement, not a test: exits 0 whether goals pass or fail (1 only when nothing was measured).
 *
 * Settings (environment): BENCH_LIBRARY_RECORDS (100000), BENCH_LIBRARY_SEARCH_SECONDS (10),
 * BENCH_SKIP_POSTGRES=1, BENCH_SKIP_PGLITE=1, BENCH_DATABASE_URL or TEST_DATABASE_URL.
 */
import { execFile } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { loadConfig } from '../../src/kernel/config';
import { catalogueFile, generatedCatalogueOptions } from '../../src/modules/library';
import { MODULES } from '../../src/registry';
import { installCleanupHandlers, runPart, track } from '../lib/cleanup';
import { numberFromEnv, onEachDatabase, type BenchDatabase } from '../lib/databases';
import { mergeResults } from '../lib/results';
import { fixed, renderTable } from '../lib/table';
import type { SearchLatency } from './searches';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const RECORDS = numberFromEnv('BENCH_LIBRARY_RECORDS', 100_000);
const SEARCH_SECONDS = numberFromEnv('BENCH_LIBRARY_SEARCH_SECONDS', 10);
const GOALS = { recordsPerSecond: 2000, searchP95Ms: 50 };
const log = (line: string) => process.stderr.write(`[bench library] ${line}\n`);

interface Measured {
  fileMb: number;
  records: number;
  failed: number;
  importSeconds: number;
  importCpuSeconds: number;
  rssBeforeMb: number;
  rssPeakMb: number;
  reimport: { unchanged: number; seconds: number };
  /** The first search after the import, which reads the catalogue's index into memory. */
  index: { loadSeconds: number; rssBeforeMb: number; rssAfterMb: number };
  search: { all: SearchLatency; each: SearchLatency[] };
}

async function measure(file: string, env: Record<string, string>): Promise<Measured> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'bench/library/measure.ts'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env, BENCH_LIBRARY_FILE: file, BENCH_LIBRARY_SEARCH_SECONDS: String(SEARCH_SECONDS) },
    timeout: 900_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as Measured;
}

const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

async function main(): Promise<void> {
  installCleanupHandlers();
  const tempDir = mkdtempSync(join(tmpdir(), 'stadtportal-bench-library-'));
  const removeTemp = () => rmSync(tempDir, { recursive: true, force: true });
  track({ name: tempDir, release: async () => removeTemp(), releaseSync: removeTemp });
  const file = join(tempDir, 'katalog.mrc');
  const config = loadConfig({ ...process.env, DATA_DIR: tempDir } as Record<string, string>, MODULES);
  await pipeline(catalogueFile(generatedCatalogueOptions({ config }, RECORDS)), createWriteStream(file));
  log(`${RECORDS.toLocaleString('en')} records written to ${file}; load average ${(loadavg()[0] ?? 0).toFixed(1)}`);

  const results: Array<{ database: BenchDatabase; measured: Measured }> = [];
  const notes: string[] = [];
  await onEachDatabase(PROJECT_ROOT, tempDir, notes, async (database, env) => {
    try {
      const measured = await measure(file, env);
      log(`${database}: ${measured.records} records in ${measured.importSeconds.toFixed(1)} s, search p95 ${measured.search.all.p95Ms.toFixed(1)} ms`);
      results.push({ database, measured });
    } catch (error) {
      notes.push(`${database}: not measured: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
    }
  });
  if (results.length === 0) process.exitCode = 1;

  const out = (text: string) => process.stdout.write(`${text}\n`);
  out(`\nStadtportal library benchmark — ${new Date().toISOString()}, ${availableParallelism()} cores, Node ${process.version}`);
  out(`Machine load (1-min average) at end: ${(loadavg()[0] ?? 0).toFixed(1)}. ${notes.join(' ')}`);
  const importRows = results.map(({ database, measured }) => {
    const rate = measured.records / measured.importSeconds;
    return [
      database,
      `${fixed(measured.records)} (${fixed(measured.fileMb, 1)} MB)`,
      fixed(rate),
      fixed(measured.records / measured.importCpuSeconds),
      `${fixed(measured.rssBeforeMb)} → ${fixed(measured.rssPeakMb)}`,
      `${fixed(measured.reimport.unchanged)} unchanged, ${fixed(measured.reimport.seconds, 1)} s`,
      `≥ ${GOALS.recordsPerSecond}/s: ${verdict(rate >= GOALS.recordsPerSecond && measured.failed === 0)}`,
    ];
  });
  out(`\n${renderTable(['database', 'records', 'records/s', 'records/CPU-s', 'RSS MB (before → peak)', 'second import', 'goal'], importRows)}`);
  const searchRows = results.flatMap(({ database, measured }) =>
    [measured.search.all, ...measured.search.each].map((latency) => [
      database,
      latency.name,
      fixed(latency.hits),
      fixed(latency.requests),
      fixed(latency.p50Ms, 1),
      fixed(latency.p95Ms, 1),
      latency === measured.search.all ? `p95 < ${GOALS.searchP95Ms} ms: ${verdict(latency.p95Ms < GOALS.searchP95Ms)}` : '',
    ]),
  );
  const indexRows = results.map(({ database, measured }) => [
    database,
    fixed(measured.index.loadSeconds, 1),
    `${fixed(measured.index.rssBeforeMb)} → ${fixed(measured.index.rssAfterMb)}`,
  ]);
  out(`\n${renderTable(['database', 'index read by the first search, s', 'RSS MB (before → after)'], indexRows)}`);
  out(`\n${renderTable(['database', 'search', 'hits', 'requests', 'p50 ms', 'p95 ms', 'goal'], searchRows)}`);
  mergeResults(join(PROJECT_ROOT, 'bench', 'results.json'), { library: { date: new Date().toISOString(), records: RECORDS, results, notes } });
}

runPart('library benchmark', main);
