/**
 * The `wlan` part of `npm run bench` (alone: `npm run bench -- wlan`), on PGlite and PostgreSQL, in two
 * child processes per database (PGlite admits one process at a time):
 * - map (measure-map.ts), on BENCH_WLAN_HOTSPOTS (5,000) generated hotspots: the map data endpoint and
 *   the no-JS list of the nearest 20, p95 against the goal of 50 ms, warm and right after an import;
 * - import (measure-import.ts), of a generated meshviewer.json of BENCH_WLAN_NODES (5,000) nodes through
 *   `wlan:import`'s use case: seconds (goal < 2 s), CPU, RSS before and at its highest (bounded: the
 *   feed is read with a hard size limit and parsed once), the same feed again; then the feed turning
 *   into garbage, cut off and vanished: each run fails and the last good state is kept (a digest of
 *   every hotspot row before and after).
 * The pages /wlan, near a street, a hotspot, the GeoJSON and the statistics under load are rows of the
 * `pages` part. A measurement, not a test: exits 0 whether goals pass or fail (1 only when nothing was
 * measured).
 *
 * Settings (environment): BENCH_WLAN_HOTSPOTS (5000), BENCH_WLAN_ROUNDS (200), BENCH_WLAN_NODES (5000),
 * BENCH_SKIP_POSTGRES=1, BENCH_SKIP_PGLITE=1, BENCH_DATABASE_URL or TEST_DATABASE_URL.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { generatedNodes, meshviewerJson } from '../../src/modules/wlan';
import { installCleanupHandlers, runPart } from '../lib/cleanup';
import { measureOnEachDatabase, numberFromEnv, type BenchDatabase } from '../lib/databases';
import { mergeResults } from '../lib/results';
import { fixed, renderTable } from '../lib/table';
import type { Latency } from './measure-map';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const HOTSPOTS = numberFromEnv('BENCH_WLAN_HOTSPOTS', 5000);
const NODES = numberFromEnv('BENCH_WLAN_NODES', 5000);
const GOALS = { p95Ms: 50, importSeconds: 2 };
const log = (line: string) => process.stderr.write(`[bench wlan] ${line}\n`);
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

interface Imported {
  fileMb: number;
  nodes: number;
  taken: number;
  outcome: string;
  importSeconds: number;
  importCpuSeconds: number;
  rssBeforeMb: number;
  rssPeakMb: number;
  reimport: { outcome: string; seconds: number };
  badFeeds: Array<{ name: string; outcome: string; kept: boolean }>;
  hotspots: number;
}

interface Measured {
  database: BenchDatabase;
  map: Latency[];
  imported: Imported | undefined;
}

async function child<T>(script: string, env: Record<string, string>): Promise<T> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', `bench/wlan/${script}`], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    timeout: 300_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as T;
}

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0];

async function main(): Promise<void> {
  installCleanupHandlers();
  const feedDir = mkdtempSync(join(tmpdir(), 'stadtportal-bench-wlan-feed-'));
  const file = join(feedDir, 'meshviewer.json');
  try {
    writeFileSync(file, meshviewerJson(generatedNodes(NODES)));
    const measured = await measureOnEachDatabase(PROJECT_ROOT, 'stadtportal-bench-wlan-', log, async (database, env): Promise<Measured> => {
      // The map first, on its generated hotspots; the import then adds a feed's nodes beside them.
      const map = await child<{ results: Latency[] }>('measure-map.ts', { ...env, BENCH_WLAN_HOTSPOTS: String(HOTSPOTS) }).then(
        (result) => result.results,
        (error: unknown) => (log(`${database}: map not measured: ${firstLine(error)}`), [] as Latency[]),
      );
      const imported = await child<Imported>('measure-import.ts', { ...env, BENCH_WLAN_FILE: file }).catch((error: unknown) => {
        log(`${database}: import not measured: ${firstLine(error)}`);
        return undefined;
      });
      log(`${database}: ${map.map((row) => `${row.name} p95 ${row.p95Ms.toFixed(1)} ms`).join(', ')}; import ${imported?.importSeconds.toFixed(2) ?? '–'} s`);
      return { database, map, imported };
    });
    if (measured.every((entry) => entry.map.length === 0 && !entry.imported)) process.exitCode = 1;
    const out = (text: string) => process.stdout.write(`${text}\n`);
    out(`\nStadtportal WLAN benchmark — ${new Date().toISOString()}, ${availableParallelism()} cores, Node ${process.version}`);
    out(`Machine load (1-min average) at end: ${(loadavg()[0] ?? 0).toFixed(1)}. ${HOTSPOTS.toLocaleString('en')} generated hotspots for the map.`);
    const mapRows = measured.flatMap(({ database, map }) =>
      map.map((row) => [
        database,
        row.name,
        fixed(row.requests),
        fixed(row.bytes / 1024, 1),
        fixed(row.p50Ms, 1),
        fixed(row.p95Ms, 1),
        `p95 < ${GOALS.p95Ms} ms: ${verdict(row.p95Ms < GOALS.p95Ms)}`,
      ]),
    );
    out(`\n${renderTable(['database', 'request', 'requests', 'KB', 'p50 ms', 'p95 ms', 'goal'], mapRows)}`);
    const importRows = measured.flatMap(({ database, imported }) =>
      imported
        ? [
            [
              database,
              `${fixed(imported.taken)} of ${fixed(imported.nodes)} (${fixed(imported.fileMb, 1)} MB)`,
              fixed(imported.importSeconds, 2),
              fixed(imported.importCpuSeconds, 2),
              `${fixed(imported.rssBeforeMb)} → ${fixed(imported.rssPeakMb)}`,
              `${imported.reimport.outcome}, ${fixed(imported.reimport.seconds, 2)} s`,
              `< ${GOALS.importSeconds} s: ${verdict(imported.outcome === 'succeeded' && imported.importSeconds < GOALS.importSeconds)}`,
            ],
          ]
        : [],
    );
    out(`\n${renderTable(['database', 'nodes', 'import s', 'CPU s', 'RSS MB (before → peak)', 'second import', 'goal'], importRows)}`);
    const badRows = measured.flatMap(({ database, imported }) =>
      (imported?.badFeeds ?? []).map((bad) => [database, bad.name, bad.outcome, bad.kept ? 'yes' : 'NO', verdict(bad.outcome === 'failed' && bad.kept)]),
    );
    out(`\n${renderTable(['database', 'feed', 'import', 'last good state kept', 'goal'], badRows)}`);
    mergeResults(join(PROJECT_ROOT, 'bench', 'results.json'), { wlan: { date: new Date().toISOString(), hotspots: HOTSPOTS, nodes: NODES, measured } });
  } finally {
    rmSync(feedDir, { recursive: true, force: true });
  }
}

runPart('wlan benchmark', main);
