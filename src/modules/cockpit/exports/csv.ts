/** A plain value of an export row: what a CSV cell or a JSON property holds. */
export type PlainValue = string | number | boolean | null;

/**
 * One CSV cell (RFC 4180). A text a spreadsheet would run as a formula (=, +, -, @, tab or carriage
 * return first) gets a leading apostrophe: titles are typed by staff, and an imported town's by anyone.
 */
function csvCell(value: PlainValue): string {
  if (value === null) return '';
  const raw = String(value);
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as CSV with a header line (comma, CRLF, UTF-8); `columns` gives the header when there are no rows. */
export function toCsv(columns: readonly string[], rows: ReadonlyArray<Record<string, PlainValue>>): string {
  const lines = [columns.map(csvCell), ...rows.map((row) => columns.map((column) => csvCell(row[column] ?? null)))];
  return lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}
