import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../kernel/module';
import { PATHS } from '../paths';
import { toCsv } from './csv';
import { MEASURE_COLUMNS, measureDocument, measureRow } from './measure-rows';
import { MEASURE_TABLES, publishedMeasures } from './published-measures';
import { reportRoute } from './report/route';
import { servePublicFile } from './served-file';

/** The published measures as CSV and JSON (also the open dataset's files), and the quarterly report. */
export function exportRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  servePublicFile(app, deps, {
    path: PATHS.measuresCsv,
    mediaType: 'text/csv; charset=utf-8',
    fileName: 'massnahmen.csv',
    tables: MEASURE_TABLES,
    render: async (db, baseUrl) =>
      toCsv(
        MEASURE_COLUMNS,
        (await publishedMeasures(db)).map((measure) => measureRow(measure, baseUrl)),
      ),
  });
  servePublicFile(app, deps, {
    path: PATHS.measuresJson,
    mediaType: 'application/json; charset=utf-8',
    fileName: 'massnahmen.json',
    tables: MEASURE_TABLES,
    render: async (db, baseUrl) => JSON.stringify((await publishedMeasures(db)).map((measure) => measureDocument(measure, baseUrl))),
  });
  reportRoute(app, deps);
}
