import type pg from 'pg';
import { moduleSettings } from '../../../kernel/config';
import { AppError, refuse, type Outcome } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { ALLOWED_FUNCTIONS } from './allowed-functions';
import { postgresPool } from './postgres-pool';
import { datastoreSettings } from './settings';
import { planFacts } from './sql-plan';
import { sqlShape } from './sql-shape';
import { SCHEMA } from './table-sql';
import { sqlResult, type SearchSqlResult } from './sql-result';

/** A longer text is no query a person wrote; refused before the database parses it. */
export const MAX_SQL_CHARS = 10_000;

/** Answers which of these DataStore table names (resource ids) belong to public datasets; the catalogue supplies it. */
export type PublicTables = (names: readonly string[]) => Promise<ReadonlySet<string>>;

function unavailable(message: string): AppError {
  return new AppError('datastore_sql_unavailable', { status: 403, userMessage: message });
}

/** The checks before the database sees the text: one SELECT, no writing words, only allowed functions. */
function checkText(text: string): string | null {
  if (text.length > MAX_SQL_CHARS) return `Die Abfrage ist zu lang: höchstens ${MAX_SQL_CHARS.toLocaleString('de-DE')} Zeichen.`;
  const shape = sqlShape(text);
  if (shape.severalStatements || !/^[\s(]*(select|with)\b/i.test(text.replace(/^(\s|--[^\n]*\n|\/\*[^]*?\*\/)*/, ''))) {
    return 'Senden Sie genau eine SELECT-Abfrage.';
  }
  if (shape.writes) return 'Die Abfrage darf nur lesen (kein INTO, INSERT, UPDATE, DELETE, FOR UPDATE …).';
  const refused = shape.functions.find((name) => !ALLOWED_FUNCTIONS.has(name));
  return refused ? `Die Funktion „${refused}“ ist in Abfragen nicht erlaubt.` : null;
}

/** PostgreSQL's refusals that the person can act on, as field errors; anything else is a fault of the portal. */
function describeDatabaseError(error: unknown, timeoutMs: number): string | null {
  const { code, message } = error as { code?: string; message?: string };
  if (code === '57014') return `Die Abfrage hat länger als ${(timeoutMs / 1000).toLocaleString('de-DE')} Sekunden gedauert und wurde abgebrochen.`;
  if (code === '42501') return 'Die Abfrage darf nur öffentliche DataStore-Tabellen lesen.';
  if (code === '25006') return 'Die Abfrage darf nur lesen.';
  // Syntax (42…), data (22…) and other statement errors: PostgreSQL's own message says where (as CKAN answers).
  if (code && /^(42|22|0A|2B|21|54)/.test(code)) return message ?? 'Die Abfrage ist fehlerhaft.';
  return null;
}

/**
 * CKAN's datastore_search_sql, guarded in layers: off unless the setting is on and the database is
 * PostgreSQL (PGlite cannot stop a running statement); the text must be one SELECT without writing
 * words, calling only allowed functions; `EXPLAIN (VERBOSE, FORMAT JSON)` must show only DataStore
 * tables of public datasets and no write; then it runs in a READ ONLY transaction with
 * `statement_timeout`, through the extended protocol (one statement only), at most `rowsMax` rows.
 */
export async function datastoreSearchSql(
  input: { sql: string },
  publicTables: PublicTables,
  deps: Pick<ModuleDeps, 'database' | 'config'>,
): Promise<Outcome<{ result: SearchSqlResult }>> {
  const settings = moduleSettings(deps, datastoreSettings);
  if (!settings.sqlEnabled) throw unavailable('Die SQL-Abfrage (datastore_search_sql) ist in diesem Portal abgeschaltet.');
  if (deps.database.kind !== 'postgres') throw unavailable('Die SQL-Abfrage (datastore_search_sql) gibt es nur mit PostgreSQL als Datenbank.');
  const text = input.sql.trim().replace(/;\s*$/, '');
  const problem = checkText(text);
  if (problem) return refuse({ sql: problem });

  // The row limit as a parameter also makes node-postgres use the extended protocol, which runs exactly one statement.
  const wrapped = `select * from (${text}) as q limit $1`;
  const values = [settings.rowsMax + 1];
  const client: pg.PoolClient = await postgresPool(deps.database).connect();
  try {
    await client.query('begin transaction read only');
    await client.query(`set local statement_timeout = ${settings.sqlTimeoutMs}`);
    await client.query(`set local search_path = ${SCHEMA}`);
    const explained = await client.query({ text: `explain (verbose, format json) ${wrapped}`, values });
    const facts = planFacts(explained.rows[0]?.['QUERY PLAN']);
    if (facts.writes) return refuse({ sql: 'Die Abfrage darf nur lesen.' });
    const refusedFunction = facts.functions.find((name) => !ALLOWED_FUNCTIONS.has(name));
    if (refusedFunction) return refuse({ sql: `Die Funktion „${refusedFunction}“ ist in Abfragen nicht erlaubt.` });
    const names = facts.relations.map((relation) => relation.name);
    const allowed = await publicTables(names);
    const foreign = facts.relations.find((relation) => relation.schema !== SCHEMA || !allowed.has(relation.name));
    if (foreign) return refuse({ sql: `Die Abfrage darf nur öffentliche DataStore-Tabellen lesen: „${foreign.name}“ gehört nicht dazu.` });
    // Every value as PostgreSQL's text: sql-result.ts reads numbers and truth values from it, the rest stays text.
    const result = await client.query<Array<string | null>>({
      text: wrapped,
      values,
      rowMode: 'array',
      types: { getTypeParser: () => (value: string) => value },
    });
    return { ok: true, result: sqlResult(result, settings.rowsMax) };
  } catch (error) {
    const message = describeDatabaseError(error, settings.sqlTimeoutMs);
    if (message) return refuse({ sql: message });
    throw error;
  } finally {
    await client.query('rollback').catch(() => {});
    client.release();
  }
}
