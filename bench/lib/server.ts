import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { track } from './cleanup';
import { freePort } from './ports';

export interface ServerSpec {
  /** Shown in errors, e.g. "portal (PGlite)". */
  name: string;
  /** Node arguments, e.g. ['--import', 'tsx', 'src/main.ts']; node itself is the child, no wrapper. */
  args: string[];
  cwd: string;
  env: Record<string, string>;
  /** Polled until it answers readyStatus (200 unless given). */
  readyPath: string;
  readyStatus?: number;
  timeoutMs: number;
  /** Everything the process writes (stdout and stderr), e.g. its log lines for scripts/profile.ts. */
  onOutput?: (text: string) => void;
}

export interface RunningServer {
  pid: number;
  baseUrl: string;
  /** From spawn to the first ready answer on readyPath. */
  startupMs: number;
  /** Undefined while it runs; how it ended (code, signal, last output) once it has exited. */
  exitReport: () => string | undefined;
  stop: () => Promise<void>;
}

/** Variables a caller's shell may set that would change what the child does. */
const SCRUBBED = ['DATABASE_URL', 'DATA_DIR', 'PORT', 'HOST', 'DEMO_DATA', 'LOG_LEVEL', 'BASE_URL', 'JOBS', 'NODE_ENV'];

function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(([name]) => !SCRUBBED.includes(name));
  // On PGlite as `npm start` runs the portal (package.json; ADR 9 says why); not on PostgreSQL, where it costs memory.
  const allocator = extra.DATABASE_URL ? {} : { MALLOC_MMAP_THRESHOLD_: '131072' };
  return { ...allocator, ...Object.fromEntries(inherited), ...extra };
}

function getStatus(url: string, timeoutMs: number): Promise<number> {
  return new Promise((resolve) => {
    const req = request(url, { agent: false, timeout: timeoutMs }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
    req.end();
  });
}

/** Waits for exit; SIGKILL after graceMs. */
function terminate(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Starts a server as a child process on a free port of 127.0.0.1 and waits until it answers. */
export async function startServer(spec: ServerSpec): Promise<RunningServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, spec.args, {
    cwd: spec.cwd,
    env: childEnv({ ...spec.env, PORT: String(port), HOST: '127.0.0.1' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-4000);
    spec.onOutput?.(chunk.toString('utf8'));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });

  const release = track({
    name: spec.name,
    release: () => terminate(child, 10_000),
    releaseSync: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  });

  const pid = child.pid;
  try {
    if (pid === undefined) throw new Error('spawn failed');
    while (!exited) {
      if (performance.now() - started > spec.timeoutMs) throw new Error(`no 200 on ${spec.readyPath} within ${spec.timeoutMs} ms`);
      if ((await getStatus(`${baseUrl}${spec.readyPath}`, 1000)) === (spec.readyStatus ?? 200)) {
        const exitReport = () =>
          exited
            ? `exited with code ${child.exitCode} signal ${child.signalCode}; output: ${output.trim().split('\n').slice(-3).join(' / ') || '(none)'}`
            : undefined;
        return { pid, baseUrl, startupMs: performance.now() - started, exitReport, stop: release };
      }
      await sleep(10);
    }
    throw new Error(`exited with ${child.exitCode ?? child.signalCode}`);
  } catch (error) {
    await release();
    throw new Error(`${spec.name}: ${(error as Error).message}\n--- output ---\n${output.trim()}`);
  }
}

/** One GET for a sanity check before the load: status and body size. */
export function probe(url: string): Promise<{ status: number; bytes: number; contentType: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: false, timeout: 5000 }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes, contentType: String(res.headers['content-type'] ?? '') }));
    });
    req.on('timeout', () => req.destroy(new Error(`timeout on ${url}`)));
    req.on('error', reject);
    req.end();
  });
}
