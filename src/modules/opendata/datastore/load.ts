import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { ModuleDeps } from '../../../kernel/module';
import type { DatastoreField } from '../tables/datastore';
import { fieldIdsFromHeader } from './csv/header';
import { readCsv, type CsvStart } from './csv/read-csv';
import { chosenColumnType, converterFor, convertRecord, guessColumnType, type ColumnType } from './csv/types';
import { DatastoreLoadError } from './load-error';
import { findResourceFile, markActive, markFailed, markLoading, reportProgress, type DatastoreTableRow } from './repository';
import { createTableSql, dropTableSql, fullTextIndexSql, renameTableSql } from './table-sql';
import { csvFromXlsx } from './xlsx/csv-from-xlsx';
import { chunkWriter, copyWriter, type RowWriter } from './writers';

export type LoadDeps = Pick<ModuleDeps, 'db' | 'database' | 'files'>;

export interface LoadOptions {
  /**
   * Rows per insert on PGlite (short statements, so the portal answers between them; default 500),
   * and per progress report on PostgreSQL's COPY (default 20,000).
   */
  chunkRows?: number;
}

/** The types of the columns: chosen by the publisher (kept across reloads by header) or guessed from the sample. */
function columnTypes(csv: CsvStart, fields: Array<{ id: string; label: string }>, previous: readonly DatastoreField[]): ColumnType[] {
  const chosen = new Map(previous.filter((field) => field.info?.type_override).map((field) => [field.info?.label ?? field.id, field.info!.type_override!]));
  return fields.map(({ label }, index) => {
    const sample = csv.sample.map((row) => row[index] ?? '');
    const type = chosen.get(label);
    return type ? chosenColumnType(type, sample, csv.delimiter) : guessColumnType(sample, csv.delimiter);
  });
}

/** Reads the file, converts every row and writes it into the new table; answers the fields and the row count. */
async function fill(
  stream: Readable,
  loadTable: string,
  previous: DatastoreTableRow,
  deps: LoadDeps,
  options: LoadOptions,
): Promise<{ fields: DatastoreField[]; rowCount: number; loadedBytes: number }> {
  let loadedBytes = 0;
  const csv = await readCsv(stream, (bytes) => (loadedBytes += bytes));
  const ids = fieldIdsFromHeader(csv.header);
  const columns = columnTypes(csv, ids, previous.fields);
  const overrides = new Set(previous.fields.filter((field) => field.info?.type_override).map((field) => field.info?.label ?? field.id));
  const fields: DatastoreField[] = ids.map(({ id, label }, index) => ({
    id,
    type: columns[index]!.type,
    info: overrides.has(label) ? { label, type_override: columns[index]!.type } : { label },
  }));
  await deps.db.execute(createTableSql(loadTable, fields));
  // PGlite runs one statement at a time for the whole portal: building the index after the rows would be
  // one statement of seconds, so there it grows with each chunk. PostgreSQL builds it after the swap (below).
  const pglite = deps.database.kind === 'pglite';
  if (pglite) await deps.db.execute(fullTextIndexSql(loadTable, fields));
  let rowCount = 0;
  const progress = async (rows: number) => {
    rowCount += rows;
    await reportProgress(deps.db, previous.resourceId, { loadedBytes, rowCount });
  };
  const writer: RowWriter = !pglite
    ? await copyWriter(deps.database, loadTable, fields, options.chunkRows ?? 20_000, progress)
    : chunkWriter(deps.database, loadTable, fields, options.chunkRows ?? 500, progress);
  const converters = columns.map(converterFor);
  const labels = ids.map((field) => field.label);
  // Line numbers count from the header; csv-parse has already refused rows with another number of columns.
  let line = csv.headerLine;
  try {
    const write = async (record: string[]) => {
      line += 1;
      convertRecord(record, columns, converters, labels, line);
      await writer.write(record);
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
    if (resource.format.toUpperCase() === 'XLSX') stream = await csvFromXlsx(stream, resourceId, deps);
    const result = await fill(stream, loadTable, previous, deps, options);
    fields = result.fields;
    await deps.db.transaction(async (tx) => {
      const now = await findResourceFile(tx, resourceId, { forUpdate: true });
      if (now?.fileKey !== resource.fileKey) throw new DatastoreLoadError('Die Datei wurde während des Ladens ersetzt; die neue Datei wird geladen.');
      await tx.execute(dropTableSql(resourceId));
      for (const statement of renameTableSql(loadTable, resourceId)) await tx.execute(statement);
      await markActive(tx, resourceId, result);
    });
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
  if (deps.database.kind === 'postgres') await deps.db.execute(fullTextIndexSql(resourceId, fields));
}
