import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DatastoreField } from '../tables/datastore';
import { sniffEncoding } from './csv/decode';
import { readCsv, type CsvStart } from './csv/read-csv';
import { wholeLines, type RawHead } from './csv/raw-head';
import { converterFor, convertRecord, type PlaceOf } from './csv/types';
import { BlankLines } from './blank-lines';
import { copyBytes, type CopyBytesSource } from './copy-bytes';
import { describeCopyError, type CopyErrorContext } from './copy-errors';
import { copySql, createLoadTableSql, finishLoadTableSql, LOAD_DATE_STYLE, readsNatively, type CopyColumn, type CopyDialect } from './copy-sql';
import { loadFields, type LoadFields } from './load-fields';
import type { FillContext, FillResult, LoadDeps } from './load';
import { postgresPool } from './postgres-pool';

async function* only(bytes: Buffer): AsyncGenerator<Buffer> {
  yield bytes;
}

/** The sample's values are checked here, as the JS reader would: the first rows' errors read exactly as on PGlite. */
function checkSample(csv: CsvStart, { columns }: LoadFields, placeOf: PlaceOf): void {
  const converters = columns.map(converterFor);
  for (const row of csv.sample) convertRecord([...row.values], columns, converters, placeOf, row.line);
}

/** Excel's `sep=;` line in bytes (after a byte order mark): COPY must not see it. */
function sepLineLength(bytes: Buffer): number {
  return /^sep=[;,\t|]\r?\n/.exec(bytes.toString('latin1', 0, 8))?.[0].length ?? 0;
}

interface CopyRun {
  loadTable: string;
  columns: CopyColumn[];
  dialect: CopyDialect;
  csv: CsvStart;
  bytes: CopyBytesSource;
  placeOf: PlaceOf;
}

/**
 * One transaction on a connection of its own: the table, COPY, the table's finish (copy-sql.ts). Created
 * in the transaction, the table skips the WAL where `wal_level` is `minimal`.
 */
async function runCopy(client: pg.PoolClient, run: CopyRun): Promise<number> {
  // Lines before the header (Excel's `sep=` line) are no line of COPY's.
  const fileLine = (copyLine: number) => run.bytes.blankLines.fileLine(copyLine) + run.csv.headerLine - 1;
  const context: CopyErrorContext = { columns: run.columns, delimiter: run.dialect.delimiter, fileLine, placeOf: run.placeOf };
  await client.query('begin');
  await client.query(LOAD_DATE_STYLE);
  await client.query(createLoadTableSql(run.loadTable, run.columns));
  const copy = client.query(copyFrom(copySql(run.loadTable, run.columns, run.dialect)));
  await pipeline(copyBytes(run.bytes), copy).catch((error: unknown) => {
    throw describeCopyError(error, context) ?? error;
  });
  await client.query(finishLoadTableSql(run.loadTable, run.columns));
  await client.query('commit');
  return copy.rowCount;
}

/**
 * PostgreSQL: the file's bytes go to COPY as they are read; JS reads only the head, for the dialect,
 * the header, the column types and the sample's values. UTF-16 files are not for COPY (PostgreSQL has
 * no such encoding): for those it answers null, and the caller reads them in JS. Progress is reported every `progressRows` lines.
 */
export async function copyFill(
  head: RawHead,
  loadTable: string,
  previous: { fields: readonly DatastoreField[] },
  deps: LoadDeps,
  progressRows: number,
  fillContext: FillContext,
): Promise<FillResult | null> {
  const { encoding, bomLength } = sniffEncoding(head.bytes);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return null;
  const csv = await readCsv(only(wholeLines(head)), () => {});
  await csv.rest.return?.();
  const described = loadFields(csv, previous.fields);
  const placeOf = fillContext.placesFor(described.labels);
  checkSample(csv, described, placeOf);
  const columns = described.fields.map((field, index) => ({
    field,
    column: described.columns[index]!,
    native: readsNatively(
      described.columns[index]!,
      csv.sample.map((row) => row.values[index] ?? ''),
    ),
  }));
  let loadedBytes = head.bytes.length;
  let lineBreaks = 0;
  let reported = 0;
  const afterBom = head.bytes.subarray(bomLength);
  const client = await postgresPool(deps.database).connect();
  try {
    const rowCount = await runCopy(client, {
      loadTable,
      columns,
      dialect: { delimiter: csv.delimiter, encoding: encoding === 'windows-1252' ? 'WIN1252' : 'UTF8' },
      csv,
      placeOf,
      bytes: {
        start: afterBom.subarray(sepLineLength(afterBom)),
        rest: head.ended ? null : head.rest,
        encodingOpen: encoding === null,
        blankLines: new BlankLines(),
        onChunk: async (bytes, breaks) => {
          loadedBytes += bytes;
          lineBreaks += breaks;
          // Line breaks after the header's: rows, but for values that span lines (progress only; the count comes from COPY).
          const rows = Math.floor(Math.max(0, lineBreaks - 1) / progressRows) * progressRows;
          if (rows > reported) await fillContext.report({ loadedBytes, rowCount: (reported = rows) });
        },
      },
    });
    client.release();
    return { fields: described.fields, rowCount, loadedBytes };
  } catch (error) {
    // Dropping the connection ends a COPY half-way and its transaction for sure.
    client.release(error as Error);
    throw error;
  }
}
