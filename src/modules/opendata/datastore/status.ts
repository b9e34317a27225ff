import { inArray } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db';
import { datastoreTables } from '../tables/datastore';
import { findDatastoreTable, type DatastoreTableRow } from './repository';

/** A distribution's DataStore table as the back office shows it: state, progress, row count, fields, the last error. */
export type DatastoreStatus = Pick<DatastoreTableRow, 'resourceId' | 'status' | 'rowCount' | 'loadedBytes' | 'totalBytes' | 'error' | 'updatedAt' | 'fields'>;

export async function datastoreStatusOf(db: Executor, resourceId: string): Promise<DatastoreStatus | undefined> {
  return findDatastoreTable(db, resourceId);
}

/** The statuses of a dataset's distributions (those without a table are missing from the map). */
export async function datastoreStatusesOf(db: Executor, resourceIds: readonly string[]): Promise<Map<string, DatastoreStatus>> {
  if (resourceIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(datastoreTables)
    .where(inArray(datastoreTables.resourceId, [...resourceIds]));
  return new Map(rows.map((row) => [row.resourceId, row]));
}
