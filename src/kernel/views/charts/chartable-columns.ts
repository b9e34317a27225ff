import type { ChartSeries } from './model';

/** The type a table's column was found to have (the open-data CSV preview types its columns first). */
export type ColumnKind = 'text' | 'integer' | 'number' | 'date' | 'boolean';

export interface TypedColumn {
  name: string;
  kind: ColumnKind;
}

export interface ChartableData {
  /** `line` when the labels are ordered in time (dates, years), `bar` otherwise. */
  kind: 'bar' | 'line';
  labelColumn: string;
  labels: string[];
  series: ChartSeries[];
}

export interface ChartableOptions {
  /** Numeric columns drawn at most (default 3). */
  maxSeries?: number;
  /** Rows taken at most (default 100): a chart of more categories helps nobody. */
  maxRows?: number;
}

/** Columns that are numbers but no quantities: keys, codes, postcodes, coordinates. */
const NOT_A_QUANTITY =
  /^(id|nr\.?|nummer|lfd\.?\s*nr\.?|plz|postleitzahl|schl(ü|ue)ssel|ags|ars|key|code|kennung|lat|lon|lng|breite|l(ä|ae)nge|latitude|longitude|x|y)$|(_id|-id|nummer|schl(ü|ue)ssel)$/i;
const TIME_NAME = /^(jahr|year|monat|month|datum|date|zeit|zeitraum|stichtag|quartal|kalenderjahr|haushaltsjahr)$/i;

/**
 * A number as written in the column: "1234.5", "-12", or German "1.234,5". A column where any value
 * has a decimal comma is read the German way (dots group thousands); otherwise a dot is the decimal point.
 */
function numberReader(values: readonly string[]): (value: string) => number | null {
  const german = values.some((value) => /^\s*[-+−]?[\d.]*,\d+\s*$/.test(value));
  return (value) => {
    const text = value.trim().replace(/^−/, '-');
    if (text === '') return null;
    const plain = german ? text.replace(/\.(?=\d{3}(\D|$))/g, '').replace(',', '.') : text;
    if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(plain)) return null;
    const number = Number(plain);
    return Number.isFinite(number) ? number : null;
  };
}

/** Years as integers (2019, 2020, …) label a time line as well as dates do. */
function looksLikeYears(values: readonly string[]): boolean {
  const years = values.map((value) => Number(value.trim()));
  return (
    years.length > 1 && years.every((year, index) => Number.isInteger(year) && year >= 1800 && year <= 2200 && (index === 0 || year > (years[index - 1] ?? 0)))
  );
}

function labelColumnOf(columns: readonly TypedColumn[], cells: (index: number) => string[]): { index: number; time: boolean } | undefined {
  const time = columns.findIndex(
    (column, index) => column.kind === 'date' || ((column.kind === 'integer' || TIME_NAME.test(column.name)) && looksLikeYears(cells(index))),
  );
  if (time >= 0) return { index: time, time: true };
  const text = columns.findIndex((column, index) => column.kind === 'text' && cells(index).some((cell) => cell.trim() !== ''));
  return text >= 0 ? { index: text, time: false } : undefined;
}

/**
 * Picks from a table of strings what is worth a chart: a label column (a date or year column first,
 * else the first text column) and up to `maxSeries` numeric columns that are quantities (not ids,
 * postcodes or coordinates) with at least one value. Undefined when there is nothing to chart.
 */
export function chartableColumns(
  rows: readonly (readonly string[])[],
  columns: readonly TypedColumn[],
  options: ChartableOptions = {},
): ChartableData | undefined {
  const taken = rows.slice(0, options.maxRows ?? 100);
  if (taken.length === 0) return undefined;
  const cells = (index: number) => taken.map((row) => row[index] ?? '');
  const label = labelColumnOf(columns, cells);
  if (!label) return undefined;
  const series = columns
    .map((column, index) => ({ column, index }))
    .filter(({ column, index }) => index !== label.index && (column.kind === 'integer' || column.kind === 'number') && !NOT_A_QUANTITY.test(column.name.trim()))
    .map(({ column, index }) => {
      const read = numberReader(cells(index));
      return { name: column.name, values: cells(index).map(read) };
    })
    .filter((s) => s.values.some((value) => value !== null))
    .slice(0, options.maxSeries ?? 3);
  if (series.length === 0) return undefined;
  return {
    kind: label.time && taken.length >= 3 ? 'line' : 'bar',
    labelColumn: columns[label.index]?.name ?? '',
    labels: cells(label.index).map((cell, row) => cell.trim() || `Zeile ${row + 1}`),
    series,
  };
}
