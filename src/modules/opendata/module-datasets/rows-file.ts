import { createHash } from 'node:crypto';
import { csvText, type CsvFormat } from '../../../kernel/csv';

type Row = Record<string, string | number | boolean | null>;

/**
 * Comma as RFC 4180 has it, no byte order mark, as the files have always been. Formulas defused: the
 * rows hold text typed by anyone (citizens' ideas, the Freifunk community's node names) and
 * people open the CSV in a spreadsheet. Numbers are never touched, and the JSON file beside it gives
 * every value exactly as the module has it, for programs.
 */
const MODULE_DATASET_CSV: CsvFormat = { separator: ',', bom: false, defuseFormulas: true };

/** Rows as CSV (RFC 4180: comma, CRLF, quotes where needed), columns in the first row's order. */
export function rowsAsCsv(rows: readonly Row[]): string {
  if (rows.length === 0) return '';
  const columns = Object.keys(rows[0]!);
  return csvText(
    columns,
    rows.map((row) => columns.map((column) => row[column])),
    MODULE_DATASET_CSV,
  );
}

export function rowsAsJson(rows: readonly Row[]): string {
  return JSON.stringify(rows);
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
