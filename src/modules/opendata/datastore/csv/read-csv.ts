import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { CsvError } from 'csv-parse';
import { DatastoreLoadError } from '../load-error';
import { decodeText } from './decode';
import { sniffDelimiter, type Delimiter } from './dialect';
import { FileLines, LineCountingParser } from './file-lines';

/** Rows the column types are guessed from (and the delimiter from their lines). */
export const SAMPLE_ROWS = 1000;

/** A record and the line of the file it ends on (file-lines.ts): what messages name. */
export interface CsvRow {
  values: string[];
  line: number;
}

export interface CsvStart {
  delimiter: Delimiter;
  /** The header's line in the file: 2 after Excel's `sep=;` line, else 1. */
  headerLine: number;
  header: string[];
  /** The first data rows (up to SAMPLE_ROWS), already read: the types are guessed from them. */
  sample: CsvRow[];
  /** The data rows after the sample. */
  rest: AsyncIterator<CsvRow>;
}

function describeParseError(error: CsvError & { lines?: number; record?: unknown[] }, lines: FileLines): DatastoreLoadError {
  const line = lines.errorLine(error.lines ?? 0).toLocaleString('de-DE');
  // csv-parse names the expected length only in its message ("expect 2, got 3 on line 3").
  const columns = /expect (\d+)/.exec(error.message)?.[1] ?? 'eine andere Zahl';
  switch (error.code) {
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
      return new DatastoreLoadError(
        `Zeile ${line} hat ${error.record?.length ?? 'eine andere Zahl von'} Spalten, die Kopfzeile aber ${columns}. Prüfen Sie Trennzeichen und Anführungszeichen in dieser Zeile.`,
      );
    case 'CSV_QUOTE_NOT_CLOSED':
      return new DatastoreLoadError(`Ein Anführungszeichen wird nicht geschlossen (ab Zeile ${line}). Prüfen Sie die Anführungszeichen in dieser Zeile.`);
    default:
      return new DatastoreLoadError(`Die Datei ist kein gültiges CSV (Zeile ${line}): Prüfen Sie Anführungszeichen und Trennzeichen in dieser Zeile.`);
  }
}

/** Every record of the parser, with its errors turned into messages a publisher can act on. */
async function* records(parser: AsyncIterable<CsvRow>, lines: FileLines): AsyncGenerator<CsvRow> {
  try {
    yield* parser;
  } catch (error) {
    if (error instanceof DatastoreLoadError) throw error;
    if ((error as CsvError).code?.startsWith('CSV_')) throw describeParseError(error as CsvError, lines);
    throw error;
  }
}

/**
 * Reads a CSV file as it streams: decodes it (decode.ts), guesses the delimiter from the first
 * 64 KB of text, and answers the header, the first rows for guessing types, and the remaining rows.
 * Ragged rows, unclosed quotes and an empty file are refused with the line where they occur.
 */
export async function readCsv(source: AsyncIterable<Buffer>, onBytes: (bytes: number) => void): Promise<CsvStart> {
  const text = decodeText(source, onBytes)[Symbol.asyncIterator]();
  const head: string[] = [];
  let headLength = 0;
  let ended = false;
  while (headLength < 64 * 1024) {
    const next = await text.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    headLength += next.value.length;
  }
  // Excel writes `sep=;` as the first line when asked to name the delimiter: it decides, and is no row.
  const declared = /^sep=([;,\t|])\r?\n/.exec(head[0] ?? '');
  if (declared) head[0] = head[0]!.slice(declared[0].length);
  const delimiter = declared ? (declared[1] as Delimiter) : sniffDelimiter(head.join(''));
  const skippedLines = declared ? 1 : 0;
  async function* all(): AsyncGenerator<string> {
    yield* head;
    if (ended) return;
    for (let next = await text.next(); !next.done; next = await text.next()) yield next.value;
  }
  const lines = new FileLines(skippedLines);
  const parser = new LineCountingParser({ delimiter, quote: '"', skip_empty_lines: true }, lines);
  // pipeline() destroys the parser with the decoder's error, so reading the rows fails with it; the rejection itself is seen there.
  pipeline(Readable.from(all()), parser).catch(() => {});
  const rows = records(parser as AsyncIterable<CsvRow>, lines)[Symbol.asyncIterator]();
  const first = await rows.next();
  if (first.done || first.value.values.every((cell) => cell.trim() === '')) {
    throw new DatastoreLoadError('Die Datei ist leer: Sie braucht eine Kopfzeile mit den Spaltennamen und mindestens eine Datenzeile.');
  }
  const header = first.value.values;
  const sample: CsvRow[] = [];
  while (sample.length < SAMPLE_ROWS) {
    const next = await rows.next();
    if (next.done) break;
    sample.push(next.value);
  }
  if (sample.length === 0) throw new DatastoreLoadError('Die Datei hat nur eine Kopfzeile und keine Daten.');
  return { delimiter, headerLine: 1 + skippedLines, header, sample, rest: rows };
}
