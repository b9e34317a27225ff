import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { track } from './cleanup';
import { measure, warmUp, type LoadResult, type LoadSettings } from './load';
import { readMemory, type Memory } from './rss';
import { probe, startServer, type ServerSpec } from './server';

export interface HelloWorldResult {
  root: LoadResult;
  memory: Memory | undefined;
}

export interface PortalResult {
  database: 'PGlite' | 'PostgreSQL';
  databaseSource: string;
  /** First start on an empty data dir / database: migrations and demo data. */
  firstStartMs: number;
  /** Second start on the existing data dir: spawn to the first 200 on /healthz. */
  secondStartMs: number;
  /** After start and a warm-up on the start page, then a second of rest. */
  idleMemory: Memory | undefined;
  /** After all load (VmHWM is the peak over the whole run). */
  loadedMemory: Memory | undefined;
  startPage: LoadResult;
  healthz: LoadResult;
}

/** A portal that could not be measured (start failed or the time budget ran out). */
export interface PortalFailure {
  database: PortalResult['database'];
  databaseSource: string;
  reason: string;
}

export interface ScenarioOptions {
  projectRoot: string;
  load: LoadSettings;
  /** performance.now() by which every server must be stopped again: the run is bounded. */
  deadlineMs: number;
  /** Extra node flags for the portal, e.g. --cpu-prof. */
  nodeFlags: string[];
  /** The portal's entry, relative to the project: src/main.ts (run through tsx) or a built .js/.mjs file. */
  entry: string;
  log: (line: string) => void;
}

const HELLO_WORLD = 'bench/hello-world.ts';

/** TypeScript runs through tsx like `npm start`; a built JavaScript entry runs on plain node. */
export function entryArgs(entry: string): string[] {
  return /\.tsx?$/.test(entry) ? ['--import', 'tsx', entry] : [entry];
}

export async function benchHelloWorld(options: ScenarioOptions): Promise<HelloWorldResult> {
  const server = await startServer({
    name: 'hello-world',
    args: ['--import', 'tsx', HELLO_WORLD],
    cwd: options.projectRoot,
    env: {},
    readyPath: '/',
    timeoutMs: 20_000,
  });
  try {
    const url = `${server.baseUrl}/`;
    options.log(`hello-world: warm-up ${options.load.warmupSeconds} s, measure ${options.load.seconds} s`);
    await warmUp(url, options.load);
    const memory = readMemory(server.pid);
    return { root: await measure(url, options.load, server.pid), memory };
  } finally {
    await server.stop();
  }
}

function tempDataDir(): { dir: string; remove: () => Promise<void> } {
  const dir = mkdtempSync(join(tmpdir(), 'stadtportal-bench-data-'));
  const removeSync = () => rmSync(dir, { recursive: true, force: true });
  const remove = track({ name: `data dir ${dir}`, release: async () => removeSync(), releaseSync: removeSync });
  return { dir, remove };
}

async function expectOk(url: string, contentType: string): Promise<void> {
  const response = await probe(url);
  if (response.status !== 200 || !response.contentType.startsWith(contentType)) {
    throw new Error(`${url} answered ${response.status} ${response.contentType}; the benchmark needs 200 ${contentType}`);
  }
}

/** Load time of one portal after its second start: two targets with warm-up, one idle second, stops. */
function loadPhaseMs(load: LoadSettings): number {
  return (2 * (load.warmupSeconds + load.seconds) + 5) * 1000;
}

/** How long a start may take so that the phases after it still fit before the deadline. */
function startTimeout(options: ScenarioOptions, reserveMs: number, what: string): number {
  const available = Math.min(60_000, options.deadlineMs - performance.now() - reserveMs);
  if (available < 5_000) throw new Error(`time budget: no time left for ${what}`);
  return available;
}

/** Two starts of the real server on one fresh data dir (and database), then load on / and /healthz. */
export async function benchPortal(
  database: PortalResult['database'],
  databaseSource: string,
  databaseEnv: Record<string, string>,
  options: ScenarioOptions,
): Promise<PortalResult | PortalFailure> {
  try {
    return await measurePortal(database, databaseSource, databaseEnv, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    options.log(`${database}: not measured: ${reason}`);
    return { database, databaseSource, reason: reason.split('\n')[0] ?? reason };
  }
}

async function measurePortal(
  database: PortalResult['database'],
  databaseSource: string,
  databaseEnv: Record<string, string>,
  options: ScenarioOptions,
): Promise<PortalResult> {
  const data = tempDataDir();
  try {
    const spec = (flags: string[], timeoutMs: number): ServerSpec => ({
      name: `portal (${database})`,
      args: [...flags, ...entryArgs(options.entry)],
      cwd: options.projectRoot,
      env: { ...databaseEnv, DATA_DIR: data.dir, DEMO_DATA: 'true', LOG_LEVEL: 'warn' },
      readyPath: '/healthz',
      timeoutMs,
    });
    const loadMs = loadPhaseMs(options.load);

    options.log(`${database}: first start (migrations + demo data)`);
    const first = await startServer(spec([], startTimeout(options, loadMs + 10_000, 'the first start')));
    await expectOk(`${first.baseUrl}/`, 'text/html');
    await first.stop();

    const server = await startServer(spec(options.nodeFlags, startTimeout(options, loadMs, 'the second start')));
    options.log(`${database}: second start ${server.startupMs.toFixed(0)} ms; warm-up, idle RSS, measure / and /healthz`);
    try {
      const startUrl = `${server.baseUrl}/`;
      const healthUrl = `${server.baseUrl}/healthz`;
      await warmUp(startUrl, options.load);
      await sleep(1000);
      const idleMemory = readMemory(server.pid);
      const startPage = await measure(startUrl, options.load, server.pid);
      startPage.serverExit = server.exitReport();
      if (!startPage.serverExit) await warmUp(healthUrl, options.load);
      const healthz = await measure(healthUrl, options.load, server.pid);
      healthz.serverExit = startPage.serverExit ?? server.exitReport();
      if (healthz.serverExit) options.log(`${database}: the server ${healthz.serverExit}`);
      const loadedMemory = readMemory(server.pid);
      return { database, databaseSource, firstStartMs: first.startupMs, secondStartMs: server.startupMs, idleMemory, loadedMemory, startPage, healthz };
    } finally {
      await server.stop();
    }
  } finally {
    await data.remove();
  }
}
