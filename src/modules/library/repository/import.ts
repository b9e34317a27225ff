import { inArray, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../kernel/db';
import type { CatalogueCopy, CatalogueRecord } from '../marc/map-record';
import { libraryItems, libraryRecords } from '../tables';

export interface BatchOutcome {
  inserted: number;
  updated: number;
  unchanged: number;
  copiesWritten: number;
}

/** The columns an import writes, in the order of the statement below. */
const COLUMNS = [
  'control_number',
  'media_type',
  'title',
  'subtitle',
  'authors',
  'edition',
  'publisher',
  'year',
  'language',
  'subjects',
  'isbns',
  'series',
  'summary',
  'extent',
  'onleihe_url',
  'marc',
] as const;
const COLUMN_LIST = sql.raw(COLUMNS.join(', '));
const RECORD_TYPE = sql.raw(
  `control_number text, media_type text, title text, subtitle text, authors text[], edition text, publisher text, year smallint, language text,
   subjects text[], isbns text[], series text, summary text, extent text, onleihe_url text, marc jsonb`,
);
const UPDATES = sql.raw(
  COLUMNS.slice(1)
    .map((column) => `${column} = excluded.${column}`)
    .join(', '),
);
/** A row whose columns all equal the file's is left untouched (no new row version, no `updated_at`). */
const CHANGED = sql.raw(
  COLUMNS.slice(1)
    .map((column) => `library_records.${column} is distinct from excluded.${column}`)
    .join(' or '),
);

/**
 * Upserts one batch of records by control number in one statement: new ones are inserted, changed
 * ones updated (with `updated_at`), equal ones not written at all, so a second import of the same
 * file changes nothing. The batch travels as one JSON parameter that PostgreSQL unpacks
 * (`jsonb_to_recordset`): building and sending thousands of parameters cost more than the insert.
 * `xmax = 0` tells an inserted row from an updated one.
 */
export async function upsertRecords(db: Executor, records: readonly CatalogueRecord[]): Promise<Pick<BatchOutcome, 'inserted' | 'updated' | 'unchanged'>> {
  if (records.length === 0) return { inserted: 0, updated: 0, unchanged: 0 };
  const rows = records.map((record) => ({
    control_number: record.controlNumber,
    media_type: record.mediaType,
    title: record.title,
    subtitle: record.subtitle,
    authors: record.authors,
    edition: record.edition,
    publisher: record.publisher,
    year: record.year,
    language: record.language,
    subjects: record.subjects,
    isbns: record.isbns,
    series: record.series,
    summary: record.summary,
    extent: record.extent,
    onleihe_url: record.onleiheUrl,
    marc: record.marc,
  }));
  const written = await queryRows<{ inserted: boolean }>(
    db,
    sql`insert into ${libraryRecords} (${COLUMN_LIST})
      select ${COLUMN_LIST} from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(${RECORD_TYPE})
      on conflict (control_number) do update set ${UPDATES}, updated_at = now() where ${CHANGED}
      returning xmax = 0 as inserted`,
  );
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
  const byBarcode = new Map(
    ids.flatMap(({ id, controlNumber }) => (copies.get(controlNumber) ?? []).map((copy) => [copy.barcode, { recordId: id, ...copy }] as const)),
  );
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
