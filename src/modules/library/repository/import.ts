import { inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db';
import type { CatalogueCopy, CatalogueRecord } from '../marc/map-record';
import { libraryItems, libraryRecords } from '../tables';

export interface BatchOutcome {
  inserted: number;
  updated: number;
  unchanged: number;
  copiesWritten: number;
}

/** The columns an import writes; a row whose columns all equal the file's is left untouched. */
const COMPARED = sql.raw(
  ['media_type', 'title', 'subtitle', 'authors', 'edition', 'publisher', 'year', 'language', 'subjects', 'isbns', 'series', 'summary', 'extent', 'onleihe_url', 'marc']
    .map((column) => `library_records.${column} is distinct from excluded.${column}`)
    .join(' or '),
);

/**
 * Upserts one batch of records by control number in one statement: new ones are inserted, changed
 * ones updated (with `updated_at`), equal ones not written at all, so a second import of the same
 * file changes nothing. `xmax = 0` tells an inserted row from an updated one.
 */
export async function upsertRecords(db: Executor, records: readonly CatalogueRecord[]): Promise<Pick<BatchOutcome, 'inserted' | 'updated' | 'unchanged'>> {
  if (records.length === 0) return { inserted: 0, updated: 0, unchanged: 0 };
  const written = await db
    .insert(libraryRecords)
    .values([...records])
    .onConflictDoUpdate({
      target: libraryRecords.controlNumber,
      set: {
        mediaType: sql`excluded.media_type`,
        title: sql`excluded.title`,
        subtitle: sql`excluded.subtitle`,
        authors: sql`excluded.authors`,
        edition: sql`excluded.edition`,
        publisher: sql`excluded.publisher`,
        year: sql`excluded.year`,
        language: sql`excluded.language`,
        subjects: sql`excluded.subjects`,
        isbns: sql`excluded.isbns`,
        series: sql`excluded.series`,
        summary: sql`excluded.summary`,
        extent: sql`excluded.extent`,
        onleiheUrl: sql`excluded.onleihe_url`,
        marc: sql`excluded.marc`,
        updatedAt: sql`now()`,
      },
      setWhere: COMPARED,
    })
    .returning({ inserted: sql<boolean>`xmax = 0` });
  const inserted = written.filter((row) => row.inserted).length;
  return { inserted, updated: written.length - inserted, unchanged: records.length - written.length };
}

/**
 * Upserts the copies of a batch's records by barcode (a copy that moved to another record, branch
 * or shelf follows the file). Copies the file no longer names are kept: they may be on loan.
 */
export async function upsertCopies(db: Executor, copies: ReadonlyMap<string, readonly CatalogueCopy[]>): Promise<number> {
  if (copies.size === 0) return 0;
  const ids = await db
    .select({ id: libraryRecords.id, controlNumber: libraryRecords.controlNumber })
    .from(libraryRecords)
    .where(inArray(libraryRecords.controlNumber, [...copies.keys()]));
  // One barcode twice in a batch would make the upsert touch a row twice: the later copy wins, as across batches.
  const byBarcode = new Map(ids.flatMap(({ id, controlNumber }) => (copies.get(controlNumber) ?? []).map((copy) => [copy.barcode, { recordId: id, ...copy }] as const)));
  const rows = [...byBarcode.values()];
  if (rows.length === 0) return 0;
  const written = await db
    .insert(libraryItems)
    .values(rows)
    .onConflictDoUpdate({
      target: libraryItems.barcode,
      set: { recordId: sql`excluded.record_id`, branch: sql`excluded.branch`, shelfmark: sql`excluded.shelfmark` },
      setWhere: sql`(library_items.record_id, library_items.branch, library_items.shelfmark) is distinct from (excluded.record_id, excluded.branch, excluded.shelfmark)`,
    })
    .returning({ id: libraryItems.id });
  return written.length;
}
