import type { FastifyInstance } from 'fastify';
import { cachedQuery } from '../../../../kernel/db';
import { errors } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { PATHS } from '../../paths';
import { MEASURE_TABLES } from '../published-measures';
import { quarterOf } from './quarter';
import { quarterlyReport } from './report-pdf';

/** The quarterly report, `/digitalisierung/bericht/2026-q4.pdf`: public, kept per quarter until a table it reads changes. */
export function reportRoute(app: FastifyInstance, deps: Pick<ModuleDeps, 'db' | 'config'>): void {
  // Kept as a latin1 string: cached values are frozen, and a Buffer cannot be. The running quarter's report says
  // "Stand <day>": the figures' daily job changes a table it reads, so it is made again at least once a day.
  const report = cachedQuery({ tables: [...MEASURE_TABLES, 'cockpit_figures', 'cockpit_figure_days'], maxEntries: 8 }, async (db, id) => {
    const quarter = quarterOf(id, new Date());
    if (!quarter) throw errors.notFound('Der Bericht');
    return (await quarterlyReport(db, deps.config, quarter, new Date())).toString('latin1');
  });
  // The file name is the parameter (`2026-q4.pdf`): the router takes no text after a parameter.
  app.get<{ Params: { file: string } }>(PATHS.report('x').replace(/x\.pdf$/, ':file'), async (request, reply) => {
    const id = request.params.file.replace(/\.pdf$/, '');
    if (!request.params.file.endsWith('.pdf') || !quarterOf(id, new Date())) throw errors.notFound('Der Bericht');
    const pdf = Buffer.from(await report(deps.db, id), 'latin1');
    return reply
      .type('application/pdf')
      .header('content-disposition', `inline; filename="digitalisierung-${id}.pdf"`)
      .header('cache-control', 'public, max-age=300')
      .send(pdf);
  });
}
