import { cachedQuery, type Executor } from '../../../../kernel/db';
import type { StreetList } from '../../../../kernel/geo';
import type { ModuleDeps } from '../../../../kernel/module';
import { areaRows, heatCells, type AreaRow, type HeatCell } from '../heat-map';
import { listPublicGaps } from '../repository';

export interface PublicGapMap {
  cells: HeatCell[];
  areas: AreaRow[];
  total: number;
}

type MapQuery = (db: Executor, key: string) => Promise<PublicGapMap>;

/**
 * The aggregation is kept in memory until a report changes (ADR 16): naming each cell and area
 * looks every report up against the whole street list, which need not run on every uncached view.
 * One cache per street list (tests swap lists; a running portal has one).
 */
const queries = new WeakMap<object, MapQuery>();
const WITHOUT_STREETS = {};

function queryFor(streets: StreetList | undefined): MapQuery {
  const key = streets ?? WITHOUT_STREETS;
  let query = queries.get(key);
  if (!query) {
    query = cachedQuery({ tables: ['wlan_gap_reports'], maxEntries: 1 }, async (db) => {
      const rows = await listPublicGaps(db);
      return { cells: heatCells(rows, streets), areas: areaRows(rows, streets), total: rows.length };
    });
    queries.set(key, query);
  }
  return query;
}

/** The public heat map: confirmed, planned and resolved reports, aggregated; nothing personal, no descriptions. */
export function publicGapMap(deps: Pick<ModuleDeps, 'db' | 'config'>): Promise<PublicGapMap> {
  return queryFor(deps.config.streets)(deps.db, 'public');
}
