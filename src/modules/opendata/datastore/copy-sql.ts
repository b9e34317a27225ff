import type { DatastoreField } from '../tables/datastore';
import type { Delimiter } from './csv/dialect';
import type { ColumnType } from './csv/types';
import { ENGLISH_NUMBER, FALSE_WORDS, GERMAN_NUMBER, TRUE_WORDS } from './csv/values';
import { COLUMN_TYPES, quoteIdent, SCHEMA } from './table-sql';

/**
 * The SQL of a load on PostgreSQL (copy-load.ts): COPY reads the file itself. A column PostgreSQL
 * reads natively (text, whole numbers, dot decimals, ISO and, under `DateStyle` DMY, German dates and
 * times, true/false) is typed in COPY; one it cannot (decimal commas, thousands separators, ja/nein)
 * arrives as text and is converted in SQL by a generated column while COPY writes the row.
 */
export interface CopyColumn {
  field: DatastoreField;
  column: ColumnType;
  /** Read by PostgreSQL's own input function; false: converted in SQL from a raw text column. */
  native: boolean;
}

/** The session's date order while loading: `31.12.2024` is day first, `2024-12-31` reads either way. */
export const LOAD_DATE_STYLE = `set local datestyle = 'ISO, DMY'`;

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

const list = (names: readonly string[]) => `(${names.map(quoteIdent).join(', ')})`;

/** The text column a converted field's values arrive in; ids never start with `_` (csv/header.ts), so it is no field's. */
const rawColumn = (index: number) => `_raw_${index}`;

/** The columns COPY fills, in the file's order: the field itself, or the text column its value is converted from. */
const copiedColumn = (entry: CopyColumn, index: number) => (entry.native ? entry.field.id : rawColumn(index));

/** Text columns keep an empty value as '' (as csv/types.ts does); typed ones read `""` as null. */
function nullOptions(columns: readonly CopyColumn[]): string {
  const asText = (entry: CopyColumn) => entry.field.type === 'text' || !entry.native;
  const text = columns.flatMap((entry, index) => (asText(entry) ? [copiedColumn(entry, index)] : []));
  const typed = columns.flatMap((entry, index) => (asText(entry) ? [] : [copiedColumn(entry, index)]));
  return `${text.length > 0 ? `, force_not_null ${list(text)}` : ''}${typed.length > 0 ? `, force_null ${list(typed)}` : ''}`;
}

export interface CopyDialect {
  delimiter: Delimiter;
  /** PostgreSQL's name of the file's encoding. */
  encoding: 'UTF8' | 'WIN1252';
}

/**
 * A JS pattern of csv/values.ts for PostgreSQL's regular expressions, without its anchors' capture
 * groups and `\d` (capturing groups made the check twice as slow there; it runs for every value).
 */
function postgresPattern(pattern: RegExp): string {
  return `'${pattern.source.replaceAll('\\d', '[0-9]').replace(/\((?!\?)/g, '(?:')}'`;
}

/** JS trims a value before reading it; blanks (spaces, tabs) are what files hold. */
const trimmed = (value: string) => `btrim(${value}, E' \\t')`;

/** A raw value in its type, or null when csv/values.ts would not read it. */
function whenReadable(column: ColumnType, value: string): string {
  if (column.type === 'bool') {
    const words = (set: ReadonlySet<string>) => [...set].map((word) => `'${word}'`).join(', ');
    return `when lower(${value}) in (${words(TRUE_WORDS)}) then true when lower(${value}) in (${words(FALSE_WORDS)}) then false`;
  }
  const german = column.numberStyle === 'german';
  // Most values have no thousands separators: a shorter pattern first (a third cheaper), then the full one.
  const simple = german ? `replace(${value}, ',', '.')` : value;
  const plain = german ? `translate(${value}, ',.', '.')` : `replace(${value}, ',', '')`;
  return (
    `when ${value} ~ '${german ? SIMPLE_GERMAN : SIMPLE_ENGLISH}' then ${simple}::numeric ` +
    `when ${value} ~ ${postgresPattern(german ? GERMAN_NUMBER : ENGLISH_NUMBER)} then ${plain}::numeric`
  );
}

/** GERMAN_NUMBER and ENGLISH_NUMBER (csv/values.ts) without thousands separators and `+`. */
const SIMPLE_GERMAN = '^-?(?:[1-9][0-9]*|0)(?:,[0-9]+)?$';
const SIMPLE_ENGLISH = '^-?(?:[1-9][0-9]*|0)(?:\\.[0-9]+)?$';

/**
 * A converted field's value: null when blank, converted when csv/values.ts would read it (tried on the
 * value as it is first, the common case, then trimmed), else an error: a cast no type accepts, of the
 * value behind `!<column index>!`, so copy-errors.ts can name column and value.
 */
function convertedSql(entry: CopyColumn, index: number): string {
  const value = quoteIdent(rawColumn(index));
  const type = COLUMN_TYPES[entry.field.type];
  return (
    `case when ${value} = '' then null ${whenReadable(entry.column, value)} when ${trimmed(value)} = '' then null ` +
    `${whenReadable(entry.column, trimmed(value))} else ('!${index}!' || ${value})::${type} end`
  );
}

/** The marker convertedSql puts in front of a value it refuses, as PostgreSQL's message quotes it. */
export const REFUSED_VALUE = /"!(\d+)!([\s\S]*)"$/;

/**
 * The load table without its primary key (added after the rows: one index build instead of an insert
 * per row, which made COPY twice as slow). A converted field is a stored generated column over a raw
 * text column at the end, so COPY converts as it writes, in one pass over the rows.
 */
export function createLoadTableSql(loadTable: string, columns: readonly CopyColumn[]): string {
  const fields = columns.map((entry, index) => {
    const definition = `${quoteIdent(entry.field.id)} ${COLUMN_TYPES[entry.field.type]}`;
    return entry.native ? definition : `${definition} generated always as (${convertedSql(entry, index)}) stored`;
  });
  const raw = columns.flatMap((entry, index) => (entry.native ? [] : [`${quoteIdent(rawColumn(index))} text`]));
  return `create table ${SCHEMA}.${quoteIdent(loadTable)} (${['_id bigserial', ...fields, ...raw].join(', ')})`;
}

/** `copy … from stdin` in CSV format into the load table: the fields PostgreSQL reads, the raw columns of the others. */
export function copySql(loadTable: string, columns: readonly CopyColumn[], dialect: CopyDialect): string {
  const delimiter = dialect.delimiter === '\t' ? `E'\\t'` : `'${dialect.delimiter}'`;
  return (
    `copy ${SCHEMA}.${quoteIdent(loadTable)} ${list(columns.map(copiedColumn))} from stdin with (format csv, header true, ` +
    `delimiter ${delimiter}, quote '"', encoding '${dialect.encoding}'${nullOptions(columns)})`
  );
}

/**
 * Once the rows are in: converted fields become plain columns, the raw columns go (catalogue changes,
 * no rewrite: their bytes stay in the rows until the table is rewritten), and the primary key is built.
 */
export function finishLoadTableSql(loadTable: string, columns: readonly CopyColumn[]): string {
  const steps = columns.flatMap((entry, index) =>
    entry.native ? [] : [`alter column ${quoteIdent(entry.field.id)} drop expression`, `drop column ${quoteIdent(rawColumn(index))}`],
  );
  return `alter table ${SCHEMA}.${quoteIdent(loadTable)} ${[...steps, 'add primary key (_id)'].join(', ')}`;
}
