/** For the command-line tests: the real CLI in a child process on its own fresh PGlite directory. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../kernel/config';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliRunner {
  dataDir: string;
  cli(...args: string[]): Promise<Run>;
  remove(): void;
}

export function cliRunner(prefix: string): CliRunner {
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  // Always a fresh PGlite directory, also when the suite runs against PostgreSQL.
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'test', DATA_DIR: dataDir, DEMO_DATA: 'false', LOG_LEVEL: 'silent', JOBS: 'false', BASE_URL: 'http://portal.test' };
  delete env.DATABASE_URL;
  return {
    dataDir,
    cli: (...args) =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: PROJECT_ROOT, env });
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
