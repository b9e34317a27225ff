import { fixed, renderTable } from '../lib/table';
import type { Paging } from './catalogue-paging';
import type { SearchLoad } from './search-load';

/** Issue 10's goals for the catalogue side, on 2 cores and on both databases. */
export const OPENDATA_GOALS = { searchP95Ms: 30, searchRequestsPerSec: 500, exportGrowthMb: 50 };

export type OpendataRow = { database: string; what: 'search'; name: string; search: SearchLoad[] } | { database: string; what: 'paging'; paging: Paging };

function searchCells(name: string, database: string, runs: SearchLoad[]): string[] {
  const worst = { rps: Math.min(...runs.map((run) => run.requestsPerSec)), p95: Math.max(...runs.map((run) => run.p95Ms)) };
  const errors = runs.reduce((sum, run) => sum + run.errors, 0);
  const met = errors === 0 && worst.rps >= OPENDATA_GOALS.searchRequestsPerSec && worst.p95 < OPENDATA_GOALS.searchP95Ms;
  const each = (of: (run: SearchLoad) => string) => runs.map(of).join(' / ');
  return [
    name,
    database,
    `${each((run) => fixed(run.requestsPerSec))} req/s, p50 ${each((run) => fixed(run.p50Ms))} ms, p95 ${each((run) => fixed(run.p95Ms))} ms, p99 ${each((run) => fixed(run.p99Ms))} ms, CPU ${each((run) => fixed(run.serverCpuMsPerRequest, 2))} ms/req, ${errors} errors`,
    `p95 < ${OPENDATA_GOALS.searchP95Ms} ms, ≥ ${OPENDATA_GOALS.searchRequestsPerSec} req/s`,
    met ? 'yes' : 'NO',
  ];
}

function pagingCells(database: string, paging: Paging): string[] {
  const growth = paging.peakMb - paging.idleMb;
  const met = !paging.error && growth < OPENDATA_GOALS.exportGrowthMb;
  return [
    `DCAT catalogue /catalog.${paging.format}, every page`,
    database,
    `${paging.pages} pages, ${paging.datasets} datasets, ${paging.megabytes.toFixed(0)} MB in ${paging.seconds.toFixed(1)} s; RSS idle ${fixed(paging.idleMb)}, peak ${fixed(paging.peakMb)} (+${fixed(growth)}), after ${fixed(paging.afterMb)} MB${paging.error ? `; failed: ${paging.error}` : ''}`,
    `RSS peak < idle + ${OPENDATA_GOALS.exportGrowthMb} MB`,
    met ? 'yes' : 'NO',
  ];
}

export function opendataTable(rows: OpendataRow[]): string {
  return renderTable(
    ['measure', 'database', 'measured', 'goal', 'met?'],
    rows.map((row) => (row.what === 'search' ? searchCells(row.name, row.database, row.search) : pagingCells(row.database, row.paging))),
  );
}
