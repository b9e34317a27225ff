import type pg from 'pg';

export interface SearchSqlResult {
  fields: Array<{ id: string; type: string }>;
  records: Array<Record<string, unknown>>;
  /** Only when more rows matched than an answer may hold (CKAN's key, absent otherwise). */
  records_truncated?: true;
}

/** PostgreSQL type oids and their DataStore type names. */
const TYPES: Record<number, string> = {
  20: 'int',
  21: 'int',
  23: 'int',
  700: 'numeric',
  701: 'numeric',
  1700: 'numeric',
  16: 'bool',
  1082: 'date',
  1114: 'timestamp',
};

function value(text: string | null, type: string): unknown {
  if (text === null) return null;
  if (type === 'int' || type === 'numeric') return Number(text);
  if (type === 'bool') return text === 't';
  // CKAN writes timestamps in ISO form, as datastore_search does.
  if (type === 'timestamp') return text.replace(' ', 'T');
  return text;
}

/** The rows of datastore_search_sql in CKAN's shape: fields with types, records as objects, `records_truncated`. */
export function sqlResult(result: pg.QueryArrayResult<Array<string | null>>, rowsMax: number): SearchSqlResult {
  const fields = result.fields.map((field) => ({ id: field.name, type: TYPES[field.dataTypeID] ?? 'text' }));
  const rows = result.rows.slice(0, rowsMax);
  const records = rows.map((row) => Object.fromEntries(fields.map((field, index) => [field.id, value(row[index] ?? null, field.type)])));
  return result.rows.length > rowsMax ? { fields, records, records_truncated: true } : { fields, records };
}
