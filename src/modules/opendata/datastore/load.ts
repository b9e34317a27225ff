import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { ModuleDeps } from '../../../kernel/module';
import type { DatastoreField } from '../tables/datastore';
import { readRawHead, type RawHead } from './csv/raw-head';
import { readCsv, type CsvRow } from './csv/read-csv';
import { converterFor, convertRecord, csvPlaces, type PlaceOf } from './csv/types';
import { copyFill } from './copy-load';
import { DatastoreLoadError } from './load-error';
import { loadFields } from './load-fields';
import { findResourceFile, markActive, markFailed, markLoading, reportProgress, type DatastoreTableRow, type ResourceFile } from './repository';
import { columnIndexSql, createTableSql, dropTableSql, fullTextIndexSql, renameTableSql, tableRef } from './table-sql';
import { csvFromXlsx } from './xlsx/csv-from-xlsx';
import { xlsxPlaces } from './xlsx/places';
import { loadsAsXlsx, XlsxProgress } from './xlsx/progress';
import { chunkWriter, copyWriter, type RowWriter } from './writers';

export type LoadDeps = Pick<ModuleDeps, 'db' | 'database' | 'files'>;

export interface LoadOptions {
  /**
   * Rows per insert on PGlite (short statements, so the portal answers between them; default 500),
   * and per progress report on PostgreSQL's COPY (default 20,000 lines).
   */
  chunkRows?: number;
  /** Called once the new rows are swapped in, before PostgreSQL builds the full-text index (measure-load.ts times the two apart). */
  onRowsActive?: () => void;
}

export interface FillResult {
  fields: DatastoreField[];
  rowCount: number;
  loadedBytes: number;
}

/** What a fill needs besides the bytes: how its messages name a value's place, and where its progress goes. */
export interface FillContext {
  placesFor: (labels: readonly string[]) => PlaceOf;
  report: (progress: { loadedBytes: number; rowCount: number }) => Promise<void>;
}

/** One fill of a new table: where the rows go, the previous table's fields, how it names places and reports. */
interface FillJob {
  loadTable: string;
  previous: DatastoreTableRow;
  deps: LoadDeps;
  options: LoadOptions;
  context: FillContext;
}

/** The head again in front of the rest: the stream a JS read of the whole file needs. */
async function* rejoined(head: RawHead): AsyncGenerator<Buffer> {
  yield head.bytes;
  if (head.ended) return;
  for (let next = await head.rest.next(); !next.done; next = await head.rest.next()) yield next.value;
}

/** Reads the file in JS, converts every row and writes it into the new table (PGlite; UTF-16 files on PostgreSQL). */
async function fillInJs(source: AsyncIterable<Buffer>, { loadTable, previous, deps, options, context }: FillJob): Promise<FillResult> {
  let loadedBytes = 0;
  const csv = await readCsv(source, (bytes) => (loadedBytes += bytes));
  const { fields, columns, labels } = loadFields(csv, previous.fields);
  const placeOf = context.placesFor(labels);
  await deps.db.execute(createTableSql(loadTable, fields));
  // PGlite runs one statement at a time for the whole portal: building the index after the rows would be
  // one statement of seconds, so there it grows with each chunk. PostgreSQL builds it after the swap (below).
  const pglite = deps.database.kind === 'pglite';
  if (pglite) await deps.db.execute(fullTextIndexSql(loadTable, fields));
  let rowCount = 0;
  const progress = async (rows: number) => {
    rowCount += rows;
    await context.report({ loadedBytes, rowCount });
  };
  const writer: RowWriter = !pglite
    ? await copyWriter(deps.database, loadTable, fields, options.chunkRows ?? 20_000, progress)
    : chunkWriter(deps.database, loadTable, fields, options.chunkRows ?? 500, progress);
  const converters = columns.map(converterFor);
  try {
    // csv-parse has already refused rows with another number of columns.
    const write = async ({ values, line }: CsvRow) => {
      convertRecord(values, columns, converters, placeOf, line);
      await writer.write(values);
    };
    for (const record of csv.sample) await write(record);
    for (let next = await csv.rest.next(); !next.done; next = await csv.rest.next()) await write(next.value);
    await writer.finish();
  } catch (error) {
    await writer.abort();
    await csv.rest.return?.();
    throw error;
  }
  return { fields, rowCount, loadedBytes };
}

/** Fills the new table: on PostgreSQL COPY reads the file (copy-load.ts), on PGlite JS does, in chunks. */
async function fill(stream: Readable, job: FillJob): Promise<FillResult> {
  if (job.deps.database.kind !== 'postgres') return fillInJs(stream, job);
  const head = await readRawHead(stream);
  return (await copyFill(head, job.loadTable, job.previous, job.deps, job.options.chunkRows ?? 20_000, job.context)) ?? fillInJs(rejoined(head), job);
}

/**
 * The stream of rows to fill the table with: the file itself, or an XLSX file's first worksheet as CSV,
 * whose messages name the sheet's rows and columns and whose progress continues the conversion's on
 * one bar (xlsx/progress.ts). `finishedBytes` is the progress the status keeps at the end.
 */
async function rowsOf(
  file: Readable,
  resourceId: string,
  resource: ResourceFile,
  deps: LoadDeps,
): Promise<{ stream: Readable; context: FillContext; finishedBytes: (read: number) => number }> {
  if (!loadsAsXlsx(resource.format)) {
    const context: FillContext = { placesFor: csvPlaces, report: (progress) => reportProgress(deps.db, resourceId, progress) };
    return { stream: file, context, finishedBytes: (read) => read };
  }
  const progress = new XlsxProgress(deps.db, resourceId, resource.byteSize);
  const csv = await csvFromXlsx(file, progress);
  const context: FillContext = { placesFor: (labels) => xlsxPlaces(csv.lines, labels), report: (rows) => progress.rows(rows, csv.bytes) };
  return { stream: csv.stream, context, finishedBytes: () => progress.finished };
}

/**
 * Loads a distribution's CSV file into its DataStore table (the job `opendata.datastore.load`). The rows
 * go into a NEW table; only when it is complete does one transaction drop the previous table and rename
 * the new one to the resource id, so searches see the old rows until then and a failed load leaves them
 * untouched (the half-loaded table is dropped, the status says `failed` with the reason). A file replaced
 * while it loads is not swapped in: the load the replacement enqueued follows.
 */
export async function loadDatastore(resourceId: string, deps: LoadDeps, options: LoadOptions = {}): Promise<void> {
  const resource = await findResourceFile(deps.db, resourceId);
  if (!resource) return; // the distribution was deleted since: nothing to load
  const previous = await markLoading(deps.db, resourceId, resource.byteSize);
  const loadTable = `${resourceId}_${randomBytes(4).toString('hex')}`;
  let stream: Readable | null = null;
  let fields: DatastoreField[];
  try {
    stream = resource.fileKey ? await deps.files.get(resource.fileKey) : null;
    if (!stream) throw new DatastoreLoadError('Die Datei der Ressource fehlt im Dateispeicher. Laden Sie sie erneut hoch.');
    const rows = await rowsOf(stream, resourceId, resource, deps);
    stream = rows.stream;
    const result = await fill(stream, { loadTable, previous, deps, options, context: rows.context });
    fields = result.fields;
    await deps.db.transaction(async (tx) => {
      const now = await findResourceFile(tx, resourceId, { forUpdate: true });
      if (now?.fileKey !== resource.fileKey) throw new DatastoreLoadError('Die Datei wurde während des Ladens ersetzt; die neue Datei wird geladen.');
      await tx.execute(dropTableSql(resourceId));
      for (const statement of renameTableSql(loadTable, resourceId)) await tx.execute(statement);
      await markActive(tx, resourceId, { ...result, loadedBytes: rows.finishedBytes(result.loadedBytes) });
    });
    options.onRowsActive?.();
  } catch (error) {
    stream?.destroy();
    await deps.db.execute(dropTableSql(loadTable));
    const known = error instanceof DatastoreLoadError;
    await markFailed(
      deps.db,
      resourceId,
      known ? error.message : 'Die Datei konnte wegen eines Fehlers im Portal nicht geladen werden. Das Laden wird wiederholt.',
      previous.rowCount,
    );
    // A problem of the file is final; anything else (the database gone for a moment) is tried again by the job queue.
    if (!known) throw error;
    return;
  }
  // On PostgreSQL the full-text index is built over the complete table, after the swap: CREATE INDEX lets
  // searches read meanwhile (`q` scans without it), and the load itself runs at COPY's pace. Should it
  // fail, the job fails and loads again; the rows already swapped in stay.
  if (deps.database.kind === 'postgres') {
    await deps.db.execute(fullTextIndexSql(resourceId, fields));
    for (const statement of columnIndexSql(resourceId, fields)) await deps.db.execute(statement);
    // Statistics now rather than whenever autovacuum comes: the plans of searches and the estimated totals depend on them.
    await deps.db.execute(sql`analyze ${tableRef(resourceId)}`);
  }
}
