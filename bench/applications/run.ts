/**
 * The `applications` part of `npm run bench` (alone: `npm run bench -- applications`), on PGlite and PostgreSQL:
 *  1. Submissions through HTTP of a three-page form with a 200 KB attachment, as a guest does it
 *     (start, three pages, check, submit): complete Anträge per second with 16 concurrent people,
 *     and the submit request alone on prepared drafts.
 *  2. The back-office inbox with BENCH_INBOX_ROWS (100,000) generated applications: the first page
 *     with filters and full-text search, p95 latency with two staff members clicking at once.
 * Settings: BENCH_APPLICATIONS_SECONDS (15), BENCH_INBOX_ROWS (100000), BENCH_SKIP_POSTGRES=1,
 * BENCH_ENTRY (default dist/main.js after `npm run build`).
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { installCleanupHandlers, runPart } from '../lib/cleanup';
import { PRODUCTION_PORTAL_ENV } from '../lib/portal-env';
import { measureOnEachDatabase } from '../lib/databases';
import { entryArgs } from '../lib/scenarios';
import { startServer } from '../lib/server';
import { fixed, renderTable } from '../lib/table';
import { attachmentOf } from './bench-form';
import { HttpUser, type ParsedForm } from './http-user';
import { prepareDraft, submitDraft } from './journey';
import { loop, percentiles, pool, stepPercentiles, type Percentiles } from './load';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const SECONDS = Number(process.env.BENCH_APPLICATIONS_SECONDS ?? 15);
const ROWS = Number(process.env.BENCH_INBOX_ROWS ?? 100_000);
const CONCURRENCY = 16;
const PREPARED_DRAFTS = 300;
/** Staff clicking through the inbox at the same time. */
const INBOX_USERS = 2;
const ENTRY = process.env.BENCH_ENTRY ?? 'dist/main.js';
const log = (line: string) => process.stderr.write(`[bench applications] ${line}\n`);

interface Result {
  database: string;
  seedSeconds: number;
  journeysPerSecond: number;
  journeyFailures: number;
  submitsPerSecond: number;
  submitFailures: number;
  submitLatency: Percentiles;
  uploadLatency: Percentiles;
  inbox: { name: string; latency: Percentiles }[];
  errors: string[];
}

const INBOX_QUERIES: { name: string; query: string }[] = [
  { name: 'inbox: open, by due date', query: '' },
  { name: 'inbox: all statuses, newest', query: '?status=all&sortierung=eingang' },
  { name: 'inbox: Leistung + overdue', query: '?leistung=maengelmeldung&ueberfaellig=ja' },
  { name: 'inbox: status + date range', query: '?status=in_progress&von=2026-01-01&bis=2026-12-31' },
  { name: 'inbox: full-text search', query: '?status=all&q=Schlagloch' },
  { name: 'inbox: unassigned + search', query: '?bearbeitung=none&q=Iserlohn' },
];

async function prepare(env: Record<string, string>): Promise<{ session: string; seedSeconds: number }> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'bench/applications/prepare.ts'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env, BENCH_INBOX_ROWS: String(ROWS), LOG_LEVEL: 'warn', DEMO_DATA: 'true' },
    maxBuffer: 10 * 1024 * 1024,
    timeout: 600_000,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as { session: string; seedSeconds: number };
}

async function measure(database: string, env: Record<string, string>): Promise<Result> {
  log(`${database}: migrations, demo data, ${ROWS} applications`);
  const { session, seedSeconds } = await prepare(env);
  const server = await startServer({
    name: `portal (${database})`,
    args: entryArgs(ENTRY),
    cwd: PROJECT_ROOT,
    env: { ...env, ...PRODUCTION_PORTAL_ENV },
    readyPath: '/healthz',
    timeoutMs: 60_000,
  });
  const errors: string[] = [];
  const attachment = attachmentOf();
  try {
    const users: HttpUser[] = [];
    log(`${database}: complete Anträge, ${CONCURRENCY} concurrent, ${SECONDS} s`);
    const journeys = await loop(CONCURRENCY, SECONDS, async (worker, iteration) => {
      const user = new HttpUser(server.baseUrl);
      users.push(user);
      const form = await prepareDraft(user, `bench-${worker}-${iteration}@example.org`, attachment);
      return submitDraft(user, form);
    });
    if (journeys.firstError) errors.push(`journey: ${journeys.firstError}`);
    const timings = users.flatMap((user) => user.timings);

    log(`${database}: preparing ${PREPARED_DRAFTS} drafts, then submitting them`);
    const drafts: { user: HttpUser; form: ParsedForm }[] = [];
    await pool(
      Array.from({ length: PREPARED_DRAFTS }, (_, i) => i),
      CONCURRENCY,
      async (i) => {
        const user = new HttpUser(server.baseUrl);
        drafts.push({ user, form: await prepareDraft(user, `bench-draft-${i}@example.org`, attachment) });
        return true;
      },
    );
    const submits = await pool(drafts, CONCURRENCY, ({ user, form }) => submitDraft(user, form));
    if (submits.firstError) errors.push(`submit: ${submits.firstError}`);

    const inbox: Result['inbox'] = [];
    for (const { name, query } of INBOX_QUERIES) {
      const staff = new HttpUser(server.baseUrl);
      staff.setCookie('sp_session', session);
      const run = await loop(INBOX_USERS, 5, async () => (await staff.request('inbox', `/verwaltung/antraege${query}`)).status === 200);
      if (run.failed) errors.push(`${name}: ${run.failed} failed ${run.firstError ?? `(status ${staff.timings.find((t) => t.status !== 200)?.status})`}`);
      inbox.push({ name, latency: percentiles(staff.timings.map((timing) => timing.ms)) });
    }
    return {
      database,
      seedSeconds,
      journeysPerSecond: journeys.completed / journeys.seconds,
      journeyFailures: journeys.failed,
      submitsPerSecond: submits.completed / submits.seconds,
      submitFailures: submits.failed,
      submitLatency: stepPercentiles([...timings, ...drafts.flatMap(({ user }) => user.timings)], 'POST submit'),
      uploadLatency: stepPercentiles(timings, 'POST page+file'),
      inbox,
      errors,
    };
  } finally {
    await server.stop();
  }
}

function report(results: Result[]): void {
  const out = (text: string) => process.stdout.write(`${text}\n`);
  out(`\nBürgerplattform benchmark — ${new Date().toISOString()} (loopback, client and server share the cores)`);
  out(
    renderTable(
      ['database', 'Anträge/s (start → 3 pages + 200 KB → submit)', 'submits/s (prepared drafts)', 'goal ≥ 200/s', 'submit p95', 'upload p95', 'failures'],
      results.map((r) => [
        r.database,
        fixed(r.journeysPerSecond, 1),
        fixed(r.submitsPerSecond, 1),
        r.submitsPerSecond >= 200 ? 'PASS' : 'FAIL',
        `${fixed(r.submitLatency.p95, 1)} ms`,
        `${fixed(r.uploadLatency.p95, 1)} ms`,
        String(r.journeyFailures + r.submitFailures),
      ]),
    ),
  );
  out('');
  out(
    renderTable(
      ['database', `inbox with ${ROWS.toLocaleString('en')} applications`, 'requests', 'p50', 'p95', 'p99', 'goal p95 < 100 ms'],
      results.flatMap((r) =>
        r.inbox.map(({ name, latency }) => [
          r.database,
          name,
          String(latency.count),
          `${fixed(latency.p50, 1)} ms`,
          `${fixed(latency.p95, 1)} ms`,
          `${fixed(latency.p99, 1)} ms`,
          latency.p95 < 100 ? 'PASS' : 'FAIL',
        ]),
      ),
    ),
  );
  for (const r of results) {
    out(`${r.database}: generating ${ROWS.toLocaleString('en')} applications took ${fixed(r.seedSeconds, 1)} s`);
    for (const error of r.errors) out(`${r.database}: ${error}`);
  }
}

async function main(): Promise<void> {
  installCleanupHandlers();
  report(await measureOnEachDatabase(PROJECT_ROOT, 'stadtportal-bench-apps-', log, measure));
}

runPart('applications benchmark', main);
