/**
 * The `backup` part of `npm run bench` (alone: `npm run bench -- backup`): a round trip of the demo
 * installation through the real command line of the production bundle (`node dist/cli.js`, as in
 * the container), on PGlite and on PostgreSQL:
 * - the demo installation is made by `migrate` with DEMO_DATA=true (not timed);
 * - `backup <file>`: seconds from start to exit (process start included), the archive's size;
 * - `restore <file>` into an empty target (a new DATA_DIR; a new database on the same server), which
 *   checks every table's rows itself: seconds, and whether it succeeded.
 * A measurement, not a test: exits 0 whether goals pass or fail (1 only when nothing was measured).
 *
 * Settings (environment): BENCH_SKIP_POSTGRES=1, BENCH_SKIP_PGLITE=1, BENCH_DATABASE_URL or TEST_DATABASE_URL.
 */
import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { installCleanupHandlers, runPart, track } from '../lib/cleanup';
import { measureOnEachDatabase, type BenchDatabase } from '../lib/databases';
import { mergeResults } from '../lib/results';
import { fixed, renderTable } from '../lib/table';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
/** A small installation's round trip should fit into a maintenance window's minute. */
const GOAL_SECONDS = 60;
const log = (line: string) => process.stderr.write(`[bench backup] ${line}\n`);

interface RoundTrip {
  database: BenchDatabase;
  tables: number;
  rows: number;
  files: number;
  archiveMb: number;
  backupSeconds: number;
  restoreSeconds: number;
  restored: boolean;
}

async function cli(args: string[], env: Record<string, string>): Promise<{ seconds: number; stdout: string }> {
  const started = performance.now();
  const { stdout } = await promisify(execFile)(process.execPath, ['--enable-source-maps', 'dist/cli.js', ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', JOBS: 'false', ...env },
    timeout: 300_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  return { seconds: (performance.now() - started) / 1000, stdout };
}

/** An empty database beside the one of `url` for the restore; `release` drops it. */
async function emptyDatabaseBeside(url: string): Promise<{ url: string; release: () => Promise<void> }> {
  const name = `stadtportal_bench_restore_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const drop = async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`drop database if exists "${name}" with (force)`).finally(() => client.end());
  };
  const release = track({ name: 'restore database', release: drop, releaseSync: () => {} });
  const target = new URL(url);
  target.pathname = `/${name}`;
  return { url: target.toString(), release };
}

async function roundTrip(database: BenchDatabase, env: Record<string, string>): Promise<RoundTrip> {
  const source = { ...env, DEMO_DATA: 'true' };
  await cli(['migrate'], source);
  const archive = join(env.DATA_DIR!, '..', `${database}-backup.tar.gz`);
  const backup = await cli(['backup', archive], source);
  const counts = /(\d+) Tabellen mit ([\d.]+) Zeilen/.exec(backup.stdout);
  const files = /Dateien: (\d+)/.exec(backup.stdout);
  const empty = env.DATABASE_URL ? await emptyDatabaseBeside(env.DATABASE_URL) : undefined;
  let restore: { seconds: number; stdout: string };
  try {
    restore = await cli(['restore', archive], { DATA_DIR: `${env.DATA_DIR}-restored`, ...(empty ? { DATABASE_URL: empty.url } : {}) });
  } finally {
    await empty?.release();
  }
  const result: RoundTrip = {
    database,
    tables: Number(counts?.[1] ?? 0),
    rows: Number((counts?.[2] ?? '0').replaceAll('.', '')),
    files: Number(files?.[1] ?? 0),
    archiveMb: statSync(archive).size / 1024 / 1024,
    backupSeconds: backup.seconds,
    restoreSeconds: restore.seconds,
    restored: /^Wiederhergestellt aus/m.test(restore.stdout),
  };
  log(`${database}: backup ${result.backupSeconds.toFixed(1)} s, restore ${result.restoreSeconds.toFixed(1)} s, ${result.archiveMb.toFixed(1)} MB`);
  return result;
}

async function main(): Promise<void> {
  installCleanupHandlers();
  const measured = await measureOnEachDatabase(PROJECT_ROOT, 'stadtportal-bench-backup-', log, (database, env) =>
    roundTrip(database, env).catch((error: unknown) => {
      log(`${database}: not measured: ${(error instanceof Error ? error.message : String(error)).split('\n').slice(0, 3).join(' ')}`);
      return undefined;
    }),
  );
  const rows = measured.filter((entry): entry is RoundTrip => entry !== undefined);
  if (rows.length === 0) process.exitCode = 1;
  const out = (text: string) => process.stdout.write(`${text}\n`);
  out(`\nStadtportal backup benchmark — ${new Date().toISOString()}, ${availableParallelism()} cores, Node ${process.version}`);
  out(`Machine load (1-min average) at end: ${(loadavg()[0] ?? 0).toFixed(1)}. The demo installation, through node dist/cli.js (process start included).`);
  out(
    `\n${renderTable(
      ['database', 'tables', 'rows', 'files', 'archive MB', 'backup s', 'restore s', 'rows checked', 'goal'],
      rows.map((row) => [
        row.database,
        fixed(row.tables),
        fixed(row.rows),
        fixed(row.files),
        fixed(row.archiveMb, 1),
        fixed(row.backupSeconds, 1),
        fixed(row.restoreSeconds, 1),
        row.restored ? 'yes' : 'NO',
        `round trip < ${GOAL_SECONDS} s: ${row.restored && row.backupSeconds + row.restoreSeconds < GOAL_SECONDS ? 'met' : 'MISSED'}`,
      ]),
    )}`,
  );
  mergeResults(join(PROJECT_ROOT, 'bench', 'results.json'), { backup: { date: new Date().toISOString(), measured: rows } });
}

runPart('backup benchmark', main);
