import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import type { DatabaseHandle } from '../../../kernel/db';
import type { DatastoreField } from '../tables/datastore';
import { insertRows } from './insert-rows';
import { postgresPool } from './postgres-pool';
import { quoteIdent, SCHEMA } from './table-sql';

/** Where a load's converted rows go. `write` resolves when the writer can take more (backpressure). */
export interface RowWriter {
  write(row: Array<string | null>): Promise<void>;
  /** Writes what is buffered; resolves once every row is in the table. */
  finish(): Promise<void>;
  /** Stops after an error; the caller drops the half-written table. */
  abort(): Promise<void>;
}

/**
 * PGlite: rows in chunks of multi-row inserts, each its own short statement. PGlite runs one statement at
 * a time for the whole portal (ADR 17), so a chunk must stay short: every request waits for the one running.
 */
export function chunkWriter(
  database: Pick<DatabaseHandle, 'db'>,
  tableName: string,
  fields: readonly DatastoreField[],
  chunkRows: number,
  onChunk: (rows: number) => Promise<void>,
): RowWriter {
  let buffer: Array<Array<string | null>> = [];
  const flush = async () => {
    if (buffer.length === 0) return;
    const rows = buffer;
    buffer = [];
    await insertRows(database.db, tableName, fields, rows);
    await onChunk(rows.length);
  };
  return {
    async write(row) {
      buffer.push(row);
      if (buffer.length >= chunkRows) await flush();
    },
    finish: flush,
    async abort() {
      buffer = [];
    },
  };
}

/** COPY's text format: backslash escapes for the characters that end a value or a row; `\N` is NULL. */
function copyLine(row: ReadonlyArray<string | null>): string {
  return `${row.map((value) => (value === null ? '\\N' : value.replace(/[\\\t\n\r]/g, (char) => (char === '\\' ? '\\\\' : char === '\t' ? '\\t' : char === '\n' ? '\\n' : '\\r')))).join('\t')}\n`;
}

/** Rows per write to the COPY stream: one string per batch instead of one per row. */
const COPY_BATCH = 500;

/**
 * PostgreSQL: one `COPY … FROM STDIN` on a connection of its own, fed as the file is read (the
 * fastest way in; other connections keep answering). `onProgress` is called every `progressRows` rows.
 */
export async function copyWriter(
  database: Pick<DatabaseHandle, 'db' | 'kind'>,
  tableName: string,
  fields: readonly DatastoreField[],
  progressRows: number,
  onProgress: (rows: number) => Promise<void>,
): Promise<RowWriter> {
  const client = await postgresPool(database).connect();
  const columns = fields.map((field) => quoteIdent(field.id)).join(', ');
  const stream = client.query(copyFrom(`copy ${SCHEMA}.${quoteIdent(tableName)} (${columns}) from stdin`));
  // An error is raised again by finish() or the next write; without a listener it would end the process.
  let failure: Error | undefined;
  stream.on('error', (error: Error) => (failure ??= error));
  let batch = '';
  let batchRows = 0;
  let sinceProgress = 0;
  const push = async () => {
    if (failure) throw failure;
    const ok = stream.write(batch);
    batch = '';
    batchRows = 0;
    if (!ok) await Promise.race([once(stream, 'drain'), once(stream, 'error')]);
    if (failure) throw failure;
  };
  let released = false;
  const release = (error?: Error) => {
    if (released) return;
    released = true;
    client.release(error);
  };
  return {
    async write(row) {
      batch += copyLine(row);
      batchRows += 1;
      sinceProgress += 1;
      if (batchRows >= COPY_BATCH) await push();
      if (sinceProgress >= progressRows) {
        await onProgress(sinceProgress);
        sinceProgress = 0;
      }
    },
    async finish() {
      try {
        if (batchRows > 0) await push();
        stream.end();
        await finished(stream);
        if (sinceProgress > 0) await onProgress(sinceProgress);
        release();
      } catch (error) {
        release(error as Error);
        throw error;
      }
    },
    async abort() {
      // Destroying the connection is the one sure way to end a COPY that is half-way.
      stream.destroy();
      release(new Error('load aborted'));
    },
  };
}
