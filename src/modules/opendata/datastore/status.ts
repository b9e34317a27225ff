import { eq, inArray, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db';
import { resources } from '../tables/catalogue';
import { datastoreTables } from '../tables/datastore';
import type { DatastoreTableRow } from './repository';
import { loadsAsXlsx, xlsxPhaseOf, type XlsxPhase } from './xlsx/progress';

/**
 * A distribution's DataStore table as the back office shows it: state, progress, row count, fields, the
 * last error; while an XLSX file loads, its step (`reading` the sheet, loading the `rows`), else null.
 */
export type DatastoreStatus = Pick<
  DatastoreTableRow,
  'resourceId' | 'status' | 'rowCount' | 'loadedBytes' | 'totalBytes' | 'error' | 'updatedAt' | 'fields'
> & {
  phase: XlsxPhase | null;
};

function withPhase(table: DatastoreTableRow, format: string): DatastoreStatus {
  const xlsxLoading = table.status === 'loading' && table.totalBytes && loadsAsXlsx(format);
  return { ...table, phase: xlsxLoading ? xlsxPhaseOf(table.loadedBytes, table.totalBytes!) : null };
}

async function statusesWhere(db: Executor, condition: SQL): Promise<DatastoreStatus[]> {
  const rows = await db
    .select({ table: datastoreTables, format: resources.format })
    .from(datastoreTables)
    .innerJoin(resources, eq(resources.id, datastoreTables.resourceId))
    .where(condition);
  return rows.map((row) => withPhase(row.table, row.format));
}

export async function datastoreStatusOf(db: Executor, resourceId: string): Promise<DatastoreStatus | undefined> {
  const [status] = await statusesWhere(db, eq(datastoreTables.resourceId, resourceId));
  return status;
}

/** The statuses of a dataset's distributions (those without a table are missing from the map). */
export async function datastoreStatusesOf(db: Executor, resourceIds: readonly string[]): Promise<Map<string, DatastoreStatus>> {
  if (resourceIds.length === 0) return new Map();
  const statuses = await statusesWhere(db, inArray(datastoreTables.resourceId, [...resourceIds]));
  return new Map(statuses.map((status) => [status.resourceId, status]));
}
