import type { ModuleDeps } from '../../../../kernel/module';
import { areaRows, heatCells, type AreaRow, type HeatCell } from '../heat-map';
import { listPublicGaps } from '../repository';

export interface PublicGapMap {
  cells: HeatCell[];
  areas: AreaRow[];
  total: number;
}

/** The public heat map: confirmed, planned and resolved reports, aggregated; nothing personal, no descriptions. */
export async function publicGapMap(deps: Pick<ModuleDeps, 'db' | 'config'>): Promise<PublicGapMap> {
  const rows = await listPublicGaps(deps.db);
  return { cells: heatCells(rows, deps.config.streets), areas: areaRows(rows, deps.config.streets), total: rows.length };
}
