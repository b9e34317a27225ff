import { eq, inArray, or, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db';
import { libraryItems, libraryRecords, type ItemState } from '../tables/catalogue';
import { libraryHolds, libraryLoans } from '../tables/lending';

export interface AvailabilityRecord {
  id: string;
  controlNumber: string;
  title: string;
  authors: string[];
  year: number | null;
  onleiheUrl: string | null;
}

export interface AvailabilityItem {
  id: string;
  recordId: string;
  barcode: string;
  branch: string;
  shelfmark: string;
  state: ItemState;
  /** Due date of the open loan, if lent. */
  dueOn: string | null;
  /** Holds queued for this copy; a copy that is back but has holds waits on the hold shelf. */
  holds: number;
}

/** Records by id or by control number (MARC 001), for DAIA's request identifiers. */
export async function recordsFor(db: Executor, ids: string[], controlNumbers: string[]): Promise<AvailabilityRecord[]> {
  const conditions = [
    ids.length > 0 ? inArray(libraryRecords.id, ids) : undefined,
    controlNumbers.length > 0 ? inArray(libraryRecords.controlNumber, controlNumbers) : undefined,
  ].filter((condition) => condition !== undefined);
  if (conditions.length === 0) return [];
  return db
    .select({
      id: libraryRecords.id,
      controlNumber: libraryRecords.controlNumber,
      title: libraryRecords.title,
      authors: libraryRecords.authors,
      year: libraryRecords.year,
      onleiheUrl: libraryRecords.onleiheUrl,
    })
    .from(libraryRecords)
    .where(or(...conditions));
}

/** Every copy of these records with its loan and its queue, in one statement. */
export async function itemsOf(db: Executor, recordIds: string[]): Promise<AvailabilityItem[]> {
  if (recordIds.length === 0) return [];
  return db
    .select({
      id: libraryItems.id,
      recordId: libraryItems.recordId,
      barcode: libraryItems.barcode,
      branch: libraryItems.branch,
      shelfmark: libraryItems.shelfmark,
      state: libraryItems.state,
      dueOn: libraryLoans.dueOn,
      holds: sql<number>`(select count(*)::int from ${libraryHolds} h where h.item_id = ${libraryItems.id})`,
    })
    .from(libraryItems)
    .leftJoin(libraryLoans, eq(libraryLoans.itemId, libraryItems.id))
    .where(inArray(libraryItems.recordId, recordIds))
    .orderBy(libraryItems.branch, libraryItems.shelfmark, libraryItems.barcode);
}
