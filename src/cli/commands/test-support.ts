/**
 * For the command-line tests. Most of them call runCli in the test's own process against its test
 * app's database (`cliOn`): a spawned CLI re-imports the whole app and opens PGlite, seconds per call.
 * One spawned run per command family (`spawnCli`) proves the real entry point: exit codes and stdout.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { PROJECT_ROOT } from '../../kernel/config';
import { MODULES } from '../../registry';
import type { TestApp } from '../../../tests/support/test-app';
import { programArgs } from '../../../tests/support/programs';
import { freshDataDir } from '../../../tests/support/server-process';
import { runCli } from '../run';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run cli -- ...` as a function: the same commands, output captured, on the test app's database. */
export function cliOn(t: TestApp): (...args: string[]) => Promise<Run> {
  return async (...args) => {
    let stdout = '';
    let stderr = '';
    const io = { out: (text: string) => (stdout += `${text}\n`), err: (text: string) => (stderr += `${text}\n`) };
    // The test app keeps its database open for the next call; runCli closes only what it opened.
    const code = await runCli(args, io, async () => ({ deps: t.deps, modules: MODULES, applied: [], close: async () => {} }));
    return { code, stdout, stderr };
  };
}

export interface SpawnedCli {
  /** Its DATA_DIR (the PGlite below `pglite/`). */
  dataDir: string;
  cli(...args: string[]): Promise<Run>;
  remove(): void;
}

/** The real CLI (src/cli.ts, from the test bundle: tests/support/programs.ts) on its own copy of the migrated PGlite template (no initdb per test). */
export async function spawnCli(): Promise<SpawnedCli> {
  const dataDir = await freshDataDir({ migrated: true });
  // Always PGlite, also when the suite runs against PostgreSQL.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    DEMO_DATA: 'false',
    LOG_LEVEL: 'silent',
    JOBS: 'false',
    BASE_URL: 'http://portal.test',
  };
  delete env.DATABASE_URL;
  return {
    dataDir,
    cli: (...args) =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [...programArgs('cli'), ...args], { cwd: PROJECT_ROOT, env });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stdout, stderr }));
      }),
    remove: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}
