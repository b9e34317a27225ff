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

/** Types whose text form does not depend on settings (DateStyle): only these may feed the full-text index. */
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
 * The row's full text that `q` searches (CKAN's `_full_text`): the German stems of its text, numbers and
 * truth values. An expression with an index on it rather than a stored column: a stored tsvector made
 * COPY four times slower, while the index can be built once the rows are in. Searches must use exactly
 * this expression for the planner to use the index.
 */
function fullTextText(fields: readonly DatastoreField[]): string {
  const parts = fields.filter((field) => FULL_TEXT_TYPES.has(field.type)).map((field) => `coalesce(${quoteIdent(field.id)}::text, '')`);
  return `to_tsvector('german'::regconfig, ${parts.length > 0 ? parts.join(` || ' ' || `) : `''`})`;
}

export function fullText(fields: readonly DatastoreField[]): SQL {
  return sql.raw(fullTextText(fields));
}

/** `create table` of a DataStore table: `_id` (CKAN's row id, the keyset order) and the fields. */
export function createTableSql(tableName: string, fields: readonly DatastoreField[]): SQL {
  const columns = fields.map((field) => `${quoteIdent(field.id)} ${COLUMN_TYPES[field.type]}`);
  return sql.raw(`create table ${SCHEMA}.${quoteIdent(tableName)} (_id bigserial primary key${columns.map((definition) => `, ${definition}`).join('')})`);
}

/** The full-text index's name: the table's name with `_full_text`; a load renames it with its table. */
function fullTextIndexName(tableName: string): string {
  return `${tableName}_full_text`;
}

export function fullTextIndexSql(tableName: string, fields: readonly DatastoreField[]): SQL {
  return sql.raw(
    `create index ${quoteIdent(fullTextIndexName(tableName))} on ${SCHEMA}.${quoteIdent(tableName)} using gin ((${fullTextText(fields)})) with (fastupdate = off)`,
  );
}

export function dropFullTextIndexSql(tableName: string): SQL {
  return sql.raw(`drop index if exists ${SCHEMA}.${quoteIdent(fullTextIndexName(tableName))}`);
}

/** Columns of a loaded table that get an index of their own: filters and sorts of wide tables name the first ones. */
const INDEXED_COLUMNS = 20;

/**
 * One index per column (the first INDEXED_COLUMNS), built on PostgreSQL after a load's swap, for
 * datastore_search's filters and sorts: without them a filter's exact total (CKAN's `total`) reads
 * every row, 90 ms on 1,000,000 rows against a few with them. Text by hash (CKAN's filters compare
 * for equality; a B-tree refuses values over about 2.7 KB), the other types by B-tree (ranges, sort).
 * A table's drop takes them along; the next load builds them under the same names.
 */
export function columnIndexSql(tableName: string, fields: readonly DatastoreField[]): SQL[] {
  return fields
    .slice(0, INDEXED_COLUMNS)
    .map((field, position) =>
      sql.raw(
        `create index if not exists ${quoteIdent(`${tableName}_c${position}`)} on ${SCHEMA}.${quoteIdent(tableName)} using ${field.type === 'text' ? 'hash' : 'btree'} (${quoteIdent(field.id)})`,
      ),
    );
}

/** A loaded table takes the resource's name, and its index the name that goes with it (two statements: PGlite runs one per query). */
export function renameTableSql(from: string, to: string): SQL[] {
  return [
    sql.raw(`alter table ${SCHEMA}.${quoteIdent(from)} rename to ${quoteIdent(to)}`),
    sql.raw(`alter index if exists ${SCHEMA}.${quoteIdent(fullTextIndexName(from))} rename to ${quoteIdent(fullTextIndexName(to))}`),
  ];
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
