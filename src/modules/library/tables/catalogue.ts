import { sql } from 'drizzle-orm';
import { check, customType, index, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * What a record is, as readers filter it (from MARC leader/06–07, 007 and 008; the catalogue's own
 * words in the views). `emedia` records are lent through the Onleihe, not from the shelf.
 */
export const MEDIA_TYPES = ['book', 'ebook', 'audiobook', 'eaudio', 'dvd', 'music_cd', 'magazine', 'game', 'map', 'sheet_music', 'other'] as const;
export type MediaType = (typeof MEDIA_TYPES)[number];

/**
 * One bibliographic record (Titelsatz) of the catalogue, read from MARC 21. The columns are what
 * pages, facets and search need; `marc` keeps the whole record (MARC-in-JSON) so the SRU interface
 * can answer in MARCXML and a re-import compares like with like. `control_number` (MARC 001) is the
 * key an import matches on: importing the same file twice changes nothing.
 */
export const libraryRecords = pgTable(
  'library_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    controlNumber: text('control_number').notNull().unique('library_records_control_number_key'),
    mediaType: text('media_type', { enum: MEDIA_TYPES }).notNull(),
    title: text('title').notNull(),
    subtitle: text('subtitle').notNull().default(''),
    /** Persons and bodies as the record names them, main entry first ("Funke, Cornelia"). */
    authors: text('authors')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Edition statement (250 $a), e.g. "3. Auflage". */
    edition: text('edition').notNull().default(''),
    publisher: text('publisher').notNull().default(''),
    year: smallint('year'),
    /** ISO 639-2/B code from 008/35–37 or 041, e.g. "ger", "eng". */
    language: text('language'),
    subjects: text('subjects')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    isbns: text('isbns')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    series: text('series').notNull().default(''),
    summary: text('summary').notNull().default(''),
    /** Physical description (300), e.g. "317 Seiten : Illustrationen". */
    extent: text('extent').notNull().default(''),
    /** Link to the Onleihe (856 $u) for e-media; null for what stands on a shelf. */
    onleiheUrl: text('onleihe_url'),
    marc: jsonb('marc').notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /**
     * German full text; STORAGE MAIN and no statistics, as for the Leistungen (docs/performance.md).
     * `library_words` (the migration's immutable array_to_string) joins the arrays.
     */
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('german', title || ' ' || subtitle), 'A') || setweight(to_tsvector('german', library_words(authors) || ' ' || series), 'B') || setweight(to_tsvector('german', library_words(subjects) || ' ' || summary), 'C')`,
      ),
  },
  (t) => [
    check('library_records_year_check', sql`${t.year} is null or ${t.year} between 1000 and 2999`),
    index('library_records_search_idx').using('gin', t.search).with({ fastupdate: false }),
    index('library_records_media_year_idx').on(t.mediaType, t.year),
    // The catalogue A–Z (no words, no filter) reads its page in this order and stops after it.
    index('library_records_title_icu_idx').on(sql`${t.title} collate "und-x-icu"`, sql`${t.subtitle} collate "und-x-icu"`, t.id),
    // SRU's isbn index; the subject facet's filter without words.
    index('library_records_isbns_idx').using('gin', t.isbns),
    index('library_records_subjects_idx').using('gin', t.subjects),
  ],
);

/** Where a copy stands; `reference` copies are read in the library and never lent. */
export const ITEM_STATES = ['available', 'reference', 'missing', 'withdrawn'] as const;
export type ItemState = (typeof ITEM_STATES)[number];

/**
 * One copy (Exemplar) of a record on a shelf. Whether it is lent is not kept here but in the loans
 * of the lending system, so availability (DAIA) is never out of step with the loans.
 */
export const libraryItems = pgTable(
  'library_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recordId: uuid('record_id')
      .notNull()
      .references(() => libraryRecords.id, { onDelete: 'cascade' }),
    /** Mediennummer on the copy's label; what the lending desk scans. */
    barcode: text('barcode').notNull().unique('library_items_barcode_key'),
    /** Branch (Zweigstelle) id from the municipality's library settings, e.g. "zentrale". */
    branch: text('branch').notNull(),
    /** Signatur / Standort, e.g. "Ro Fun" or "Erwachsene 2. OG". */
    shelfmark: text('shelfmark').notNull(),
    state: text('state', { enum: ITEM_STATES }).notNull().default('available'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('library_items_record_idx').on(t.recordId)],
);

export type LibraryRecord = typeof libraryRecords.$inferSelect;
export type LibraryItem = typeof libraryItems.$inferSelect;
