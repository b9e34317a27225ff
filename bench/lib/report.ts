import type { LoadResult } from './load';
import type { HelloWorldResult, PortalFailure, PortalResult } from './scenarios';
import { fixed, renderTable } from './table';

export interface Goal {
  goal: string;
  database: string;
  target: string;
  measured: string;
  pass: boolean;
}

const RSS_LIMIT_MB: Record<PortalResult['database'], number> = { PGlite: 350, PostgreSQL: 150 };
const SHARE_OF_HELLO = 0.25;
const P99_LIMIT_MS = 50;
const STARTUP_LIMIT_MS = 3000;

/** The hello-world runs (before and after the portals: the machine drifts) and their mean req/s, the reference. */
export interface Baseline {
  runs: HelloWorldResult[];
  requestsPerSec: number;
}

export function baselineOf(runs: HelloWorldResult[]): Baseline {
  return { runs, requestsPerSec: runs.reduce((sum, run) => sum + run.root.requestsPerSec, 0) / runs.length };
}

export function evaluateGoals(hello: Baseline, portals: PortalResult[]): Goal[] {
  return portals.flatMap((portal) => {
    const share = portal.startPage.requestsPerSec / hello.requestsPerSec;
    const rss = portal.idleMemory?.rssMb;
    const rssLimit = RSS_LIMIT_MB[portal.database];
    return [
      {
        goal: 'start page throughput vs hello-world',
        database: portal.database,
        target: `≥ ${SHARE_OF_HELLO * 100} %`,
        measured: `${(share * 100).toFixed(1)} % (${fixed(portal.startPage.requestsPerSec)} / ${fixed(hello.requestsPerSec)} req/s)`,
        pass: share >= SHARE_OF_HELLO && portal.startPage.non2xx + portal.startPage.errors === 0 && !portal.startPage.serverExit,
      },
      {
        goal: 'start page p99 latency',
        database: portal.database,
        target: `< ${P99_LIMIT_MS} ms`,
        measured: `${portal.startPage.p99Ms} ms`,
        pass: portal.startPage.p99Ms < P99_LIMIT_MS,
      },
      {
        goal: 'idle RSS after start + warm-up',
        database: portal.database,
        target: `< ${rssLimit} MB`,
        measured: rss === undefined ? 'n/a (no /proc)' : `${rss.toFixed(0)} MB`,
        pass: rss !== undefined && rss < rssLimit,
      },
      {
        goal: 'start-up to first /healthz (2nd start)',
        database: portal.database,
        target: `< ${STARTUP_LIMIT_MS / 1000} s`,
        measured: `${(portal.secondStartMs / 1000).toFixed(2)} s`,
        pass: portal.secondStartMs < STARTUP_LIMIT_MS,
      },
    ];
  });
}

function loadRow(target: string, database: string, result: LoadResult, helloRps: number): string[] {
  const failures = result.non2xx + result.errors + result.timeouts;
  return [
    target,
    database,
    fixed(result.requestsPerSec),
    `${((result.requestsPerSec / helloRps) * 100).toFixed(1)} %`,
    fixed(result.p50Ms),
    fixed(result.p99Ms),
    fixed(result.maxMs),
    String(result.bytesPerResponse),
    String(failures),
    fixed(result.serverCpuMsPerRequest, 3),
    fixed(result.cpu?.serverCores, 2),
    fixed(result.cpu?.clientCores, 2),
    fixed(result.cpu?.otherCores, 2),
  ];
}

export function loadTable(hello: Baseline, portals: PortalResult[]): string {
  const helloRps = hello.requestsPerSec;
  const labels = hello.runs.length > 1 ? ['hello-world GET / (first)', 'hello-world GET / (last)'] : ['hello-world GET /'];
  const rows = hello.runs.map((run, index) => loadRow(labels[index] ?? 'hello-world GET /', '–', run.root, helloRps));
  for (const portal of portals) {
    rows.push(loadRow('start page GET /', portal.database, portal.startPage, helloRps));
    rows.push(loadRow('GET /healthz', portal.database, portal.healthz, helloRps));
  }
  const headers = [
    'Target',
    'DB',
    'req/s',
    hello.runs.length > 1 ? 'of hello (mean)' : 'of hello',
    'p50 ms',
    'p99 ms',
    'max ms',
    'bytes/resp',
    'non-2xx+err',
    'srv CPU ms/req',
    'srv cores',
    'client cores',
    'other cores',
  ];
  const exits = portals.flatMap((portal) =>
    [['start page', portal.startPage] as const, ['/healthz', portal.healthz] as const]
      .filter(([, result]) => result.serverExit)
      .map(([target, result]) => `NOTE: ${portal.database} ${target}: the server ${result.serverExit}`),
  );
  return [renderTable(headers, rows), ...[...new Set(exits)]].join('\n');
}

const mb = (value: number | undefined) => (value === undefined ? 'n/a' : `${value.toFixed(0)} MB`);

export function serverTable(hello: Baseline, portals: PortalResult[]): string {
  const rows = portals.map((portal) => [
    portal.database,
    `${(portal.firstStartMs / 1000).toFixed(2)} s`,
    `${(portal.secondStartMs / 1000).toFixed(2)} s`,
    mb(portal.idleMemory?.rssMb),
    mb(portal.loadedMemory?.rssMb),
    mb(portal.loadedMemory?.peakMb),
  ]);
  rows.push(['hello-world', '–', '–', mb(hello.runs[0]?.memory?.rssMb), '–', '–']);
  return renderTable(['Server', '1st start (migrate+seed)', '2nd start → /healthz', 'idle RSS', 'RSS after load', 'peak RSS'], rows);
}

export function isMeasured(portal: PortalResult | PortalFailure): portal is PortalResult {
  return 'startPage' in portal;
}

export function goalsTable(goals: Goal[], failures: PortalFailure[], skipped: string[]): string {
  const rows = goals.map((goal) => [goal.goal, goal.database, goal.target, goal.measured, goal.pass ? 'PASS' : 'FAIL']);
  for (const failure of failures) rows.push([`(all ${failure.database} goals)`, failure.database, '–', `not measured: ${failure.reason}`, 'ERROR']);
  for (const line of skipped) rows.push(['(all PostgreSQL goals)', 'PostgreSQL', '–', line, 'SKIP']);
  return renderTable(['Goal', 'DB', 'Target', 'Measured', 'Result'], rows);
}
