import { errors } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { loadFigureAreas, type FigureArea } from '../../figures/use-cases/load-figure-areas';
import { slugFromTitle } from '../../measures/use-cases/save-measure';

/** An area's slug in its page's URL: `Online-Anträge` → `online-antraege`. */
export const areaSlug = (area: string) => slugFromTitle(area);

/** /digitalisierung/kennzahlen/<slug>: one area's kept figures; public, the same for everyone; 404 for an unknown area. */
export async function showFigureArea(slug: string, deps: Pick<ModuleDeps, 'db' | 'modules'>): Promise<FigureArea> {
  const area = (await loadFigureAreas(deps)).find((candidate) => areaSlug(candidate.area) === slug);
  if (!area) throw errors.notFound('Der Bereich');
  return area;
}
