import { spawn } from 'node:child_process';
import { BackupError } from './errors';

/**
 * PostgreSQL's own client programs (pg_dump, psql) with the connection from DATABASE_URL. The
 * password travels in PGPASSWORD, never on the command line, where `ps` would show it.
 */
export function connectionFor(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { dbname: parsed.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

/** Runs a client program to its end; its error output becomes the BackupError's message. */
export function runTool(program: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 20_000) stderr += chunk.toString();
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new BackupError(
              `${program} wurde nicht gefunden. Installieren Sie die PostgreSQL-Client-Programme (Debian: apt-get install postgresql-client) in der Version des Servers oder neuer.`,
            )
          : error,
      );
    });
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new BackupError(`${program} ist mit Code ${code} abgebrochen:\n${stderr.trim()}`));
    });
  });
}
