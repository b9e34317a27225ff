import { csvText, type CsvFormat } from '../../../kernel/csv';

/** A plain value of an export row: what a CSV cell or a JSON property holds. */
export type PlainValue = string | number | boolean | null;

/**
 * Comma as RFC 4180 has it and no byte order mark, as these files have always been. Formulas defused:
 * people open the measures in a spreadsheet, and titles are typed by staff, an imported town's by
 * anyone; the figures' values are numbers, which the guard leaves alone.
 */
const COCKPIT_CSV: CsvFormat = { separator: ',', bom: false, defuseFormulas: true };

/** Rows as CSV with a header line (comma, CRLF, UTF-8); `columns` gives the header when there are no rows. */
export function toCsv(columns: readonly string[], rows: ReadonlyArray<Record<string, PlainValue>>): string {
  return csvText(
    columns,
    rows.map((row) => columns.map((column) => row[column])),
    COCKPIT_CSV,
  );
}
