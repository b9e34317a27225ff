/**
 * The `vhs` part of `npm run bench` (alone: `npm run bench -- vhs`): the registration rush of a VHS
 * semester, on PGlite and PostgreSQL. BENCH_VHS_PARTICIPANTS (2,000) logged-in participants book
 * BENCH_VHS_COURSES (50) courses of BENCH_VHS_SEATS (20) seats through HTTP on loopback; each clicks
 * "buchen" at a random moment of the first BENCH_VHS_ARRIVAL_SECONDS (50) s, whether or not the
 * portal has answered the others (an open loop, like a crowd); accounts, sessions and CSRF tokens are
 * prepared before the clock starts. Reports the rush's wall time (goal ≤ 60 s), the booking POST's p95 (goal < 200 ms), the
 * overbookings found in the database afterwards (goal 0) and whether every waitlisted participant
 * got exactly one mail. Scale down with the env vars for a quick run; BENCH_SKIP_POSTGRES=1.
 */
import { execFile } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { HttpUser, parseForms } from '../applications/http-user';
import { percentiles, pool, type Percentiles } from '../applications/load';
import { installCleanupHandlers, runPart } from '../lib/cleanup';
import { PRODUCTION_PORTAL_ENV } from '../lib/portal-env';
import { measureOnEachDatabase } from '../lib/databases';
import { entryArgs } from '../lib/scenarios';
import { startServer } from '../lib/server';
import { fixed, renderTable } from '../lib/table';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const PARTICIPANTS = Number(process.env.BENCH_VHS_PARTICIPANTS ?? 2000);
const COURSES = Number(process.env.BENCH_VHS_COURSES ?? 50);
const SEATS = Number(process.env.BENCH_VHS_SEATS ?? 20);
/** The participants arrive at random moments of this window (open loop: a slow portal does not slow the crowd down). */
const ARRIVAL_SECONDS = Number(process.env.BENCH_VHS_ARRIVAL_SECONDS ?? 50);
const ENTRY = process.env.BENCH_ENTRY ?? 'dist/main.js';
const log = (line: string) => process.stderr.write(`[bench vhs] ${line}\n`);

interface Check {
  overbookedCourses: number;
  mails: { state: string; bookings: number; exactly_one: number }[];
}

interface Result {
  database: string;
  rushSeconds: number;
  failures: number;
  firstError?: string;
  latency: Percentiles;
  check: Check;
}

async function child<T>(script: string, env: Record<string, string>): Promise<T> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      ...env,
      LOG_LEVEL: 'warn',
      DEMO_DATA: 'false',
      BENCH_VHS_PARTICIPANTS: String(PARTICIPANTS),
      BENCH_VHS_COURSES: String(COURSES),
      BENCH_VHS_SEATS: String(SEATS),
    },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 600_000,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as T;
}

/** Starts each task at a random moment of the arrival window; resolves when the last one answered. */
async function arrivals<T>(items: T[], task: (item: T) => Promise<boolean>) {
  const started = performance.now();
  let failed = 0;
  let firstError: string | undefined;
  await Promise.all(
    items.map(async (item) => {
      await new Promise((wake) => setTimeout(wake, Math.random() * ARRIVAL_SECONDS * 1000));
      try {
        if (!(await task(item))) failed += 1;
      } catch (error) {
        failed += 1;
        firstError ??= (error as Error).message.slice(0, 300);
      }
    }),
  );
  return { seconds: (performance.now() - started) / 1000, failed, firstError };
}

async function measure(database: string, env: Record<string, string>): Promise<Result> {
  log(`${database}: migrations, ${COURSES} courses of ${SEATS} seats, ${PARTICIPANTS} accounts with sessions`);
  const { sessions, slugs } = await child<{ sessions: string[]; slugs: string[] }>('bench/vhs/prepare.ts', env);
  const server = await startServer({
    name: `portal (${database})`,
    args: entryArgs(ENTRY),
    cwd: PROJECT_ROOT,
    env: { ...env, ...PRODUCTION_PORTAL_ENV, DEMO_DATA: 'false' },
    readyPath: '/healthz',
    timeoutMs: 60_000,
  });
  let rush: { seconds: number; failed: number; firstError?: string };
  const bookers: { user: HttpUser; slug: string; csrf: string }[] = [];
  try {
    log(`${database}: every participant opens "Meine Kurse" (session and CSRF token ready before the clock)`);
    const warm = await pool(
      sessions.map((session, i) => ({ session, slug: slugs[i % slugs.length]! })),
      16,
      async ({ session, slug }) => {
        const user = new HttpUser(server.baseUrl);
        user.setCookie('sp_session', session);
        const page = await user.request('warm', '/konto/kurse');
        const csrf = parseForms(page.html)
          .flatMap((form) => form.inputs)
          .find((input) => input.name === '_csrf')?.value;
        if (page.status !== 200 || !csrf) return false;
        bookers.push({ user, slug, csrf });
        return true;
      },
    );
    if (warm.failed) throw new Error(`${warm.failed} participants could not open their account: ${warm.firstError ?? ''}`);
    log(`${database}: the rush, ${bookers.length} bookings arriving within ${ARRIVAL_SECONDS} s`);
    rush = await arrivals(bookers, async ({ user, slug, csrf }) => {
      const body = new URLSearchParams({ _csrf: csrf, teilnahme: 'selbst', warteliste: 'ja' }).toString();
      const response = await user.request('book', `/bildung/vhs/kurse/${slug}/buchen`, {
        method: 'POST',
        body,
        contentType: 'application/x-www-form-urlencoded',
      });
      return response.status === 303;
    });
  } finally {
    await server.stop();
  }
  const check = await child<Check>('bench/vhs/check.ts', env);
  const latency = percentiles(bookers.flatMap(({ user }) => user.timings.filter((timing) => timing.step === 'book').map((timing) => timing.ms)));
  return { database, rushSeconds: rush.seconds, failures: rush.failed, firstError: rush.firstError, latency, check };
}

function report(results: Result[]): void {
  const out = (text: string) => process.stdout.write(`${text}\n`);
  out(`\nVHS registration rush — ${new Date().toISOString()} (loopback, client and server share the cores)`);
  out(`${PARTICIPANTS.toLocaleString('en')} participants, ${COURSES} courses of ${SEATS} seats, arriving at random within ${ARRIVAL_SECONDS} s`);
  out(
    renderTable(
      [
        'database',
        'last answer after (goal ≤ 60 s)',
        'bookings',
        'failed',
        'p50',
        'p95 (goal < 200 ms)',
        'p99',
        'overbooked courses (goal 0)',
        'waitlisted with exactly one mail',
        'booked with exactly one mail',
      ],
      results.map((r) => {
        const mails = (state: string) => {
          const row = r.check.mails.find((entry) => entry.state === state);
          return row ? `${row.exactly_one} of ${row.bookings}${row.exactly_one === row.bookings ? ' PASS' : ' FAIL'}` : '0 of 0';
        };
        return [
          r.database,
          `${fixed(r.rushSeconds, 1)} s ${r.rushSeconds <= 60 ? 'PASS' : 'FAIL'}`,
          String(r.latency.count),
          String(r.failures),
          `${fixed(r.latency.p50, 1)} ms`,
          `${fixed(r.latency.p95, 1)} ms ${r.latency.p95 < 200 ? 'PASS' : 'FAIL'}`,
          `${fixed(r.latency.p99, 1)} ms`,
          `${r.check.overbookedCourses} ${r.check.overbookedCourses === 0 ? 'PASS' : 'FAIL'}`,
          mails('waitlisted'),
          mails('booked'),
        ];
      }),
    ),
  );
  for (const r of results) if (r.firstError) out(`${r.database}: first failure: ${r.firstError}`);
}

async function main(): Promise<void> {
  installCleanupHandlers();
  report(await measureOnEachDatabase(PROJECT_ROOT, 'stadtportal-bench-vhs-', log, measure));
}

runPart('vhs benchmark', main);
