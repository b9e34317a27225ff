/**
 * `npm run bench [-- <part> ...]`: runs the benchmark's parts one after another, each in its own
 * process and within its own time budget, so the whole run has a known upper bound and one part can
 * be measured alone (`npm run bench -- applications`). A part that overruns is stopped (its cleanup
 * handlers stop servers and throwaway clusters) and reported; the others still run.
 *
 * A module adds its page types as a part here (or extends an existing part's table).
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { renderTable } from './lib/table';

interface Part {
  name: string;
  script: string;
  /** Upper bound for the part on a 2-core machine, including its own PostgreSQL cluster. */
  budgetSeconds: number;
  measures: string;
}

const PARTS: Part[] = [
  {
    name: 'portal',
    script: 'bench/run.ts',
    budgetSeconds: 180,
    measures: 'start page and health check against a hello-world, idle memory, start time (PGlite, PostgreSQL)',
  },
  {
    name: 'applications',
    script: 'bench/applications/run.ts',
    budgetSeconds: 600,
    measures: 'complete Anträge with a 200 KB upload, submissions, the back-office inbox on 100,000 Anträge (PGlite, PostgreSQL)',
  },
  {
    name: 'pages',
    script: 'bench/pages/run.ts',
    // About 60 page types (the WLAN ones came with issue 12), each against its replay, on two databases.
    budgetSeconds: 1800,
    measures: 'every public page type against its replay limit, search with 3,000 Leistungen, bad search input (PGlite, PostgreSQL)',
  },
  {
    name: 'opendata',
    script: 'bench/opendata/run.ts',
    budgetSeconds: 420,
    measures: 'package_search (q, facets, fq) and the whole DCAT catalogue page by page with RSS, on 10,000 generated datasets (PGlite, PostgreSQL)',
  },
  {
    name: 'library',
    script: 'bench/library/run.ts',
    // Two imports of 100,000 MARC records and 2 × 10 s of searches per database, plus a PostgreSQL cluster.
    budgetSeconds: 600,
    measures: 'MARC import of 100,000 generated records (records/s, RSS), catalogue search on them (p95) (PGlite, PostgreSQL)',
  },
  {
    name: 'datastore',
    script: 'bench/opendata/datastore.ts',
    // Two loads of 1,000,000 rows, each with two plain COPYs and its full-text index, the portal for the search, a PGlite
    // load of 200,000 rows: 74 s on a machine with a load average of 5; the rest is for a busier one.
    budgetSeconds: 360,
    measures: 'DataStore CSV loads of 1,000,000 rows against a plain COPY, datastore_search with a filter (PostgreSQL); load and latency meanwhile (PGlite)',
  },
  {
    name: 'vhs',
    script: 'bench/vhs/run.ts',
    // Preparing 2,000 accounts with sessions and the 60 s rush, twice (PGlite, PostgreSQL), plus two server starts.
    budgetSeconds: 420,
    measures:
      'VHS registration rush: 2,000 participants book 50 courses of 20 seats through HTTP; overbookings, p95, one mail per waitlisted (PGlite, PostgreSQL)',
  },
  {
    name: 'wlan',
    script: 'bench/wlan/run.ts',
    // Per database: 5,000 hotspots written and about 500 requests, then two imports of 5,000 nodes and three bad feeds.
    budgetSeconds: 300,
    measures:
      'map data and the no-JS list of the nearest 20 on 5,000 generated hotspots, warm and after an import; feed import of 5,000 nodes (seconds, RSS); garbage, cut-off and vanished feeds keep the last good state (PGlite, PostgreSQL)',
  },
  {
    name: 'council',
    script: 'bench/council/run.ts',
    // Per database: 100,000 papers written in SQL and 300 API requests, 10,000 papers with texts and 320
    // searches, an import of 41,000 objects; then two demo seeds.
    budgetSeconds: 600,
    measures:
      "OParl server: first page of a body's papers with modified_since at 100,000 papers; full-text paper search at 10,000 papers; import of a 10,000-paper body (objects/s, peak RSS); the council demo seed (PGlite, PostgreSQL)",
  },
  {
    name: 'appointments',
    script: 'bench/appointments/run.ts',
    // Per database: the release and two rushes of 5,000 citizens arriving within 60 s (core, HTTP), a PostgreSQL cluster: about 280 s.
    budgetSeconds: 480,
    measures:
      'Termine release rush: 1,000 units of counter time to 5,000 citizens through the booking core; double bookings in SQL afterwards, booking p95, requests/s (PGlite, PostgreSQL)',
  },
  {
    name: 'cockpit',
    script: 'bench/cockpit/run.ts',
    // Per database: seeding 100,000 Anträge, 10,000 datasets and a year of hotspot history (about a minute on PGlite), the job, the page.
    budgetSeconds: 600,
    measures:
      'the figures job over 100,000 Anträge, 10,000 datasets and a year of hotspot history (seconds), /digitalisierung p95 from the kept figures (PGlite, PostgreSQL)',
  },
  {
    name: 'backup',
    script: 'bench/backup/run.ts',
    // Per database: the demo seed (about 15 s on PGlite), a backup and a restore through node dist/cli.js.
    budgetSeconds: 240,
    measures: 'backup and restore round trip of the demo installation through node dist/cli.js: seconds, archive size, rows checked (PGlite, PostgreSQL)',
  },
];

const PROJECT_ROOT = resolve(import.meta.dirname, '..');
/** Time a stopped part gets to run its cleanup (servers, clusters) before it is killed. */
const GRACE_MS = 15_000;

interface Outcome {
  part: Part;
  seconds: number;
  result: 'done' | 'failed' | 'over budget';
}

function runPart(part: Part): Promise<Outcome> {
  const started = performance.now();
  // The parts measure the production bundle (`npm run bench` builds it first) unless told otherwise.
  const env = { ...process.env, BENCH_ENTRY: process.env.BENCH_ENTRY ?? 'dist/main.js' };
  const child = spawn(process.execPath, ['--import', 'tsx', part.script], { cwd: PROJECT_ROOT, env, stdio: 'inherit' });
  let overBudget = false;
  const stop = setTimeout(() => {
    overBudget = true;
    process.stderr.write(`\n[bench] ${part.name}: budget of ${part.budgetSeconds} s used up, stopping it\n`);
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), GRACE_MS).unref();
  }, part.budgetSeconds * 1000);
  return new Promise((done) => {
    child.on('exit', (code) => {
      clearTimeout(stop);
      const seconds = (performance.now() - started) / 1000;
      done({ part, seconds, result: overBudget ? 'over budget' : code === 0 ? 'done' : 'failed' });
    });
  });
}

function selectParts(names: string[]): Part[] | undefined {
  if (names.length === 0) return PARTS;
  const unknown = names.filter((name) => !PARTS.some((part) => part.name === name));
  if (unknown.length > 0) {
    process.stderr.write(`Unknown benchmark part: ${unknown.join(', ')}. Parts:\n`);
    for (const part of PARTS) process.stderr.write(`  ${part.name.padEnd(14)} ${part.measures} (budget ${part.budgetSeconds} s)\n`);
    return undefined;
  }
  return PARTS.filter((part) => names.includes(part.name));
}

async function main(): Promise<void> {
  const parts = selectParts(process.argv.slice(2));
  if (!parts) {
    process.exitCode = 2;
    return;
  }
  const budget = parts.reduce((sum, part) => sum + part.budgetSeconds, 0);
  process.stderr.write(`[bench] parts: ${parts.map((part) => part.name).join(', ')}; time budget ${budget} s\n`);
  const outcomes: Outcome[] = [];
  for (const part of parts) outcomes.push(await runPart(part));
  const total = outcomes.reduce((sum, outcome) => sum + outcome.seconds, 0);
  process.stdout.write(
    `\n${renderTable(
      ['part', 'measures', 'result', 'time', 'budget'],
      outcomes.map(({ part, seconds, result }) => [part.name, part.measures, result, `${seconds.toFixed(0)} s`, `${part.budgetSeconds} s`]),
    )}\nWhole run: ${total.toFixed(0)} s of a ${budget} s budget.\n`,
  );
  if (outcomes.some((outcome) => outcome.result !== 'done')) process.exitCode = 1;
}

void main();
