import { cachedQuery } from '../../../kernel/db';
import type { ModuleDeps } from '../../../kernel/module';
import { LIBRARY_PATHS } from '../paths';
import { CqlError, parseCql } from '../sru/cql';
import { parseSruRequest } from '../sru/protocol';
import { diagnosticXml, explainXml, searchRetrieveXml } from '../sru/responses';
import { cqlCondition, sruSearch } from '../sru/search';

type SruDeps = Pick<ModuleDeps, 'db' | 'config'>;
const keptAnswers = new WeakMap<SruDeps, (db: SruDeps['db'], key: string) => Promise<string>>();

/**
 * The SRU interface of the catalogue for library tools (public, like the catalogue): explain, or a
 * searchRetrieve in CQL. Whatever is wrong with the request is answered as an SRU diagnostic.
 * Answers are the same for every caller (records only, no copies or loans) and library tools ask the
 * same ones again and again: they are kept by their sorted parameters until a record changes, 256
 * at most per app (keyed by its deps, whose database and base URL they use).
 */
export function answerSru(query: Record<string, unknown>, deps: SruDeps, libraryName: string): Promise<string> {
  let kept = keptAnswers.get(deps);
  if (!kept) {
    kept = cachedQuery({ tables: ['library_records'], maxEntries: 256 }, (_db, key) => {
      const [name, parameters] = JSON.parse(key) as [string, Array<[string, unknown]>];
      return freshSruAnswer(Object.fromEntries(parameters), deps, name);
    });
    keptAnswers.set(deps, kept);
  }
  const parameters = Object.entries(query).sort(([a], [b]) => (a < b ? -1 : 1));
  return kept(deps.db, JSON.stringify([libraryName, parameters]));
}

async function freshSruAnswer(query: Record<string, unknown>, deps: SruDeps, libraryName: string): Promise<string> {
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
