import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { providePostgres } from './postgres';

export type BenchDatabase = 'PGlite' | 'PostgreSQL';

/** A positive number from the environment, else the fallback. */
export function numberFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/**
 * Runs `bench` on PGlite (a data dir in `tempDir`) and then on PostgreSQL (BENCH_DATABASE_URL,
 * TEST_DATABASE_URL or a throwaway cluster, released afterwards), unless BENCH_SKIP_PGLITE=1 or
 * BENCH_SKIP_POSTGRES=1. What was skipped, and where PostgreSQL came from, goes into `notes`.
 */
export async function onEachDatabase(
  projectRoot: string,
  tempDir: string,
  notes: string[],
  bench: (database: BenchDatabase, env: Record<string, string>, postgresFollows: boolean) => Promise<void>,
): Promise<void> {
  const postgresWanted = process.env.BENCH_SKIP_POSTGRES !== '1';
  if (process.env.BENCH_SKIP_PGLITE === '1') notes.push('PGlite: skipped (BENCH_SKIP_PGLITE=1)');
  else await bench('PGlite', { DATA_DIR: join(tempDir, 'pglite') }, postgresWanted);
  if (!postgresWanted) {
    notes.push('PostgreSQL: skipped (BENCH_SKIP_POSTGRES=1)');
    return;
  }
  await withPostgres(projectRoot, notes, (url) => bench('PostgreSQL', { DATABASE_URL: url, DATA_DIR: join(tempDir, 'postgres-files') }, false));
}

/**
 * Runs `bench` with the URL of a PostgreSQL database (BENCH_DATABASE_URL, TEST_DATABASE_URL or a
 * throwaway cluster, released afterwards); where it came from, or why there is none, goes into `notes`.
 */
export async function withPostgres(projectRoot: string, notes: string[], bench: (url: string) => Promise<void>): Promise<void> {
  const postgres = await providePostgres(projectRoot);
  if ('skipped' in postgres) {
    notes.push(`PostgreSQL: skipped (${postgres.skipped})`);
    return;
  }
  notes.push(`PostgreSQL: ${postgres.source}`);
  try {
    await bench(postgres.url);
  } finally {
    await postgres.release();
  }
}

/**
 * `onEachDatabase` for a part that measures each database once: a temp dir of its own (removed
 * afterwards), the notes logged, and the results in the order of the databases.
 */
export async function measureOnEachDatabase<R>(
  projectRoot: string,
  tempPrefix: string,
  log: (line: string) => void,
  measure: (database: BenchDatabase, env: Record<string, string>) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  const notes: string[] = [];
  const tempDir = mkdtempSync(join(tmpdir(), tempPrefix));
  try {
    await onEachDatabase(projectRoot, tempDir, notes, async (database, env) => {
      results.push(await measure(database, env));
    });
  } finally {
    rmSync(tempDir, { recursive: true, force: true });
  }
  for (const note of notes) log(note);
  return results;
}
