import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../kernel/module';
import { WORKSPACE_CRUMB } from '../../../kernel/views';
import { STAFF_PATHS } from '../paths';
import { recomputeFigures } from './use-cases/recompute-figures';
import { showFigureDashboard } from './use-cases/show-figure-dashboard';
import { FigureDashboardPage } from './views/figure-dashboard';

/** The staff page "Kennzahlen" and its "Jetzt neu berechnen". */
export function registerFigureRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.get(STAFF_PATHS.figures, async (request, reply) => {
    const dashboard = await showFigureDashboard(request.user, deps);
    return reply.page({
      title: 'Kennzahlen der Digitalisierung',
      breadcrumbs: [WORKSPACE_CRUMB],
      workspace: true,
      body: <FigureDashboardPage {...dashboard} />,
    });
  });

  app.post(STAFF_PATHS.recomputeFigures, async (request, reply) => {
    const run = await recomputeFigures(request.user, { ip: request.ip }, deps);
    reply.flash(
      run.failed.length === 0
        ? `Die Kennzahlen sind neu berechnet (${run.computed}).`
        : run.failed.length === 1
          ? 'Die Kennzahlen sind neu berechnet. Ein Bereich konnte nicht berechnet werden; er zeigt seine letzten Werte.'
          : `Die Kennzahlen sind neu berechnet. ${run.failed.length} Bereiche konnten nicht berechnet werden; sie zeigen ihre letzten Werte.`,
    );
    return reply.redirect(STAFF_PATHS.figures, 303);
  });
}
