/**
 * The `wlan` part of `npm run bench` (alone: `npm run bench -- wlan`), on PGlite and PostgreSQL:
 * - import of a generated meshviewer.json of BENCH_WLAN_NODES (5,000) nodes through `wlan:import`'s use
 *   case: seconds (goal < 2 s), CPU, the process's RSS before and at its highest (bounded: the feed is
 *   read with a hard size limit and parsed once), and the same feed again;
 * - a feed that turns into garbage, is cut off or vanishes: each run fails and the last good state is
 *   kept (a digest of every hotspot row before and after).
 * The statistics page under load is a row of the `pages` part (bench/pages/page-types.ts).
 * A measurement, not a test: exits 0 whether goals pass or fail (1 only when nothing was measured).
 *
 * Settings (environment): BENCH_WLAN_NODES (5000), BENCH_SKIP_POSTGRES=1, BENCH_SKIP_PGLITE=1,
 * BENCH_DATABASE_URL or TEST_DATABASE_URL.
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

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const NODES = numberFromEnv('BENCH_WLAN_NODES', 5000);
const GOAL_SECONDS = 2;
const log = (line: string) => process.stderr.write(`[bench wlan] ${line}\n`);
const verdict = (ok: boolean) => (ok ? 'erreicht' : 'VERFEHLT');

interface Measured {
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

async function main(): Promise<void> {
  installCleanupHandlers();
  const feedDir = mkdtempSync(join(tmpdir(), 'stadtportal-bench-wlan-feed-'));
  const file = join(feedDir, 'meshviewer.json');
  try {
    writeFileSync(file, meshviewerJson(generatedNodes(NODES)));
    const results = await measureOnEachDatabase(PROJECT_ROOT, 'stadtportal-bench-wlan-', log, async (database: BenchDatabase, env) => {
      const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'bench/wlan/measure.ts'], {
        cwd: PROJECT_ROOT,
        env: { ...process.env, ...env, BENCH_WLAN_FILE: file },
        timeout: 300_000,
        maxBuffer: 16 * 1024 * 1024,
      });
      const measured = JSON.parse(stdout.trim().split('\n').at(-1)!) as Measured;
      log(`${database}: ${measured.taken} nodes in ${measured.importSeconds.toFixed(2)} s`);
      return { database, measured };
    });
    if (results.length === 0) process.exitCode = 1;
    const out = (text: string) => process.stdout.write(`${text}\n`);
    out(`\nStadtportal WLAN benchmark — ${new Date().toISOString()}, ${availableParallelism()} cores, Node ${process.version}`);
    out(`Machine load (1-min average) at end: ${(loadavg()[0] ?? 0).toFixed(1)}.`);
    const importRows = results.map(({ database, measured }) => [
      database,
      `${fixed(measured.taken)} von ${fixed(measured.nodes)} (${fixed(measured.fileMb, 1)} MB)`,
      fixed(measured.importSeconds, 2),
      fixed(measured.importCpuSeconds, 2),
      `${fixed(measured.rssBeforeMb)} → ${fixed(measured.rssPeakMb)}`,
      `${measured.reimport.outcome}, ${fixed(measured.reimport.seconds, 2)} s`,
      `< ${GOAL_SECONDS} s: ${verdict(measured.outcome === 'succeeded' && measured.importSeconds < GOAL_SECONDS)}`,
    ]);
    out(`\n${renderTable(['Datenbank', 'Knoten', 'Import s', 'CPU s', 'RSS MB (vorher → Spitze)', 'Zweiter Import', 'Ziel'], importRows)}`);
    const badRows = results.flatMap(({ database, measured }) =>
      measured.badFeeds.map((bad) => [database, bad.name, bad.outcome, bad.kept ? 'ja' : 'NEIN', verdict(bad.outcome === 'failed' && bad.kept)]),
    );
    out(`\n${renderTable(['Datenbank', 'Feed', 'Import', 'Letzter guter Stand erhalten', 'Ziel'], badRows)}`);
    mergeResults(join(PROJECT_ROOT, 'bench', 'results.json'), { wlan: { date: new Date().toISOString(), nodes: NODES, results } });
  } finally {
    rmSync(feedDir, { recursive: true, force: true });
  }
}

runPart('wlan benchmark', main);
