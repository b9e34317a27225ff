import { audit } from '../../../../kernel/audit';
import { requireSection, requireThat, type Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { mayCoordinate, mayOpenCockpit } from '../../policies';
import { computeFigures, type FigureRun } from '../compute-figures';

/**
 * "Jetzt neu berechnen": the coordinator runs the figures job at once (after a correction in a module's
 * data, before a council meeting) instead of waiting up to a quarter of an hour. Audited with the run.
 */
export async function recomputeFigures(actor: Actor, input: { ip?: string }, deps: ModuleDeps): Promise<FigureRun> {
  requireSection(actor, mayOpenCockpit);
  requireThat(actor, mayCoordinate);
  return computeFigures(deps, new Date(), async (tx, run) => {
    await audit(tx, actor, {
      action: 'cockpit.figures.recomputed',
      objectType: 'cockpit_figures',
      details: { computed: run.computed, failed: run.failed.map((failure) => failure.module) },
      ip: input.ip,
    });
  });
}
