/**
 * `npm run profile -- <path> [<path> …]`: where one page's time goes. For each path it starts the
 * production bundle (PGlite with demo data, or DATABASE_URL) with a V8 CPU profile and TRACE_QUERIES,
 * prints the queries of one request with their times, loads the page for PROFILE_SECONDS (5) with
 * 32 connections, then prints the CPU profile's self time by package and the busiest functions.
 * PROFILE_AS=citizen|staff logs the demo citizen or staff member in first and sends their session;
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
import { summariseProfile } from './profile/cpu-profile';

const ROOT = resolve(import.meta.dirname, '..');
const SECONDS = Number(process.env.PROFILE_SECONDS ?? 5);
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
    if (AS !== 'citizen' && AS !== 'staff') throw new Error(`PROFILE_AS is "${AS}": citizen or staff`);
    const { cookie, detailPath } = await login(server.baseUrl, DEMO_PEOPLE[AS]);
    return { headers: { cookie }, antrag: detailPath.split('/').pop() };
  } finally {
    await server.stop();
  }
}

async function profilePath(path: string, dataDir: string, { headers }: Session): Promise<void> {
  const profileDir = mkdtempSync(join(tmpdir(), 'stadtportal-profile-'));
  const traces: TraceLine[] = [];
  let pending = '';
  const server = await startServer({
    name: `portal for ${path}`,
    args: ['--enable-source-maps', '--cpu-prof', `--cpu-prof-dir=${profileDir}`, 'dist/main.js'],
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
    const first = await fetch(url, { headers, redirect: 'manual' });
    const bytes = (await first.arrayBuffer()).byteLength;
    await new Promise((done) => setTimeout(done, 200));
    const trace = traces.filter((line) => line.url === path).at(-1);
    console.log(`\n## ${path}: ${first.status}, ${bytes} bytes, ${first.headers.get('server-timing') ?? 'no Server-Timing'}`);
    for (const query of trace?.queries ?? []) console.log(`  ${query.ms.toFixed(2).padStart(7)} ms  ${query.sql.slice(0, 160)}`);
    const load = await autocannon({ url, connections: 32, duration: SECONDS, headers });
    console.log(`\nload: ${load.requests.average} req/s, p50 ${load.latency.p50} ms, p99 ${load.latency.p99} ms, ${load.non2xx} non-2xx`);
  } finally {
    await server.stop();
  }
  const file = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
  if (file) console.log(summariseProfile(join(profileDir, file)));
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
    for (const path of paths) await profilePath(path.replace('{antrag}', session.antrag ?? '{antrag}'), dataDir, session);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    await releaseAll();
  }
}

await main();
