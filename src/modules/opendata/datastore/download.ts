import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../kernel/db';
import { errors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { delimitedLine } from './records';
import { findDatastoreTable } from './repository';
import { column, tableRef } from './table-sql';

/** Rows per statement: each page is one short query by `_id`, so PGlite answers other requests between them. */
const PAGE_ROWS = 5000;

export type DownloadFormat = 'csv' | 'json';

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

  async function* pages(): AsyncGenerator<Array<Record<string, unknown>>> {
    for (let after = 0; ;) {
      const [page] = await queryRows<{ rows: string }>(
        deps.db,
        sql`select coalesce(json_agg(r), '[]')::text as rows from (select ${columns} from ${tableRef(table!.tableName)} where _id > ${after} order by _id limit ${PAGE_ROWS}) r`,
      );
      const rows = JSON.parse(page!.rows) as Array<Record<string, unknown>>;
      if (rows.length === 0) return;
      yield rows;
      after = rows.at(-1)!._id as number;
    }
  }

  async function* csv(): AsyncGenerator<string> {
    yield `${options.bom ? '\uFEFF' : ''}${delimitedLine(ids, ',')}`;
    for await (const rows of pages()) {
      yield rows
        .map((row) =>
          delimitedLine(
            ids.map((id) => row[id]),
            ',',
          ),
        )
        .join('');
    }
  }

  async function* json(): AsyncGenerator<string> {
    yield `{"fields":${JSON.stringify(fields)},"records":[`;
    let first = true;
    for await (const rows of pages()) {
      yield `${first ? '' : ','}${rows.map((row) => JSON.stringify(ids.map((id) => row[id] ?? null))).join(',')}`;
      first = false;
    }
    yield ']}';
  }

  return Readable.from(format === 'csv' ? csv() : json());
}
