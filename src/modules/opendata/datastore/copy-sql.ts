import type { DatastoreField } from '../tables/datastore';
import type { Delimiter } from './csv/dialect';
import type { ColumnType } from './csv/types';
import { ENGLISH_NUMBER, FALSE_WORDS, GERMAN_NUMBER, TRUE_WORDS } from './csv/values';
import { COLUMN_TYPES, quoteIdent, SCHEMA } from './table-sql';

/**
 * The SQL of a load on PostgreSQL (copy-load.ts): COPY reads the file itself. A column PostgreSQL
 * reads natively (text, whole numbers, dot decimals, ISO and, under `DateStyle` DMY, German dates and
 * times, true/false) is typed in COPY; one it cannot (decimal commas, thousands separators, ja/nein)
 * arrives as text in a staging table and is converted by one `insert … select`.
 */
export interface CopyColumn {
  field: DatastoreField;
  column: ColumnType;
  /** Read by PostgreSQL's own input function; false: converted in SQL from the staging table's text. */
  native: boolean;
}

/** The session's date order while loading: `31.12.2024` is day first, `2024-12-31` reads either way. */
export const LOAD_DATE_STYLE = `set local datestyle = 'ISO, DMY'`;

/** A temporary table of the load's transaction: not written to the WAL, gone at commit. */
const STAGING = 'datastore_load_staging';

/** Whether PostgreSQL reads every value the sample shows for this column as csv/values.ts would. */
export function readsNatively(column: ColumnType, sample: readonly string[]): boolean {
  const values = sample.map((value) => value.trim()).filter((value) => value !== '');
  switch (column.type) {
    case 'numeric':
      return column.numberStyle === 'english' && values.every((value) => !value.includes(','));
    case 'bool':
      return values.every((value) => ['true', 'false'].includes(value.toLowerCase()));
    default:
      return true;
  }
}

const list = (ids: readonly string[]) => `(${ids.map(quoteIdent).join(', ')})`;

/** Text columns keep an empty value as '' (as csv/types.ts does); typed ones read `""` as null. */
function nullOptions(columns: readonly CopyColumn[], staged: boolean): string {
  const asText = (entry: CopyColumn) => entry.field.type === 'text' || (staged && !entry.native);
  const text = columns.filter(asText).map((entry) => entry.field.id);
  const typed = columns.filter((entry) => !asText(entry)).map((entry) => entry.field.id);
  return `${text.length > 0 ? `, force_not_null ${list(text)}` : ''}${typed.length > 0 ? `, force_null ${list(typed)}` : ''}`;
}

export interface CopyDialect {
  delimiter: Delimiter;
  /** PostgreSQL's name of the file's encoding. */
  encoding: 'UTF8' | 'WIN1252';
}

/** `copy … from stdin` in CSV format, into the load table itself or (`staged`) into the staging table. */
export function copySql(loadTable: string, columns: readonly CopyColumn[], dialect: CopyDialect, staged: boolean): string {
  const target = staged ? STAGING : `${SCHEMA}.${quoteIdent(loadTable)}`;
  const delimiter = dialect.delimiter === '\t' ? `E'\\t'` : `'${dialect.delimiter}'`;
  return (
    `copy ${target} ${list(columns.map((entry) => entry.field.id))} from stdin with (format csv, header true, ` +
    `delimiter ${delimiter}, quote '"', encoding '${dialect.encoding}'${nullOptions(columns, staged)})`
  );
}

/** The staging table: the row number as `_id` (it becomes the row's `_id`), native columns typed, the others text. */
export function createStagingSql(columns: readonly CopyColumn[]): string {
  const definitions = columns.map((entry) => `, ${quoteIdent(entry.field.id)} ${entry.native ? COLUMN_TYPES[entry.field.type] : 'text'}`);
  return `create temporary table ${STAGING} (_id bigserial${definitions.join('')}) on commit drop`;
}

/** Whether a staged value is one csv/values.ts accepts: its pattern inside optional spaces (JS trims before reading). */
function fits(column: ColumnType, value: string): string {
  if (column.type === 'bool') return `${value} ~* '^\\s*(?:${[...TRUE_WORDS, ...FALSE_WORDS].join('|')})\\s*$'`;
  const inner = (column.numberStyle === 'german' ? GERMAN_NUMBER : ENGLISH_NUMBER).source.slice(1, -1);
  return `${value} ~ '^\\s*(?:${inner})\\s*$'`;
}

/** The conversion of a staged column's text into its type. */
function readValue(column: ColumnType, value: string): string {
  if (column.type === 'bool') return `lower(btrim(${value})) in (${[...TRUE_WORDS].map((word) => `'${word}'`).join(', ')})`;
  return column.numberStyle === 'german' ? `replace(replace(${value}, '.', ''), ',', '.')::numeric` : `replace(${value}, ',', '')::numeric`;
}

/**
 * A staged column's value in its type: null when blank, converted when it fits the column's pattern,
 * else an error (a cast that no type accepts), after which `firstBadRowSql` finds the row.
 */
function convertedSql(entry: CopyColumn): string {
  const value = quoteIdent(entry.field.id);
  const type = COLUMN_TYPES[entry.field.type];
  return `case when ${fits(entry.column, value)} then ${readValue(entry.column, value)} when ${value} ~ '^\\s*$' then null else ('!' || ${value})::${type} end`;
}

/** Moves the staged rows into the load table with the conversions; `_id` is the row's number in the file. */
export function insertStagedSql(loadTable: string, columns: readonly CopyColumn[]): string {
  const values = columns.map((entry) => (entry.native ? quoteIdent(entry.field.id) : convertedSql(entry)));
  return `insert into ${SCHEMA}.${quoteIdent(loadTable)} (_id, ${columns.map((entry) => quoteIdent(entry.field.id)).join(', ')}) select _id, ${values.join(', ')} from ${STAGING}`;
}

/** After rows came with their own `_id`, the table's sequence continues behind them (for later upserts). */
export function continueIdsSql(loadTable: string): string {
  const table = `${SCHEMA}.${quoteIdent(loadTable)}`;
  return `select setval(pg_get_serial_sequence('${table.replaceAll("'", "''")}', '_id'), (select coalesce(max(_id), 0) + 1 from ${table}), false)`;
}

/** The first staged row with a value its column's pattern refuses (only when the conversion failed). */
export function firstBadRowSql(columns: readonly CopyColumn[]): string {
  const staged = columns.filter((entry) => !entry.native);
  const bad = staged.map((entry) => {
    const value = quoteIdent(entry.field.id);
    return `not (${fits(entry.column, value)} or ${value} ~ '^\\s*$')`;
  });
  return `select _id::text, ${staged.map((entry) => quoteIdent(entry.field.id)).join(', ')} from ${STAGING} where ${bad.join(' or ')} order by _id limit 1`;
}
