import { eq, sql } from 'drizzle-orm';
import { queryRows } from '../../../kernel/db';
import { errors, refuse, type Outcome } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { datastoreTables } from '../tables/datastore';
import type { AlsoInTransaction } from './create';
import { addToRowCount, findDatastoreTable, setDatastoreActive } from './repository';
import { dropTableSql, fullText, tableRef } from './table-sql';
import { buildWhere, fieldMap, whereSql } from './where';
import { checkWritable } from './write-guard';
import type { DatastoreDeleteParams } from './write-params';

/**
 * CKAN's datastore_delete: with `filters`, the matching rows (the same filters as datastore_search;
 * `{}` deletes every row and keeps the table); without, the whole table and its fields. One transaction.
 * The caller checked that the actor may edit the dataset.
 */
export async function datastoreDelete(
  params: DatastoreDeleteParams,
  deps: Pick<ModuleDeps, 'db'>,
  also?: AlsoInTransaction,
): Promise<Outcome<{ result: { resource_id: string; filters?: Record<string, unknown>; deleted: number } }>> {
  const forced = await checkWritable(deps.db, params.resource_id, params.force);
  if (forced) return refuse({ force: forced });
  return deps.db.transaction(async (tx) => {
    const table = await findDatastoreTable(tx, params.resource_id, { forUpdate: true });
    if (!table || table.fields.length === 0) throw errors.notFound('Die DataStore-Tabelle');
    if (!params.filters) {
      await tx.execute(dropTableSql(table.tableName));
      await tx.delete(datastoreTables).where(eq(datastoreTables.resourceId, params.resource_id));
      await setDatastoreActive(tx, params.resource_id, false);
      await also?.(tx);
      return { ok: true as const, result: { resource_id: params.resource_id, deleted: table.rowCount } };
    }
    const where = buildWhere(fieldMap(table.fields), params.filters, undefined, fullText(table.fields));
    if (Object.keys(where.problems).length > 0) return refuse(where.problems);
    const [row] = await queryRows<{ deleted: number | string }>(
      tx,
      sql`with gone as (delete from ${tableRef(table.tableName)} ${whereSql(where.conditions)} returning 1) select count(*) as deleted from gone`,
    );
    const deleted = Number(row?.deleted ?? 0);
    await addToRowCount(tx, params.resource_id, -deleted);
    await also?.(tx);
    return { ok: true as const, result: { resource_id: params.resource_id, filters: params.filters, deleted } };
  });
}
