import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DatastoreLoadError } from '../load-error';
import { readXlsxArchive } from './archive';
import { columnName } from './cell-values';
import { SheetLines } from './places';
import type { XlsxProgress } from './progress';
import { sheetRows, type SheetRow } from './sheet-rows';

/** PostgreSQL allows 1,600 columns in a table; the DataStore adds `_id` and `_full_text`. */
export const MAX_COLUMNS = 1598;

/** A field for a comma-separated line: quoted when it holds a character any delimiter sniffing or parsing could take for syntax. */
function csvField(text: string): string {
  return /[",;\t|\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Line breaks in a cell's text as the CSV reader counts them (csv/file-lines.ts): its `\n`. */
const lineBreaks = (cells: readonly string[]): number => cells.reduce((sum, cell) => (cell.includes('\n') ? sum + cell.split('\n').length - 1 : sum), 0);

/**
 * The worksheet as CSV lines: the first row with a value is the header, and it decides the number of
 * columns; rows without any value are left out (Excel keeps formatted empty rows), and `lines` keeps
 * which sheet row each line came from. A value right of the header's last column is refused like a CSV
 * line with too many columns.
 */
async function* csvLines(rows: AsyncIterable<SheetRow>, lines: SheetLines): AsyncGenerator<string> {
  let width: number | null = null;
  for await (const row of rows) {
    const last = row.cells.length - 1;
    if (last < 0) continue;
    if (last >= MAX_COLUMNS) {
      throw new DatastoreLoadError(
        `Die Tabelle hat zu viele Spalten (Zeile ${row.number.toLocaleString('de-DE')} reicht bis Spalte ${columnName(last)}); der DataStore nimmt höchstens ${MAX_COLUMNS.toLocaleString('de-DE')} Spalten auf.`,
      );
    }
    if (width === null) width = last + 1;
    else if (last >= width) {
      throw new DatastoreLoadError(
        `Zeile ${row.number.toLocaleString('de-DE')} hat einen Wert in Spalte ${columnName(last)}, die Kopfzeile reicht aber nur bis Spalte ${columnName(width - 1)}. Geben Sie der Spalte eine Überschrift oder löschen Sie den Wert.`,
      );
    }
    const texts = Array.from({ length: width }, (_, index) => row.cells[index] ?? '');
    lines.add(row.number, lineBreaks(texts));
    yield `${texts.map(csvField).join(',')}\n`;
  }
}

/** The converted worksheet: the CSV to load, its size (the rows' share of the bar) and the sheet row of each of its lines. */
interface XlsxCsv {
  stream: Readable;
  bytes: number;
  lines: SheetLines;
}

/**
 * An XLSX distribution as a UTF-8 CSV stream, for the CSV path of the load (load.ts). Converting keeps
 * one way of guessing types, converting values, counting lines and writing rows for both formats,
 * instead of a second loader that would drift from the first; the dates are written as ISO and the
 * numbers as plain decimals, which the CSV reader reads without guessing a style.
 *
 * The archive is read first, the first worksheet converted to a CSV file in a temporary folder, both
 * reported as the first half of one bar (progress.ts); the folder is removed when the stream closes.
 */
export async function csvFromXlsx(source: Readable, progress: XlsxProgress): Promise<XlsxCsv> {
  // The process id in the name tells whose folder it is (one left by a crash, or another test file's).
  const folder = await mkdtemp(join(tmpdir(), `datastore-xlsx-${process.pid}-`));
  const removeFolder = () => rm(folder, { recursive: true, force: true });
  try {
    let read = 0;
    const parts = await readXlsxArchive(source, folder, (bytes) => progress.archive((read += bytes)));
    const sheetSize = (await stat(parts.sheetFile)).size;
    let converted = 0;
    const csvFile = join(folder, 'tabelle.csv');
    const lines = new SheetLines();
    await pipeline(
      Readable.from(
        csvLines(
          sheetRows(parts, (bytes) => progress.sheet((converted += bytes), sheetSize)),
          lines,
        ),
      ),
      createWriteStream(csvFile),
    );
    await progress.sheet(sheetSize, sheetSize, true);
    await rm(parts.sheetFile, { force: true });
    const bytes = (await stat(csvFile)).size;
    const stream = createReadStream(csvFile);
    stream.once('close', () => void removeFolder().catch(() => {}));
    return { stream, bytes, lines };
  } catch (error) {
    await removeFolder();
    throw error;
  }
}
