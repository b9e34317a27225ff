import { requireSection, type Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { mayCoordinate, mayOpenCockpit } from '../../policies';
import type { FigureSourceRow } from '../../tables';
import { figureSources } from '../repository';
import { loadFigureAreas, type FigureArea } from './load-figure-areas';

export interface FigureDashboard {
  areas: FigureArea[];
  /** Each module's last computation; a failed one names its error (staff only). */
  sources: FigureSourceRow[];
  /** "Jetzt neu berechnen" is the coordinator's. */
  mayRecompute: boolean;
}

/** The staff page "Kennzahlen": whoever may open the cockpit's section (others get 404). */
export async function showFigureDashboard(actor: Actor, deps: Pick<ModuleDeps, 'db' | 'modules'>): Promise<FigureDashboard> {
  requireSection(actor, mayOpenCockpit);
  const [areas, sources] = await Promise.all([loadFigureAreas(deps), figureSources(deps.db)]);
  return { areas, sources, mayRecompute: mayCoordinate(actor) };
}
