/**
 * The `council` part of `npm run bench` (alone: `npm run bench -- council`), issue 13's goals:
 * - the OParl server (measure-api.ts): the first page of a body's papers with `modified_since` at
 *   BENCH_COUNCIL_PAPERS (100,000) papers, p95 < 50 ms;
 * - the full-text paper search (measure-search.ts) at 10,000 papers with file texts, p95 < 100 ms;
 * - the import (measure-import.ts) of a 10,000-paper body from a local fixture server: objects/s, peak RSS;
 * - the demo's seed (measure-demo.ts), what it adds to the first start (PGlite only).
 * The first three run on PGlite and PostgreSQL, each in a child process with a database of its own.
 * The /rat pages under load are rows of the `pages` part. A measurement, not a test: exits 0 whether
 * goals pass or fail (1 only when nothing was measured).
 */
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { availableParallelism, loadavg } from 'node:os';
import { installCleanupHandlers, runPart } from '../lib/cleanup';
import { measureOnEachDatabase, type BenchDatabase } from '../lib/databases';
import { mergeResults } from '../lib/results';
import { fixed, renderTable } from '../lib/table';
import type { ApiLatency } from './measure-api';
import { measureDemo } from './measure-demo';
import type { ImportMeasure } from './measure-import';
import { searchTable, type SearchMeasurement } from './measure-search';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const log = (line: string) => process.stderr.write(`[bench council] ${line}\n`);
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0];

interface Measured {
  database: BenchDatabase;
  api: ApiLatency[];
  search: SearchMeasurement | undefined;
  imported: ImportMeasure | undefined;
}

/** A database of its own for one measurement: a data directory beside the part's, or a new database in the cluster. */
async function ownDatabase(env: Record<string, string>, name: string): Promise<Record<string, string>> {
  if (!env.DATABASE_URL) return { ...env, DATA_DIR: join(env.DATA_DIR!, name) };
  const url = new URL(env.DATABASE_URL);
  const database = `${url.pathname.slice(1)}_${name}`;
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(`drop database if exists ${database}`);
    await client.query(`create database ${database}`);
  } finally {
    await client.end();
  }
  url.pathname = `/${database}`;
  return { ...env, DATABASE_URL: url.href, DATA_DIR: join(env.DATA_DIR!, name) };
}

async function child<T>(part: string, env: Record<string, string>): Promise<T> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'bench/council/child.ts', part], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...(await ownDatabase(env, part)) },
    timeout: 600_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as T;
}

async function measure<T>(database: BenchDatabase, part: string, env: Record<string, string>): Promise<T | undefined> {
  return child<T>(part, env).catch((error: unknown) => {
    log(`${database}: ${part} not measured: ${firstLine(error)}`);
    return undefined;
  });
}

async function main(): Promise<void> {
  installCleanupHandlers();
  const out = (text: string) => process.stdout.write(`${text}\n`);
  const measured = await measureOnEachDatabase(PROJECT_ROOT, 'stadtportal-bench-council-', log, async (database, env): Promise<Measured> => {
    const api = (await measure<ApiLatency[]>(database, 'api', env)) ?? [];
    const search = await measure<SearchMeasurement>(database, 'search', env);
    const imported = await measure<ImportMeasure>(database, 'import', env);
    log(`${database}: api ${api.length} rows, search ${search ? 'done' : '–'}, import ${imported ? `${fixed(imported.objectsPerSecond)} objects/s` : '–'}`);
    return { database, api, search, imported };
  });
  out(`\nStadtportal council benchmark — ${new Date().toISOString()}, ${availableParallelism()} cores, Node ${process.version}`);
  out(`Machine load (1-min average) at end: ${(loadavg()[0] ?? 0).toFixed(1)}.`);
  const apiRows = measured.flatMap(({ database, api }) =>
    api.map((row) => [
      database,
      row.name,
      fixed(row.requests),
      fixed(row.kb, 1),
      fixed(row.p50Ms, 1),
      fixed(row.p95Ms, 1),
      fixed(row.cpuMs, 1),
      row.goalMs ? `p95 < ${row.goalMs} ms: ${verdict(row.p95Ms < row.goalMs)}` : '',
    ]),
  );
  out(`\nOParl server\n${renderTable(['database', 'request', 'requests', 'KB', 'p50 ms', 'p95 ms', 'CPU ms/request', 'goal'], apiRows)}`);
  const searches = measured.flatMap(({ search }) => (search ? [search] : []));
  out(`\nFull-text paper search\n${searchTable(searches)}`);
  const importRows = measured.flatMap(({ database, imported }) =>
    imported
      ? [
          [
            database,
            fixed(imported.papers),
            fixed(imported.objects),
            fixed(imported.seconds, 1),
            fixed(imported.objectsPerSecond),
            fixed(imported.rssPeakMb),
            fixed(imported.incrementalSeconds, 1),
          ],
        ]
      : [],
  );
  out(
    `\nOParl import from a local fixture server\n${renderTable(['database', 'papers', 'objects', 'seconds', 'objects/s', 'peak RSS MB', 'again, unchanged (s)'], importRows)}`,
  );
  const demo = await measureDemo(out);
  if (measured.every((entry) => entry.api.length === 0 && !entry.search && !entry.imported)) process.exitCode = 1;
  mergeResults(join(PROJECT_ROOT, 'bench', 'results.json'), { council: { date: new Date().toISOString(), measured, demo } });
}

runPart('council benchmark', main);
