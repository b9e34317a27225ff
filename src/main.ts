import cluster from 'node:cluster';
import { createApp } from './app';
import { openAndMigrate } from './bootstrap';
import { ConfigError, loadConfig } from './kernel/config';
import { DataDirLockedError, MigrationError } from './kernel/db';
import { createWorker, scheduleRecurring, startPolling, type Worker } from './kernel/jobs';
import { MODULES, kernelJobs } from './registry';
import { runWebProcesses } from './web-processes';

async function main(): Promise<void> {
  const config = loadConfig(process.env, MODULES);
  if (config.processes > 1 && cluster.isPrimary) return runWebProcesses(config);
  const { database, deps } = await openAndMigrate(config, MODULES);
  const app = await createApp(deps);

  let worker: Worker | undefined;
  if (config.jobs) {
    const handlers = [...kernelJobs(deps, app.log), ...MODULES.flatMap((module) => module.jobs?.(deps) ?? [])];
    await scheduleRecurring(database.db, handlers);
    worker = startPolling(createWorker(database.db, handlers, app.log), app.log);
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    // A second signal during the drain delay ends the delay; the shutdown itself runs once.
    if (stopping) {
      app.lifecycle.skipWait();
      return;
    }
    stopping = true;
    app.log.info({ signal, drainSeconds: config.shutdownDrainSeconds }, 'shutting down: draining, then finishing in-flight requests');
    // /healthz answers 503 first, so the load balancer stops sending requests before the server closes.
    await app.lifecycle.drain(config.shutdownDrainSeconds);
    // Order matters: stop taking requests and let running ones finish, then jobs, then the database.
    // A keep-alive connection whose request finishes during close() turns idle afterwards; close it
    // too, or close() waits for the keep-alive timeout (72 s) and the orchestrator kills us first.
    const closeIdle = setInterval(() => app.server.closeIdleConnections(), 100);
    await app.close();
    clearInterval(closeIdle);
    await worker?.stop();
    await database.close();
    process.exit(0);
  };
  // A bug in one request or job must not take the portal down for everyone else.
  process.on('unhandledRejection', (reason) => app.log.error({ err: reason }, 'unhandled rejection'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  app.log.info(`${config.municipality.officialName}: Stadtportal läuft auf ${config.baseUrl} (${database.kind})`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataDirLockedError || error instanceof MigrationError) {
    process.stderr.write(`\n${error.message}\n\n`);
  } else {
    process.stderr.write(`Start fehlgeschlagen: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
