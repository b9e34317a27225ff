import { sql, type SQL } from 'drizzle-orm';
import { queryRows } from '../../../kernel/db';
import { errors, refuse, type Outcome } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { moduleSettings } from '../../../kernel/config';
import { formatRecords } from './records';
import { findDatastoreTable } from './repository';
import type { DatastoreSearchParams } from './search-params';
import { datastoreSettings } from './settings';
import { parseSort } from './sort';
import { column, fullText, tableRef } from './table-sql';
import { buildWhere, fieldMap, tsquery, whereSql } from './where';
import { countRows } from './count';

/** CKAN's default page size. */
const DEFAULT_LIMIT = 100;

export interface DatastoreSearchResult {
  resource_id: string;
  fields: Array<{ id: string; type: string; info?: Record<string, unknown> }>;
  records: unknown;
  limit: number;
  offset: number;
  filters?: Record<string, unknown>;
  q?: unknown;
  sort?: string[];
  records_format: string;
  total?: number;
  total_was_estimated?: boolean;
  /** Add to `filters` for the next page (when sorted by `_id`): `{"_id": {"gt": 1234}}`. */
  next_page?: Record<string, Record<string, number>>;
  _links: { start: string; next: string };
}

function links(params: DatastoreSearchParams): DatastoreSearchResult['_links'] {
  const base = `/api/3/action/datastore_search?resource_id=${encodeURIComponent(params.resource_id)}`;
  const limit = params.limit === undefined ? '' : `&limit=${params.limit}`;
  return { start: `${base}${limit}`, next: `${base}${limit}&offset=${params.offset + (params.limit ?? DEFAULT_LIMIT)}` };
}

/**
 * CKAN's datastore_search over a DataStore table. Only the table's own field ids become identifiers
 * (quoted); every value is a parameter; the page is bounded by the setting `rowsMax`. The caller (the
 * CKAN action) has checked that the actor may read the resource. A parameter that does not fit the
 * table comes back as a field error (CKAN answers 409 with it).
 */
export async function datastoreSearch(
  params: DatastoreSearchParams,
  deps: Pick<ModuleDeps, 'db' | 'config'>,
): Promise<Outcome<{ result: DatastoreSearchResult }>> {
  const { rowsMax } = moduleSettings(deps, datastoreSettings);
  const table = await findDatastoreTable(deps.db, params.resource_id);
  if (!table || table.fields.length === 0) throw errors.notFound('Die DataStore-Tabelle');
  const fields = fieldMap(table.fields);
  const document = fullText(table.fields);
  const where = buildWhere(fields, params.filters, params.q, document);
  const ids = params.fields?.length ? params.fields : ['_id', ...table.fields.map((field) => field.id)];
  const unknownField = ids.find((id) => !fields.has(id));
  if (unknownField) where.problems.fields = `Die Tabelle hat kein Feld „${unknownField}“.`;
  const sort = parseSort(params.sort ?? [], fields);
  if ('problem' in sort) where.problems.sort = sort.problem;
  else if (params.distinct && sort.ids.some((id) => !ids.includes(id))) {
    where.problems.sort = 'Mit distinct sortieren Sie nur nach Feldern, die Sie auch abfragen.';
  }
  if (Object.keys(where.problems).length > 0 || 'problem' in sort) return refuse(where.problems);

  const limit = Math.min(params.limit ?? DEFAULT_LIMIT, rowsMax);
  const ranked = typeof params.q === 'string' && sort.order.length === 0 && !params.distinct ? tsquery(params.q) : null;
  const order: SQL[] =
    sort.order.length > 0 ? sort.order : ranked ? [sql`ts_rank(${document}, ${ranked}) desc`, sql`_id`] : params.distinct ? [] : [sql`_id asc`];
  const byId = sort.order.length === 0 && !ranked && !params.distinct ? 'asc' : sort.byId;
  const keyset = params.include_next_page && byId !== null;
  // The keyset needs the last row's `_id` even when the fields asked for leave it out.
  const selected = keyset && !ids.includes('_id') ? [...ids, '_id'] : ids;
  const columns = sql.join(
    selected.map((id) => column(id)),
    sql`, `,
  );
  const page = sql`select ${params.distinct ? sql`distinct ` : sql``}${columns} from ${tableRef(table.tableName)} ${whereSql(where.conditions)}
    ${order.length > 0 ? sql`order by ${sql.join(order, sql`, `)}` : sql``} limit ${limit} offset ${params.offset}`;
  const [{ rows }] = (await queryRows<{ rows: string }>(deps.db, sql`select coalesce(json_agg(r), '[]')::text as rows from (${page}) r`)) as [{ rows: string }];
  const records = JSON.parse(rows) as Array<Record<string, unknown>>;
  const lastId = records.at(-1)?._id;
  if (selected !== ids) for (const record of records) delete record._id;

  const result: DatastoreSearchResult = {
    resource_id: params.resource_id,
    fields: ids.map((id) => (id === '_id' ? { id, type: 'int' } : table.fields.find((field) => field.id === id)!)),
    records: formatRecords(records, ids, params.records_format),
    limit,
    offset: params.offset,
    records_format: params.records_format,
    _links: links(params),
  };
  if (params.filters) result.filters = params.filters;
  if (params.q) result.q = params.q;
  if (params.sort) result.sort = params.sort;
  if (params.include_total) {
    const counted = await countRows(deps.db, table, where.conditions, params.distinct ? columns : null, params.total_estimation_threshold);
    Object.assign(result, counted);
  }
  if (keyset && typeof lastId === 'number') result.next_page = { _id: { [byId === 'asc' ? 'gt' : 'lt']: lastId } };
  return { ok: true, result };
}
