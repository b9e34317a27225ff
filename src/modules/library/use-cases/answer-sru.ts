import type { ModuleDeps } from '../../../kernel/module';
import { LIBRARY_PATHS } from '../paths';
import { CqlError, parseCql } from '../sru/cql';
import { parseSruRequest } from '../sru/protocol';
import { diagnosticXml, explainXml, searchRetrieveXml } from '../sru/responses';
import { cqlCondition, sruSearch } from '../sru/search';

/**
 * The SRU interface of the catalogue for library tools (public, like the catalogue): explain, or a
 * searchRetrieve in CQL. Whatever is wrong with the request is answered as an SRU diagnostic.
 */
export async function answerSru(query: Record<string, unknown>, deps: Pick<ModuleDeps, 'db' | 'config'>, libraryName: string): Promise<string> {
  const request = parseSruRequest(query);
  if (request.operation === 'invalid') return diagnosticXml(request.version, request.diagnostic);
  const base = new URL(deps.config.baseUrl);
  if (request.operation === 'explain') {
    const port = base.port ? Number(base.port) : base.protocol === 'https:' ? 443 : 80;
    return explainXml(request.version, { host: base.hostname, port, database: LIBRARY_PATHS.sru.slice(1), title: `${libraryName}: Katalog` });
  }
  let condition;
  try {
    condition = cqlCondition(parseCql(request.query));
  } catch (error) {
    if (error instanceof CqlError) return diagnosticXml(request.version, { code: error.code, message: error.message, details: error.details });
    throw error;
  }
  const page = await sruSearch(deps.db, condition, request.startRecord, request.maximumRecords);
  if (page.total > 0 && request.startRecord > page.total) {
    return diagnosticXml(request.version, { code: 61, message: `Es gibt nur ${page.total} Treffer.`, details: String(request.startRecord) });
  }
  return searchRetrieveXml({
    version: request.version,
    page,
    schema: request.schema,
    startRecord: request.startRecord,
    recordUrl: (id) => `${deps.config.baseUrl}${LIBRARY_PATHS.record(id)}`,
  });
}
