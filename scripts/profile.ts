/**
 * `npm run profile -- <path> [<path> …]`: where one page's time goes. For each path it starts the
 * production bundle (PGlite with demo data, or DATABASE_URL) with TRACE_QUERIES and prints the
 * statements of one request with warm caches, with their times; then starts it again with a V8 CPU
 * profile (and no tracing), loads the page with 32 connections for PROFILE_WARMUP_SECONDS (10), so
 * V8 has optimised its code, then for PROFILE_SECONDS (5), and prints that second load's self time by
 * package, the busiest functions and the portal's functions by inclusive time.
 * PROFILE_AS=citizen|staff logs the demo citizen or staff member in first and sends their session,
 * PROFILE_AS=uncached sends a cookie that keeps the page cache out (a search not cached yet);
 * `{antrag}` in a path stands for the first Antrag in their list (`npm run profile -- /konto/antraege/{antrag}`).
 * docs/performance.md explains how to read the output and what it found.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { installCleanupHandlers, releaseAll } from '../bench/lib/cleanup';
import { startServer } from '../bench/lib/server';
import { DEMO_PEOPLE, login } from '../bench/pages/fixtures';
import { UNCACHED_COOKIE } from '../bench/pages/page-types';
import { summariseProfile } from './profile/cpu-profile';

const ROOT = resolve(import.meta.dirname, '..');
const SECONDS = Number(process.env.PROFILE_SECONDS ?? 5);
const WARMUP_SECONDS = Number(process.env.PROFILE_WARMUP_SECONDS ?? 10);
const AS = process.env.PROFILE_AS;

interface Session {
  headers?: { cookie: string };
  antrag?: string;
}

interface TraceLine {
  msg?: string;
  url?: string;
  queries?: { ms: number; sql: string }[];
}

const portalEnv = (dataDir: string) => ({
  DATA_DIR: dataDir,
  JOBS: 'false',
  DEMO_DATA: 'true',
  ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
});

/**
 * The first start (database, migrations, demo data) runs unprofiled, so the profiles show pages only;
 * the login happens here too: the session lives in the database, so later starts know it.
 */
async function prepare(dataDir: string): Promise<Session> {
  const server = await startServer({
    name: 'portal (first start)',
    args: ['dist/main.js'],
    cwd: ROOT,
    env: portalEnv(dataDir),
    readyPath: '/healthz',
    timeoutMs: 180_000,
  });
  try {
    if (!AS) return {};
    // What a search costs that is not in the page cache yet (bench/pages/page-types.ts).
    if (AS === 'uncached') return { headers: { cookie: UNCACHED_COOKIE } };
    if (AS !== 'citizen' && AS !== 'staff') throw new Error(`PROFILE_AS is "${AS}": citizen, staff or uncached`);
    const { cookie, detailPath } = await login(server.baseUrl, DEMO_PEOPLE[AS]);
    return { headers: { cookie }, antrag: detailPath.split('/').pop() };
  } finally {
    await server.stop();
  }
}

/** The statements of one request with warm caches, from a portal with TRACE_QUERIES. */
async function traceStatements(path: string, dataDir: string, { headers }: Session): Promise<void> {
  const traces: TraceLine[] = [];
  let pending = '';
  const server = await startServer({
    name: `portal tracing ${path}`,
    args: ['dist/main.js'],
    cwd: ROOT,
    env: { ...portalEnv(dataDir), TRACE_QUERIES: 'true', LOG_LEVEL: 'info' },
    readyPath: '/healthz',
    timeoutMs: 60_000,
    onOutput: (text) => {
      const lines = (pending + text).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (line.includes('"query trace"')) traces.push(JSON.parse(line) as TraceLine);
    },
  });
  try {
    const url = `${server.baseUrl}${path}`;
    // The first request fills the caches (sessions, cached queries); the second shows what every
    // request under load runs.
    await (await fetch(url, { headers, redirect: 'manual' })).arrayBuffer();
    const warm = await fetch(url, { headers, redirect: 'manual' });
    const bytes = (await warm.arrayBuffer()).byteLength;
    await new Promise((done) => setTimeout(done, 200));
    const [cold, trace] = traces.filter((line) => line.url === path).slice(-2);
    console.log(`\n## ${path}: ${warm.status}, ${bytes} bytes, ${warm.headers.get('server-timing') ?? 'no Server-Timing'}`);
    console.log(`  (the first request ran ${cold?.queries?.length ?? '?'} statements; the second, with warm caches:)`);
    for (const query of trace?.queries ?? []) console.log(`  ${query.ms.toFixed(2).padStart(7)} ms  ${query.sql.slice(0, 160)}`);
  } finally {
    await server.stop();
  }
}

/** Load without tracing (it costs time of its own), profiled from the load's start on. */
async function profileLoad(path: string, dataDir: string, { headers }: Session): Promise<void> {
  const profileDir = mkdtempSync(join(tmpdir(), 'stadtportal-profile-'));
  const spawnedAt = performance.now();
  let loadStartMicros = 0;
  const server = await startServer({
    name: `portal for ${path}`,
    args: ['--enable-source-maps', '--cpu-prof', `--cpu-prof-dir=${profileDir}`, 'dist/main.js'],
    cwd: ROOT,
    env: portalEnv(dataDir),
    readyPath: '/healthz',
    timeoutMs: 60_000,
  });
  try {
    const url = `${server.baseUrl}${path}`;
    // V8 optimises a page's code over the first thousands of requests: profile the warm process.
    await autocannon({ url, connections: 32, duration: WARMUP_SECONDS, headers });
    loadStartMicros = (performance.now() - spawnedAt) * 1000;
    const load = await autocannon({ url, connections: 32, duration: SECONDS, headers });
    console.log(`\nload: ${load.requests.average} req/s, p50 ${load.latency.p50} ms, p99 ${load.latency.p99} ms, ${load.non2xx} non-2xx`);
  } finally {
    await server.stop();
  }
  const file = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
  if (file) console.log(summariseProfile(join(profileDir, file), { skipMicros: loadStartMicros }));
  rmSync(profileDir, { recursive: true, force: true });
}

async function main(): Promise<void> {
  const paths = process.argv.slice(2);
  if (paths.length === 0) {
    console.error('Usage: npm run profile -- /leistungen "/leistungen?q=hund" …');
    process.exitCode = 2;
    return;
  }
  installCleanupHandlers();
  // One data directory for all paths: demo data are seeded once, later starts are quick.
  const dataDir = mkdtempSync(join(tmpdir(), 'stadtportal-profile-data-'));
  try {
    const session = await prepare(dataDir);
    for (const path of paths.map((path) => path.replace('{antrag}', session.antrag ?? '{antrag}'))) {
      await traceStatements(path, dataDir, session);
      await profileLoad(path, dataDir, session);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    await releaseAll();
  }
}

await main();
