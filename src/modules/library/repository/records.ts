import { asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db';
import { libraryItems, libraryRecords, type LibraryItem, type LibraryRecord } from '../tables';

export async function findRecord(db: Executor, id: string): Promise<LibraryRecord | undefined> {
  const [record] = await db.select().from(libraryRecords).where(eq(libraryRecords.id, id));
  return record;
}

/** A record's copies by branch and shelfmark; withdrawn ones are not on any shelf any more. */
export function listCopies(db: Executor, recordId: string): Promise<LibraryItem[]> {
  return db
    .select()
    .from(libraryItems)
    .where(sql`${libraryItems.recordId} = ${recordId} and ${libraryItems.state} <> 'withdrawn'`)
    .orderBy(asc(libraryItems.branch), asc(libraryItems.shelfmark), asc(libraryItems.barcode));
}

export async function findRecordIdByControlNumber(db: Executor, controlNumber: string): Promise<string | undefined> {
  const [record] = await db.select({ id: libraryRecords.id }).from(libraryRecords).where(eq(libraryRecords.controlNumber, controlNumber));
  return record?.id;
}
