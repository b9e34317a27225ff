import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeCopyError, type CopyErrorContext } from './copy-errors';
import type { CopyColumn } from './copy-sql';
import { csvPlaces } from './csv/types';

/** PostgreSQL's errors as node-postgres hands them over (code, message, CONTEXT), for the cases a test file cannot provoke on both databases. */
const pgError = (code: string, message: string, where?: string) => Object.assign(new Error(message), { code, where });

const columns: CopyColumn[] = [
  { field: { id: 'Nr', type: 'int', info: { label: 'Nr' } }, column: { type: 'int', numberStyle: 'german' }, native: true },
  { field: { id: 'Wert: "a"', type: 'numeric', info: { label: 'Wert: "a"' } }, column: { type: 'numeric', numberStyle: 'german' }, native: false },
];
// Excel's `sep=;` line before the header: COPY's line 12 is the file's line 13.
const context: CopyErrorContext = { columns, delimiter: ';', fileLine: (line) => line + 1, placeOf: csvPlaces(['Nr', 'Wert: "a"']) };
const message = (error: unknown) => describeCopyError(error, context)?.message;

describe('DataStore: COPY errors in the words of the JS reader', () => {
  it('names line, column and value of a value PostgreSQL or the SQL conversion refused', () => {
    assert.equal(
      message(pgError('22P02', 'invalid input syntax for type bigint: "12x"', 'COPY t, line 12, column Nr: "12x"')),
      'Zeile 13, Spalte „Nr“: „12x“ ist keine ganze Zahl.',
    );
    // A converted column is named by the index in front of the refused value (copy-sql.ts), whatever its id holds.
    assert.equal(
      message(pgError('22P02', 'invalid input syntax for type numeric: "!1!1.5"', 'COPY t, line 1233: "7;1.5"')),
      'Zeile 1.234, Spalte „Wert: "a"“: „1.5“ ist keine Zahl.',
    );
  });

  it('tells encodings, empty and ragged lines and mixed line ends apart', () => {
    assert.match(
      message(pgError('22P05', 'character with byte sequence 0x81 in encoding "WIN1252" has no equivalent in encoding "UTF8"', 'COPY t, line 4')) ?? '',
      /^Zeile 5 enthält ein Zeichen, das es in der Kodierung der Datei \(Windows-1252\) nicht gibt\./,
    );
    assert.match(
      message(pgError('22021', 'invalid byte sequence for encoding "UTF8": 0xfc', 'COPY t, line 9')) ?? '',
      /^Die Datei ist nicht durchgehend in UTF-8 kodiert \(ab Zeile 10\):/,
    );
    assert.match(message(pgError('22021', 'invalid byte sequence for encoding "UTF8": 0x00', 'COPY t, line 9')) ?? '', /^Die Datei ist keine Textdatei/);
    assert.match(message(pgError('22P04', 'missing data for column "Wert"', 'COPY t, line 6: ""')) ?? '', /^Zeile 7 ist leer\./);
    assert.match(
      message(pgError('22P04', 'extra data after last expected column', 'COPY t, line 6: "1;2;"3;4""')) ?? '',
      /^Zeile 7 hat 3 Spalten, die Kopfzeile aber 2\./,
    );
    assert.match(
      message(pgError('22P04', 'extra data after last expected column', 'COPY t, line 6: "1;2;3;4;5;6;7..."')) ?? '',
      /^Zeile 7 hat eine andere Zahl von Spalten, die Kopfzeile aber 2\./,
    );
    assert.match(message(pgError('22P04', 'unquoted carriage return found in data', 'COPY t, line 3')) ?? '', /^Zeile 4 endet anders als die Zeilen davor/);
  });

  it('leaves errors that are not the file’s to the job (it tries again)', () => {
    assert.equal(describeCopyError(pgError('57P01', 'terminating connection due to administrator command'), context), null);
    assert.equal(describeCopyError(new Error('socket hang up'), context), null);
  });
});
