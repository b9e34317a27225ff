import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { createApp } from '../../src/app';
import { moduleDeps } from '../../src/bootstrap';
import { loadConfig, type Config } from '../../src/kernel/config';
import type { Database } from '../../src/kernel/db';
import { createWorker, type Worker } from '../../src/kernel/jobs';
import type { ModuleDeps, ModuleManifest } from '../../src/kernel/module';
import { MODULES, kernelJobs } from '../../src/registry';
import { openTestDatabase, type TestDatabase } from './database';
import { TestClient } from './test-client';

export interface TestApp {
  app: FastifyInstance;
  db: Database;
  database: TestDatabase;
  config: Config;
  deps: ModuleDeps;
  /** Runs due jobs (mail delivery, ...) the way the background worker would. */
  worker: Worker;
  client(): TestClient;
  /** Empties all tables; call in beforeEach. */
  reset(): Promise<void>;
  /**
   * Resolves once this process has heard every change committed so far (kernel/db/changes.ts): call
   * it after writing to the database directly, before calling a use case that may read through a
   * cache. Requests to `app` wait for it themselves.
   */
  settled(): Promise<void>;
  close(): Promise<void>;
}

export function testConfig(env: Record<string, string> = {}, modules: readonly ModuleManifest[] = MODULES): Config {
  return loadConfig(
    {
      NODE_ENV: 'test',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'stadtportal-data-')),
      APP_SECRET: 'test-secret-test-secret-test-secret-0123',
      LOG_LEVEL: 'silent',
      DEMO_DATA: 'false',
      JOBS: 'false',
      BASE_URL: 'http://portal.test',
      ...env,
    },
    modules,
    { someModulesOnly: modules !== MODULES },
  );
}

/** The real app on a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL): one per test file. */
export interface TestAppOptions {
  env?: Record<string, string>;
  modules?: ModuleManifest[];
  /** Test-only routes, registered before the app is ready (the browser suites serve axe-core so). */
  extend?: (app: FastifyInstance) => void;
}

export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const modules = options.modules ?? MODULES;
  const config = testConfig(options.env, modules);
  const database = await openTestDatabase(modules);
  const deps = moduleDeps(config, database.handle, modules);
  const app = await createApp(deps);
  // A test that wrote with `db` directly must not meet a cache that has not heard of it yet (PostgreSQL
  // notifies over a connection of its own): every request first waits until this process heard every
  // change committed so far. The test client waits before the request (the page cache answers in an
  // earlier hook than this one); this hook covers the browser suites' requests and `app.inject`.
  app.addHook('onRequest', async () => database.handle.changes.settled());
  options.extend?.(app);
  await app.ready();
  const handlers = [...kernelJobs(deps), ...modules.flatMap((module) => module.jobs?.(deps) ?? [])];
  const worker = createWorker(database.handle.db, handlers, app.log);
  return {
    app,
    db: database.handle.db,
    database,
    config,
    deps,
    worker,
    client: () => new TestClient(app, () => database.handle.changes.settled()),
    // Pages kept with a stated staleness outlive the emptying's notifications by seconds: a new test starts with none.
    reset: async () => {
      await database.emptyAll();
      app.keptPages.clear();
    },
    settled: () => database.handle.changes.settled(),
    close: async () => {
      await app.close();
      await database.close();
      rmSync(config.dataDir, { recursive: true, force: true });
    },
  };
}
