import cluster, { type Worker } from 'node:cluster';
import { openAndMigrate } from './bootstrap';
import type { Config } from './kernel/config';
import { MODULES } from './registry';

/** pino's numbers for LOG_LEVEL, which the portal processes log with; `silent` writes nothing. */
const LEVELS: Record<Config['logLevel'], number> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: Infinity };

/** Lines in the log's shape (pino's JSON) from the process that starts the others, at LOG_LEVEL and above. */
function logAt(logLevel: Config['logLevel']) {
  return (level: 30 | 50, msg: string, details: Record<string, unknown> = {}): void => {
    if (level < LEVELS[logLevel]) return;
    process.stdout.write(`${JSON.stringify({ level, time: Date.now(), pid: process.pid, msg, ...details })}\n`);
  };
}

/** A pause before a dead process is replaced, so a fault at every start (the database gone) does not spin. */
const RESTART_DELAY_MS = 1000;

/**
 * WEB_CONCURRENCY > 1 (PostgreSQL only): this process migrates and seeds once, then starts that many
 * portal processes sharing the port (node:cluster hands each new connection to the next one). One
 * process runs JavaScript on one core; with several, a machine's cores all serve requests. Each is a
 * whole portal: its pool, its caches (kept exact through LISTEN/NOTIFY), its job worker (jobs are
 * claimed with SKIP LOCKED); what they share lives in the database (docs/operations.md). A process
 * that dies is started again once one of them has listened; before that, a death stops the start (a
 * broken configuration or database fails every process alike). A signal goes to every process, each
 * drains and stops as a single one does, and this one exits when all have.
 */
export async function runWebProcesses(config: Config): Promise<void> {
  const log = logAt(config.logLevel);
  const { database } = await openAndMigrate(config, MODULES);
  await database.close();

  const listening = new Set<number>();
  let stopping = false;
  let exitCode = 0;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  };
  const start = () =>
    cluster.fork().once('listening', function (this: Worker) {
      listening.add(this.id);
    });

  cluster.on('exit', (worker, code, signal) => {
    const running = Object.keys(cluster.workers ?? {}).length;
    if (stopping) {
      if (running === 0) process.exit(exitCode);
      return;
    }
    if (listening.size === 0) {
      log(50, 'a portal process ended before any listened: the start is stopped', { worker: worker.process.pid, code, signal });
      exitCode = 1;
      stop('SIGTERM');
      if (running === 0) process.exit(exitCode);
      return;
    }
    log(50, 'a portal process ended; starting another in a second', { worker: worker.process.pid, code, signal });
    setTimeout(() => stopping || start(), RESTART_DELAY_MS);
  });
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  for (let i = 0; i < config.processes; i += 1) start();
  log(30, `${config.processes} portal processes on port ${config.port}`);
}
