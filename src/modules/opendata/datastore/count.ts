import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../kernel/db';
import type { DatastoreTableRow } from './repository';
import { tableRef } from './table-sql';
import { whereSql } from './where';

/**
 * datastore_search's `total`: without conditions the row count the DataStore keeps exact with every
 * write; with conditions a count, or, when the planner expects at least `total_estimation_threshold`
 * rows, its estimate (CKAN's `total_was_estimated`), because counting a large match costs as much as reading it.
 */
export async function countRows(
  db: Executor,
  table: DatastoreTableRow,
  conditions: readonly SQL[],
  distinctColumns: SQL | null,
  estimationThreshold: number | undefined,
): Promise<{ total: number; total_was_estimated: boolean }> {
  if (conditions.length === 0 && !distinctColumns) return { total: table.rowCount, total_was_estimated: false };
  const matching = distinctColumns
    ? sql`select distinct ${distinctColumns} from ${tableRef(table.tableName)} ${whereSql(conditions)}`
    : sql`select 1 from ${tableRef(table.tableName)} ${whereSql(conditions)}`;
  if (estimationThreshold !== undefined) {
    const [plan] = await queryRows<{ 'QUERY PLAN': unknown }>(db, sql`explain (format json) ${matching}`);
    const parsed = (typeof plan?.['QUERY PLAN'] === 'string' ? JSON.parse(plan['QUERY PLAN']) : plan?.['QUERY PLAN']) as Array<{
      Plan: { 'Plan Rows': number };
    }>;
    const estimate = parsed[0]?.Plan['Plan Rows'] ?? 0;
    if (estimate >= estimationThreshold) return { total: estimate, total_was_estimated: true };
  }
  const [row] = await queryRows<{ total: number | string }>(db, sql`select count(*) as total from (${matching}) m`);
  return { total: Number(row?.total ?? 0), total_was_estimated: false };
}
