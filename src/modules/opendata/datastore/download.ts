import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { csvChunks, type CsvFormat, type CsvValue } from '../../../kernel/csv';
import { queryRows } from '../../../kernel/db';
import { errors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { findDatastoreTable } from './repository';
import { column, tableRef } from './table-sql';

/** Rows per statement: each page is one short query by `_id`, so PGlite answers other requests between them. */
const PAGE_ROWS = 5000;

export type DownloadFormat = 'csv' | 'json';

/**
 * Comma, the byte order mark as the caller asks. No formula guard, as in CKAN's dump: the values go out
 * exactly as the publisher loaded or pushed them, read by programs too, and a guard would change text
 * that merely starts like a formula (`-` is the statistics' sign for nothing, `+49 …` a phone number).
 */
const dumpCsv = (bom: boolean): CsvFormat => ({ separator: ',', bom, defuseFormulas: false });

/**
 * The whole DataStore table as it streams, never all rows in memory: CSV with a header line (the
 * field ids; UTF-8 with a byte order mark when asked, so German Excel reads umlauts), or JSON as
 * CKAN's dump writes it, `{"fields": [...], "records": [[...], ...]}`. The caller checked read access.
 */
export async function downloadDatastore(
  resourceId: string,
  format: DownloadFormat,
  deps: Pick<ModuleDeps, 'db'>,
  options: { bom?: boolean } = {},
): Promise<Readable> {
  const table = await findDatastoreTable(deps.db, resourceId);
  if (!table || table.fields.length === 0) throw errors.notFound('Die DataStore-Tabelle');
  const ids = ['_id', ...table.fields.map((field) => field.id)];
  const columns = sql.join(
    ids.map((id) => column(id)),
    sql`, `,
  );
  const fields = [{ id: '_id', type: 'int' }, ...table.fields];

  /** Pages of rows as lists in the order of `ids` (`_id` first); the columns hold scalars only (table-sql.ts). */
  async function* pages(): AsyncGenerator<CsvValue[][]> {
    for (let after = 0; ;) {
      const [page] = await queryRows<{ rows: string }>(
        deps.db,
        sql`select coalesce(json_agg(r), '[]')::text as rows from (select ${columns} from ${tableRef(table!.tableName)} where _id > ${after} order by _id limit ${PAGE_ROWS}) r`,
      );
      const rows = (JSON.parse(page!.rows) as Array<Record<string, CsvValue>>).map((row) => ids.map((id) => row[id] ?? null));
      if (rows.length === 0) return;
      yield rows;
      after = rows.at(-1)![0] as number;
    }
  }

  async function* json(): AsyncGenerator<string> {
    yield `{"fields":${JSON.stringify(fields)},"records":[`;
    let first = true;
    for await (const rows of pages()) {
      yield `${first ? '' : ','}${rows.map((row) => JSON.stringify(row)).join(',')}`;
      first = false;
    }
    yield ']}';
  }

  return Readable.from(format === 'csv' ? csvChunks(ids, pages(), dumpCsv(options.bom ?? false)) : json());
}
