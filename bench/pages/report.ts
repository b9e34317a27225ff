import type { LoadResult } from '../lib/load';
import { fixed, renderTable } from '../lib/table';
import { unexpected, type PageMeasurement } from './compare';
import { GOALS, type Database, type PageGroup } from './page-types';

export const DEMO_DATA = 'demo data';

/** One line of the table: a page type measured against its limit, a bad input's latency, or why it was not measured. */
export interface PageRow {
  key: string;
  page: string;
  database: Database;
  /** DEMO_DATA, or the generated catalogue ("3,000 Leistungen"). */
  dataset: string;
  group: PageGroup;
  measured?: PageMeasurement;
  /** Bad input rows: the statuses that count as a correct answer. */
  accept?: number[];
  /** Bad input: the portal alone, a short run; answers other than `accept` are errors. */
  latency?: { result: LoadResult; errors: number; serverErrors: number };
  notMeasured?: string;
}

function goalText(row: PageRow): string {
  const goal = GOALS[row.group];
  if (row.accept) return `p99 < ${goal.p99Ms} ms, only ${row.accept.join('/')}`;
  return `≥ ${(goal.share[row.database] * 100).toFixed(0)} %, p99 < ${goal.p99Ms} ms`;
}

export function isMet(row: PageRow): boolean {
  const goal = GOALS[row.group];
  if (row.measured) {
    return row.measured.errors === 0 && row.measured.requestsPerSec > 0 && row.measured.share >= goal.share[row.database] && row.measured.p99Ms < goal.p99Ms;
  }
  if (row.latency) return row.latency.errors === 0 && row.latency.result.requestsPerSec > 0 && row.latency.result.p99Ms < goal.p99Ms;
  return false;
}

/** Latencies of a run without a single answer say nothing: every request took longer than the run. */
const latency = (requestsPerSec: number, ms: number) => (requestsPerSec > 0 ? fixed(ms) : 'n/a');

const NO_ANSWER = 'NO (no answer within a run)';

function cells(row: PageRow): string[] {
  const name = row.dataset === DEMO_DATA ? row.page : `${row.page} (${row.dataset})`;
  if (row.notMeasured) return [name, row.database, '–', '–', '–', '–', '–', '–', goalText(row), `not measured: ${row.notMeasured}`];
  if (row.measured) {
    const m = row.measured;
    const met = isMet(row) ? 'yes' : m.requestsPerSec === 0 ? NO_ANSWER : m.errors > 0 ? 'NO (errors)' : 'NO';
    return [
      name,
      row.database,
      fixed(m.requestsPerSec),
      fixed(m.limitPerSec),
      `${(m.share * 100).toFixed(1)} %`,
      latency(m.requestsPerSec, m.p50Ms),
      latency(m.requestsPerSec, m.p99Ms),
      String(m.errors),
      goalText(row),
      met,
    ];
  }
  const { result, errors, serverErrors } = row.latency!;
  const met = isMet(row)
    ? 'yes'
    : result.requestsPerSec === 0
      ? NO_ANSWER
      : serverErrors > 0
        ? `NO (${serverErrors} × 5xx)`
        : errors > 0
          ? 'NO (errors)'
          : 'NO';
  return [
    name,
    row.database,
    fixed(result.requestsPerSec),
    '–',
    '–',
    latency(result.requestsPerSec, result.p50Ms),
    latency(result.requestsPerSec, result.p99Ms),
    String(errors),
    goalText(row),
    met,
  ];
}

export function pagesTable(rows: PageRow[]): string {
  return renderTable(['page', 'database', 'req/s', 'limit req/s', 'share of limit', 'p50 ms', 'p99 ms', 'errors', 'goal', 'met?'], rows.map(cells));
}

/** A bad input's short run: statuses other than the accepted ones count as errors, 5xx separately. */
export function latencyOf(result: LoadResult, accept: number[]): NonNullable<PageRow['latency']> {
  const serverErrors = Object.entries(result.statusCounts).reduce((sum, [status, count]) => (Number(status) >= 500 ? sum + count : sum), 0);
  return { result, errors: unexpected(result, accept), serverErrors };
}
