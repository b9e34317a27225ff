import { parse } from 'csv-parse/sync';
import { MIXED_ENCODINGS, NOT_TEXT } from './csv/decode';
import type { Delimiter } from './csv/dialect';
import { valueError, type PlaceOf } from './csv/types';
import { REFUSED_VALUE, type CopyColumn } from './copy-sql';
import { DatastoreLoadError } from './load-error';

/** What node-postgres tells of a failed statement: the SQLSTATE, the message and the CONTEXT line. */
interface PgError {
  code?: string;
  message: string;
  where?: string;
}

export interface CopyErrorContext {
  columns: readonly CopyColumn[];
  delimiter: Delimiter;
  /** The file's line of COPY's line: COPY counts from the header and without the empty lines copy-bytes.ts took out. */
  fileLine: (copyLine: number) => number;
  /** How the file names a value's place (by the index in `columns`): a CSV file's line and header, an XLSX sheet's row and letter. */
  placeOf: PlaceOf;
}

const isPgError = (error: unknown): error is PgError => typeof error === 'object' && error !== null && typeof (error as PgError).code === 'string';

/** COPY's CONTEXT: `COPY <table>, line 12, column Wert: "abc"` or `COPY <table>, line 12: "<the line>"`. */
function readContext(where: string, columns: readonly CopyColumn[]): { line: number; column?: CopyColumn; text?: string } | null {
  const line = /^COPY \S+, line (\d+)/.exec(where);
  if (!line) return null;
  const after = where.slice(line[0].length);
  // Field ids may hold anything, so the column is found by the ids we know, longest first.
  const column = [...columns].sort((a, b) => b.field.id.length - a.field.id.length).find((entry) => after.startsWith(`, column ${entry.field.id}: `));
  const rest = column ? after.slice(`, column ${column.field.id}: `.length) : after.replace(/^: /, '');
  const text = /^"([\s\S]*)"$/.exec(rest)?.[1];
  return { line: Number(line[1]), column, text };
}

/** "Zeile 12 hat 3 Spalten, die Kopfzeile aber 2." as csv/read-csv.ts says it, when COPY's CONTEXT shows the whole line. */
function columnCountError(line: string, text: string | undefined, context: CopyErrorContext): DatastoreLoadError {
  if (text === '') return new DatastoreLoadError(`Zeile ${line} ist leer. Löschen Sie leere Zeilen zwischen den Daten und laden Sie die Datei erneut hoch.`);
  let cells: number | undefined;
  try {
    const rows = text === undefined || text.endsWith('...') ? [] : (parse(text, { delimiter: context.delimiter, relax_quotes: true }) as string[][]);
    cells = rows.length === 1 ? rows[0]!.length : undefined;
  } catch {
    cells = undefined;
  }
  const count = cells === undefined ? 'eine andere Zahl von' : String(cells);
  return new DatastoreLoadError(
    `Zeile ${line} hat ${count} Spalten, die Kopfzeile aber ${context.columns.length}. Prüfen Sie Trennzeichen und Anführungszeichen in dieser Zeile.`,
  );
}

/**
 * A COPY error in the words of the JS reader (csv/read-csv.ts, csv/types.ts, csv/decode.ts), with the
 * line in the file and the column: the publisher never sees PostgreSQL's message. Null when the error
 * is not the file's fault (a lost connection): the caller passes it on, and the job tries again.
 */
export function describeCopyError(error: unknown, context: CopyErrorContext): DatastoreLoadError | null {
  if (!isPgError(error) || !error.code!.startsWith('22')) return null;
  const where = error.where ? readContext(error.where.split('\n')[0]!, context.columns) : null;
  const lineNumber = where ? context.fileLine(where.line) : null;
  const line = lineNumber?.toLocaleString('de-DE') ?? '?';
  if (error.code === '22021') {
    if (/: 0x00\b/.test(error.message)) return new DatastoreLoadError(NOT_TEXT);
    return new DatastoreLoadError(lineNumber ? MIXED_ENCODINGS.replace(':', ` (ab Zeile ${line}):`) : MIXED_ENCODINGS);
  }
  if (error.code === '22P05') {
    return new DatastoreLoadError(
      `Zeile ${line} enthält ein Zeichen, das es in der Kodierung der Datei (Windows-1252) nicht gibt. Speichern Sie die Datei als „CSV UTF-8“ und laden Sie sie erneut hoch.`,
    );
  }
  if (error.code === '22P04') {
    if (error.message.startsWith('unterminated CSV quoted field')) {
      return new DatastoreLoadError(`Ein Anführungszeichen wird nicht geschlossen (ab Zeile ${line}). Prüfen Sie die Anführungszeichen in dieser Zeile.`);
    }
    if (/^(extra data after last expected column|missing data for column)/.test(error.message)) return columnCountError(line, where?.text, context);
    if (/^unquoted (carriage return|newline) found in data/.test(error.message)) {
      return new DatastoreLoadError(
        `Zeile ${line} endet anders als die Zeilen davor: Die Datei mischt Zeilenumbrüche von Windows und anderen Systemen. Speichern Sie sie noch einmal als CSV und laden Sie sie erneut hoch.`,
      );
    }
    return new DatastoreLoadError(`Die Datei ist kein gültiges CSV (Zeile ${line}): Prüfen Sie Anführungszeichen und Trennzeichen in dieser Zeile.`);
  }
  // A value the SQL conversion refused (copy-sql.ts): the message quotes it behind its column's index.
  const refused = REFUSED_VALUE.exec(error.message);
  const converted = refused ? context.columns[Number(refused[1])] : undefined;
  if (converted && lineNumber) return valueError(context.placeOf(lineNumber, Number(refused![1])), refused![2]!, converted.field.type);
  if (where?.column && lineNumber) {
    return valueError(context.placeOf(lineNumber, context.columns.indexOf(where.column)), where.text ?? '', where.column.field.type);
  }
  return new DatastoreLoadError(`Zeile ${line}: Ein Wert passt nicht zum Typ seiner Spalte. Prüfen Sie die Werte in dieser Zeile.`);
}
