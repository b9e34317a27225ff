import { sql, type SQL } from 'drizzle-orm';

/** Begins the text of a statement marked by `reusedStatement`; the mark is a comment, so either database runs it unchanged. */
const MARK = '/* reused */';

/**
 * Marks a raw statement a process runs again and again (a booking's checks, a rush's claims): on
 * PostgreSQL each connection then parses and plans it once and afterwards only binds and runs it.
 * Unmarked statements are parsed, analysed and planned at every execution, which on a busy day costs
 * PostgreSQL as much as running them (docs/performance.md, "Termine"). Mark only statements whose
 * result columns stay the same for the life of a process: a prepared statement refuses to run when a
 * table's change alters them (tables created at run time, as the DataStore's, are never marked).
 * Drizzle's query builder has its own way (`.prepare(name)`, `preparedPerDatabase`).
 */
export function reusedStatement(query: SQL): SQL {
  return sql`${sql.raw(MARK)} ${query}`;
}

/** Distinct marked statements a connection keeps prepared; more (texts built from varying lists) run as before. */
const MOST_PER_CONNECTION = 200;

type QueryFunction = (...args: unknown[]) => unknown;

/**
 * Wraps one node-postgres client's `query`: a marked statement with parameters gets a name of this
 * connection per distinct text, so node-postgres prepares it on its first run there and reuses it.
 * Statements Drizzle names or leaves unnamed on purpose (`name: ''`) pass as they are.
 */
export function preparingReusedStatements(query: QueryFunction): QueryFunction {
  const names = new Map<string, string>();
  return (first, ...rest) => {
    if (isUnnamedMarked(first) && rest.length > 0) {
      let name = names.get(first.text);
      if (!name && names.size < MOST_PER_CONNECTION) names.set(first.text, (name = `reused_${names.size + 1}`));
      if (name) return query({ ...first, name }, ...rest);
    }
    return query(first, ...rest);
  };
}

function isUnnamedMarked(first: unknown): first is { text: string; name?: undefined } {
  if (typeof first !== 'object' || first === null) return false;
  const config = first as { text?: unknown; name?: unknown };
  return config.name === undefined && typeof config.text === 'string' && config.text.startsWith(MARK);
}
