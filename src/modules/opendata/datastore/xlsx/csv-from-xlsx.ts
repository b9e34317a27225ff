import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ModuleDeps } from '../../../../kernel/module';
import { DatastoreLoadError } from '../load-error';
import { markLoading, reportProgress } from '../repository';
import { readXlsxArchive } from './archive';
import { sheetRows, type SheetRow } from './sheet-rows';

/** PostgreSQL allows 1,600 columns in a table; the DataStore adds `_id` and `_full_text`. */
export const MAX_COLUMNS = 1598;
/** How often reading the archive reports its progress. */
const PROGRESS_BYTES = 1024 * 1024;

const columnName = (index: number): string => (index >= 26 ? columnName(Math.floor(index / 26) - 1) : '') + String.fromCharCode(65 + (index % 26));

/** A field for a comma-separated line: quoted when it holds a character any delimiter sniffing or parsing could take for syntax. */
function csvField(text: string): string {
  return /[",;\t|\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The worksheet as CSV lines: the first row with a value is the header, and it decides the number of
 * columns; rows without any value are left out (Excel keeps formatted empty rows). A value right of the
 * header's last column is refused like a CSV line with too many columns.
 */
async function* csvLines(rows: AsyncIterable<SheetRow>): AsyncGenerator<string> {
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
    const cells = Array.from({ length: width }, (_, index) => csvField(row.cells[index] ?? ''));
    yield `${cells.join(',')}\n`;
  }
}

/**
 * An XLSX distribution as a UTF-8 CSV stream, for the CSV path of the load (load.ts). Converting keeps
 * one way of guessing types, converting values, counting lines and writing rows for both formats,
 * instead of a second loader that would drift from the first; the dates are written as ISO and the
 * numbers as plain decimals, which the CSV reader reads without guessing a style.
 *
 * The archive is read first (its progress counts the XLSX bytes), the first worksheet converted to a
 * CSV file in a temporary folder, and then the load starts over with the CSV's size as its total, so
 * the bar fills twice: once reading, once loading the rows. The folder is removed when the stream closes.
 */
export async function csvFromXlsx(source: Readable, resourceId: string, deps: Pick<ModuleDeps, 'db'>): Promise<Readable> {
  const folder = await mkdtemp(join(tmpdir(), 'datastore-xlsx-'));
  const removeFolder = () => rm(folder, { recursive: true, force: true });
  try {
    let read = 0;
    let reported = 0;
    const parts = await readXlsxArchive(source, folder, async (bytes) => {
      read += bytes;
      if (read - reported < PROGRESS_BYTES) return;
      reported = read;
      await reportProgress(deps.db, resourceId, { loadedBytes: read, rowCount: 0 });
    });
    const csvFile = join(folder, 'tabelle.csv');
    await pipeline(Readable.from(csvLines(sheetRows(parts))), createWriteStream(csvFile));
    await rm(parts.sheetFile, { force: true });
    await markLoading(deps.db, resourceId, (await stat(csvFile)).size);
    const csv = createReadStream(csvFile);
    csv.once('close', () => void removeFolder().catch(() => {}));
    return csv;
  } catch (error) {
    await removeFolder();
    throw error;
  }
}
