/** A cell's value: text, or a number or truth value as JavaScript prints it; null and undefined are empty cells. */
export type CsvValue = string | number | boolean | null | undefined;

/** How one kind of file is written. Every caller states each choice beside its format, with the reason. */
export interface CsvFormat {
  /** `,` as RFC 4180 has it; `;` where German spreadsheets expect it (the comma is their decimal sign); a tab for TSV. */
  separator: ',' | ';' | '\t';
  /** A byte order mark first, so Excel reads the file as UTF-8 (umlauts) instead of the system's code page. */
  bom: boolean;
  /**
   * Defuse text a spreadsheet would run as a formula (OWASP, CSV injection): on for every file people
   * open in a spreadsheet whose text others typed. Off only where the values must arrive exactly as
   * published, for programs; numbers are never touched, so a negative number stays one either way.
   */
  defuseFormulas: boolean;
}

const BOM = '\uFEFF';

/** What a spreadsheet takes for the start of a formula: =, +, -, @, and tab or carriage return before them. */
const FORMULA_START = /^[=+\-@\t\r]/;

const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;

/**
 * One cell (RFC 4180): quoted when it holds the separator, a quote or a line break. A defused formula
 * gets a leading apostrophe and is always quoted, as OWASP advises: a spreadsheet that reads quoted
 * fields as text then shows it as text, whatever its import settings.
 */
function csvCell(value: CsvValue, format: CsvFormat): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  if (format.defuseFormulas && typeof value === 'string' && FORMULA_START.test(text)) return quoted(`'${text}`);
  return text.includes(format.separator) || /["\r\n]/.test(text) ? quoted(text) : text;
}

/** One record with its line break (CRLF, RFC 4180). */
export function csvLine(values: readonly CsvValue[], format: CsvFormat): string {
  return `${values.map((value) => csvCell(value, format)).join(format.separator)}\r\n`;
}

/** A whole file: the header line, then one line per row. */
export function csvText(header: readonly string[], rows: Iterable<readonly CsvValue[]>, format: CsvFormat): string {
  let text = `${format.bom ? BOM : ''}${csvLine(header, format)}`;
  for (const row of rows) text += csvLine(row, format);
  return text;
}

/** A file as it streams: the header line first, then each page of rows as one chunk, never all rows in memory. */
export async function* csvChunks(
  header: readonly string[],
  pages: AsyncIterable<ReadonlyArray<readonly CsvValue[]>>,
  format: CsvFormat,
): AsyncGenerator<string> {
  yield `${format.bom ? BOM : ''}${csvLine(header, format)}`;
  for await (const rows of pages) yield rows.map((row) => csvLine(row, format)).join('');
}
