import type { ModuleDeps } from '../../../../kernel/module';
import { loadFigureAreas, type FigureArea } from '../../figures/use-cases/load-figure-areas';
import { publishedMeasureSummaries, type MeasureSummary } from '../repository';

export interface Overview {
  measures: MeasureSummary[];
  areas: FigureArea[];
}

/** /digitalisierung: the published measures and the kept live figures; public, the same for everyone. */
export async function showOverview(deps: Pick<ModuleDeps, 'db' | 'modules'>): Promise<Overview> {
  const [measures, areas] = await Promise.all([publishedMeasureSummaries(deps.db), loadFigureAreas(deps)]);
  return { measures, areas };
}
