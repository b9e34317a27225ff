import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/kernel/config';
import { MODULES } from '../../src/registry';
import { pgliteTemplate } from './database';
import { programArgs } from './programs';

/** A port the kernel just handed out; free unless someone grabs it in the next moment. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * A DATA_DIR for a real server process. With `migrated`, its PGlite starts as a copy of the migrated
 * test template, so the process starts in about a second instead of running initdb (docs/database.md, trap 6).
 */
export async function freshDataDir(options: { migrated?: boolean } = {}): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'stadtportal-server-'));
  if (options.migrated) cpSync(join(await pgliteTemplate(MODULES), 'pglite'), join(dir, 'pglite'), { recursive: true });
  return dir;
}

export interface ServerProcess {
  child: ChildProcess;
  pid: number;
  port: number;
  dataDir: string;
  url(path: string): string;
  stdout(): string;
  stderr(): string;
  /** Resolves when the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The real server (src/main.ts, from the test bundle: tests/support/programs.ts), on PGlite in `dataDir`. */
export function spawnServer(options: { dataDir: string; port: number; env?: Record<string, string> }): ServerProcess {
  // The test runner's --liftoff-only (scripts/run-tests.ts says why) holds for the servers tests start.
  const v8Flags = process.execArgv.filter((flag) => flag === '--liftoff-only');
  const child = spawn(process.execPath, [...v8Flags, ...programArgs('main')], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? tmpdir(),
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: String(options.port),
      DATA_DIR: options.dataDir,
      LOG_LEVEL: 'warn',
      ...options.env,
    },
  });
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit) =>
    child.once('exit', (code, signal) => resolveExit({ code, signal })),
  );
  return {
    child,
    pid: child.pid!,
    port: options.port,
    dataDir: options.dataDir,
    url: (path) => `http://127.0.0.1:${options.port}${path}`,
    stdout: () => out,
    stderr: () => err,
    exited,
  };
}

/** Polls /healthz until it answers 200; fails early with the process output when it exits instead. */
export async function waitUntilHealthy(server: ServerProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exit: { code: number | null } | undefined;
  void server.exited.then((result) => (exit = result));
  while (Date.now() < deadline) {
    if (exit) throw new Error(`server exited with ${exit.code} before it was healthy:\n${server.stderr()}${server.stdout()}`);
    try {
      const response = await fetch(server.url('/healthz'), { signal: AbortSignal.timeout(2000) });
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
  throw new Error(`server not healthy after ${timeoutMs} ms:\n${server.stderr()}${server.stdout()}`);
}

/** Stops a server if it still runs (test clean-up); SIGKILL after a grace period. */
export async function stopServer(server: ServerProcess, graceMs = 10_000): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), graceMs);
  await server.exited;
  clearTimeout(timer);
}
