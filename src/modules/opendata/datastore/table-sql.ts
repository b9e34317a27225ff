import { sql, type SQL } from 'drizzle-orm';
import type { DatastoreField } from '../tables/datastore';

export type FieldType = DatastoreField['type'];

/** CKAN's DataStore type names and their PostgreSQL column types. `int` is a bigint: counters outgrow 2^31. */
export const COLUMN_TYPES: Record<FieldType, string> = {
  text: 'text',
  int: 'bigint',
  numeric: 'numeric',
  bool: 'boolean',
  date: 'date',
  timestamp: 'timestamp',
};

/** Types whose text form does not depend on settings (DateStyle): only these may feed the generated `_full_text`. */
const FULL_TEXT_TYPES: ReadonlySet<FieldType> = new Set(['text', 'int', 'numeric', 'bool']);

/** The schema the DataStore's tables live in, apart from the portal's (datastore_search_sql may read only there). */
export const SCHEMA = 'datastore';

/** A double-quoted identifier. Only field ids the table row lists and table names the DataStore made reach it. */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export function tableRef(tableName: string): SQL {
  return sql.raw(`${SCHEMA}.${quoteIdent(tableName)}`);
}

export function column(id: string): SQL {
  return sql.raw(quoteIdent(id));
}

/**
 * The generated `_full_text` column that `q` searches (CKAN fills it by trigger; a stored generated
 * column does the same without one): the German stems of the row's text, numbers and truth values.
 */
function fullTextColumn(fields: readonly DatastoreField[]): string {
  const parts = fields.filter((field) => FULL_TEXT_TYPES.has(field.type)).map((field) => `coalesce(${quoteIdent(field.id)}::text, '')`);
  const document = parts.length > 0 ? parts.join(` || ' ' || `) : `''`;
  return `_full_text tsvector generated always as (to_tsvector('german'::regconfig, ${document})) stored`;
}

/** `create table` of a DataStore table: `_id` (CKAN's row id, the keyset order), the fields, `_full_text`. */
export function createTableSql(tableName: string, fields: readonly DatastoreField[]): SQL {
  const columns = fields.map((field) => `${quoteIdent(field.id)} ${COLUMN_TYPES[field.type]}`);
  return sql.raw(`create table ${SCHEMA}.${quoteIdent(tableName)} (_id bigserial primary key, ${[...columns, fullTextColumn(fields)].join(', ')})`);
}

/** After new fields: `_full_text` is generated from every field again. */
export function rebuildFullTextSql(tableName: string, fields: readonly DatastoreField[]): SQL {
  return sql.raw(`alter table ${SCHEMA}.${quoteIdent(tableName)} drop column _full_text, add column ${fullTextColumn(fields)}`);
}

/** The full-text index; a load creates it after the rows are in, which is several times faster than keeping it up per row. */
export function fullTextIndexSql(tableName: string): SQL {
  return sql.raw(`create index on ${SCHEMA}.${quoteIdent(tableName)} using gin (_full_text) with (fastupdate = off)`);
}

/** A unique index over the primary key fields (datastore_create's `primary_key`), which upserts find rows by. */
export function primaryKeyIndexSql(tableName: string, primaryKey: readonly string[]): SQL {
  return sql.raw(`create unique index on ${SCHEMA}.${quoteIdent(tableName)} (${primaryKey.map(quoteIdent).join(', ')})`);
}

export function indexSql(tableName: string, fieldIds: readonly string[]): SQL {
  return sql.raw(`create index on ${SCHEMA}.${quoteIdent(tableName)} (${fieldIds.map(quoteIdent).join(', ')})`);
}

export function dropTableSql(tableName: string): SQL {
  return sql.raw(`drop table if exists ${SCHEMA}.${quoteIdent(tableName)}`);
}
