import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db';
import { resources } from '../tables/catalogue';
import { datastoreTables, type DatastoreField } from '../tables/datastore';

export type DatastoreTableRow = typeof datastoreTables.$inferSelect;

export async function findDatastoreTable(db: Executor, resourceId: string, options: { forUpdate?: boolean } = {}): Promise<DatastoreTableRow | undefined> {
  const query = db.select().from(datastoreTables).where(eq(datastoreTables.resourceId, resourceId));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export interface ResourceFile {
  fileKey: string | null;
  byteSize: number | null;
  format: string;
}

export async function findResourceFile(db: Executor, resourceId: string, options: { forUpdate?: boolean } = {}): Promise<ResourceFile | undefined> {
  const query = db
    .select({ fileKey: resources.fileKey, byteSize: resources.byteSize, format: resources.format })
    .from(resources)
    .where(eq(resources.id, resourceId));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

/** A load is queued: the status says so at once (the page shows "wartet"); the previous table stays. */
export async function markPending(db: Executor, resourceId: string): Promise<void> {
  await db
    .insert(datastoreTables)
    .values({ resourceId, tableName: resourceId, fields: [], status: 'pending' })
    .onConflictDoUpdate({ target: datastoreTables.resourceId, set: { status: 'pending', error: null, updatedAt: sql`now()` } });
}

/** A load starts: status `loading`, progress from zero; the fields, table and row count of the previous load stay until it completes. */
export async function markLoading(db: Executor, resourceId: string, totalBytes: number | null): Promise<DatastoreTableRow> {
  const [row] = await db
    .insert(datastoreTables)
    .values({ resourceId, tableName: resourceId, fields: [], status: 'loading', totalBytes })
    .onConflictDoUpdate({
      target: datastoreTables.resourceId,
      set: { status: 'loading', loadedBytes: 0, totalBytes, error: null, updatedAt: sql`now()` },
    })
    .returning();
  return row!;
}

export async function reportProgress(db: Executor, resourceId: string, progress: { loadedBytes: number; rowCount: number }): Promise<void> {
  await db
    .update(datastoreTables)
    .set({ loadedBytes: progress.loadedBytes, rowCount: progress.rowCount, updatedAt: sql`now()` })
    .where(eq(datastoreTables.resourceId, resourceId));
}

/** The load failed: its message is kept, and the row count of the table that is still served. */
export async function markFailed(db: Executor, resourceId: string, error: string, rowCount: number): Promise<void> {
  await db
    .update(datastoreTables)
    .set({ status: 'failed', error, rowCount, updatedAt: sql`now()` })
    .where(eq(datastoreTables.resourceId, resourceId));
}

export async function markActive(
  db: Executor,
  resourceId: string,
  values: { fields: DatastoreField[]; rowCount: number; loadedBytes: number; primaryKey?: string[] },
): Promise<void> {
  await db
    .update(datastoreTables)
    .set({ ...values, status: 'active', error: null, updatedAt: sql`now()` })
    .where(eq(datastoreTables.resourceId, resourceId));
  await setDatastoreActive(db, resourceId, true);
}

export async function setDatastoreActive(db: Executor, resourceId: string, active: boolean): Promise<void> {
  await db.update(resources).set({ datastoreActive: active }).where(eq(resources.id, resourceId));
}

/** Written by datastore_upsert and _delete in their transaction, so the count stays exact without counting. */
export async function addToRowCount(db: Executor, resourceId: string, delta: number): Promise<void> {
  if (delta === 0) return;
  await db
    .update(datastoreTables)
    .set({ rowCount: sql`${datastoreTables.rowCount} + ${delta}`, updatedAt: sql`now()` })
    .where(eq(datastoreTables.resourceId, resourceId));
}
