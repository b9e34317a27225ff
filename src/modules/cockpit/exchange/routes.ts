import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../kernel/module';
import { FIGURE_COLUMNS, currentFigures, figureRow } from '../exports/current-figures';
import { toCsv } from '../exports/csv';
import { MEASURE_TABLES } from '../exports/published-measures';
import { servePublicFile } from '../exports/served-file';
import { PATHS } from '../paths';
import { exchangeFeed } from './feed';
import { feedSchemaDocument } from './schema';
import { comparisonRoutes } from './staff-routes';

/** The open exchange feed (JSON, figures as CSV) with its versioned JSON Schema, and the coordinator's comparison. */
export function exchangeRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  servePublicFile(app, deps, {
    path: PATHS.feed,
    mediaType: 'application/json; charset=utf-8',
    fileName: 'feed.json',
    tables: [...MEASURE_TABLES, 'cockpit_figures'],
    render: async (db) => JSON.stringify(await exchangeFeed(db, deps.config)),
  });
  servePublicFile(app, deps, {
    path: PATHS.feedCsv,
    mediaType: 'text/csv; charset=utf-8',
    fileName: 'kennzahlen.csv',
    tables: ['cockpit_figures'],
    render: async (db) => toCsv(FIGURE_COLUMNS, (await currentFigures(db)).map(figureRow)),
  });
  servePublicFile(app, deps, {
    path: PATHS.feedSchema,
    mediaType: 'application/schema+json; charset=utf-8',
    fileName: 'schema.json',
    tables: [],
    render: (_db, baseUrl) => Promise.resolve(JSON.stringify(feedSchemaDocument(`${baseUrl}${PATHS.feedSchema}`), null, 2)),
  });
  comparisonRoutes(app, deps);
}
