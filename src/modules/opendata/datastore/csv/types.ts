import type { DatastoreField } from '../../tables/datastore';
import { DatastoreLoadError, quoted } from '../load-error';
import { fitsNumberStyle, readBool, readDate, readInt, readNumeric, readTimestamp, type NumberStyle } from './values';

export type FieldType = DatastoreField['type'];

/** A column's type and, for numbers, its decimal style: decided once per column, never per value. */
export interface ColumnType {
  type: FieldType;
  numberStyle: NumberStyle;
}

const WHY: Record<Exclude<FieldType, 'text'>, string> = {
  int: 'ist keine ganze Zahl',
  numeric: 'ist keine Zahl',
  bool: 'ist kein Wahrheitswert (ja/nein)',
  date: 'ist kein Datum (TT.MM.JJJJ)',
  timestamp: 'ist kein Zeitpunkt (TT.MM.JJJJ hh:mm)',
};

/**
 * The number style of a column: the one every value fits. Values such as `1.234` fit both; then the
 * file's delimiter decides (a `;` file comes from a German program, whose decimal sign is the comma).
 */
function numberStyleOf(values: readonly string[], delimiter: string): NumberStyle | null {
  const german = values.every((value) => fitsNumberStyle(value, 'german'));
  const english = values.every((value) => fitsNumberStyle(value, 'english'));
  if (german && english) return delimiter === ';' ? 'german' : 'english';
  return german ? 'german' : english ? 'english' : null;
}

/** The narrowest type all sample values of a column fit; empty values fit every type (they load as null). */
export function guessColumnType(sample: readonly string[], delimiter: string): ColumnType {
  const values = sample.filter((value) => value !== '');
  const fallbackStyle: NumberStyle = delimiter === ';' ? 'german' : 'english';
  if (values.length === 0) return { type: 'text', numberStyle: fallbackStyle };
  if (values.every((value) => readBool(value) !== null)) return { type: 'bool', numberStyle: fallbackStyle };
  if (values.every((value) => readInt(value) !== null)) return { type: 'int', numberStyle: fallbackStyle };
  const style = numberStyleOf(values, delimiter);
  if (style) return { type: 'numeric', numberStyle: style };
  if (values.every((value) => readDate(value) !== null)) return { type: 'date', numberStyle: fallbackStyle };
  if (values.every((value) => readTimestamp(value) !== null)) return { type: 'timestamp', numberStyle: fallbackStyle };
  return { type: 'text', numberStyle: fallbackStyle };
}

/** A type chosen by the publisher: the number style still comes from the values. */
export function chosenColumnType(type: FieldType, sample: readonly string[], delimiter: string): ColumnType {
  const values = sample.filter((value) => value !== '');
  return { type, numberStyle: numberStyleOf(values, delimiter) ?? (delimiter === ';' ? 'german' : 'english') };
}

/** Turns a value into PostgreSQL's input syntax; null for an empty value of any type but text. */
export type Converter = (value: string) => string | null;

export function converterFor(column: ColumnType): Converter | null {
  switch (column.type) {
    case 'text':
      return null;
    case 'int':
      return readInt;
    case 'numeric':
      return (value) => readNumeric(value, column.numberStyle);
    case 'bool':
      return readBool;
    case 'date':
      return readDate;
    case 'timestamp':
      return readTimestamp;
  }
}

/**
 * Where a value sits, as the publisher finds it in the file: its line (counted as an editor counts,
 * csv/read-csv.ts) and its column's index. A CSV file names the column by its header, "Zeile 1.234,
 * Spalte „Betrag“"; an XLSX file by the sheet's row and column letter (xlsx/places.ts).
 */
export type PlaceOf = (line: number, column: number) => string;

/** The places of a CSV file: the line and the column's header as written (`labels`, in the file's order). */
export function csvPlaces(labels: readonly string[]): PlaceOf {
  return (line, column) => `Zeile ${line.toLocaleString('de-DE')}, Spalte ${quoted(labels[column] ?? '')}`;
}

/** "Zeile 1.234, Spalte „Betrag“: „12,5x“ ist keine Zahl." */
export function valueError(place: string, value: string, type: FieldType): DatastoreLoadError {
  const why = type === 'text' ? 'passt nicht in die Spalte' : WHY[type];
  return new DatastoreLoadError(`${place}: ${quoted(value)} ${why}.`);
}

/**
 * Converts one record in place. A value that does not fit its column stops the load with its place
 * and the value: "Zeile 1.234, Spalte „Betrag“: „12,5x“ ist keine Zahl".
 */
export function convertRecord(
  record: Array<string | null>,
  columns: readonly ColumnType[],
  converters: readonly (Converter | null)[],
  placeOf: PlaceOf,
  line: number,
): void {
  for (let index = 0; index < record.length; index += 1) {
    const convert = converters[index];
    const value = record[index]!;
    if (!convert || value === null) continue;
    const trimmed = value.trim();
    if (trimmed === '') {
      record[index] = null;
      continue;
    }
    const converted = convert(trimmed);
    if (converted === null) {
      throw valueError(placeOf(line, index), value, columns[index]!.type);
    }
    record[index] = converted;
  }
}
