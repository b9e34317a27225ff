import type { FastifyInstance } from 'fastify';
import { errors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { CKAN_NAME } from '../paths';
import type { UsageCounter } from '../usage/counter';
import { findDatasetByName } from '../repository/datasets';
import { findDeclaration, moduleExportPath } from './sync';
import { rowsAsCsv, rowsAsJson } from './rows-file';

/** The files of the modules' datasets, generated from their rows at each request (public data only, by declaration); each counts as a download. */
export function moduleExportRoutes(app: FastifyInstance, deps: ModuleDeps, usage: UsageCounter): void {
  app.get<{ Params: { name: string; format: string } }>(moduleExportPath(':name', 'csv').replace('export.csv', 'export.:format'), async (request, reply) => {
    const { name, format } = request.params;
    if (!CKAN_NAME.test(name) || (format !== 'csv' && format !== 'json')) throw errors.pageNotFound();
    const dataset = await findDatasetByName(deps.db, name);
    const declaration = dataset?.origin === 'module' && dataset.state === 'active' ? findDeclaration(deps, dataset.originRef) : undefined;
    if (!declaration) throw errors.notFound('Der Datensatz');
    const rows = await declaration.rows(deps);
    usage.count('downloads', name, request);
    return reply
      .header('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="${name}.${format}"`)
      .header('access-control-allow-origin', '*')
      .header('cache-control', 'public, max-age=300')
      .send(format === 'csv' ? rowsAsCsv(rows) : rowsAsJson(rows));
  });
}
