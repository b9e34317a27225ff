import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { councilSources } from './sources';

/** What one run of the importer counted for one OParl type. */
export interface ImportTypeCounts {
  new: number;
  changed: number;
  deleted: number;
  unchanged: number;
}

/** An object (or one of its references) the run could not take, and why: what a person reads to ask the source's vendor. */
export interface ImportSkip {
  url: string;
  reason: string;
}

/**
 * Where a run stopped: the n-th of the run's lists and the page it was about to read. The next run of
 * the source continues there (issue 13: resumable) with the same `modified_since`.
 */
export interface ImportPosition {
  listIndex: number;
  pageUrl: string;
}

/** One external list of a body, as the run reads it. */
export interface ImportList {
  bodyUrl: string;
  /** The OParl type of its objects ("Paper"). */
  type: string;
  url: string;
}

/** An object that waits for a reference it cannot be stored without, with where it was read. */
export interface PendingObject {
  kind: string;
  data: Record<string, unknown>;
  ctx: { bodyId: string | null; parentId?: string; position?: number; nonPublic?: boolean };
}

export const IMPORT_RUN_OUTCOMES = ['running', 'succeeded', 'failed'] as const;

/** One run of the OParl importer for a source: its counts, what it skipped and why, and how far it came. */
export const councilImportRuns = pgTable(
  'council_import_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sourceId: uuid('source_id')
      .notNull()
      .references(() => councilSources.id, { onDelete: 'cascade' }),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    outcome: text('outcome', { enum: IMPORT_RUN_OUTCOMES }).notNull().default('running'),
    /**
     * The start of the first run of an unfinished series: a run that continues a stopped one keeps
     * its predecessor's, so the source's `lastSuccessAt` never skips changes made during the series.
     */
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    /** The lists were asked with `modified_since` this time; null for a full run. */
    modifiedSince: timestamp('modified_since', { withTimezone: true }),
    /** The run this one continued (it stopped before the end); null for a run from the start. */
    resumedFromId: uuid('resumed_from_id'),
    /** Null once every list was read to the end. */
    position: jsonb('position').$type<ImportPosition>(),
    /** The list URLs in the order they are read (kept so a resumed run reads the same ones). */
    lists: jsonb('lists').$type<ImportList[]>().notNull().default([]),
    counts: jsonb('counts').$type<Record<string, ImportTypeCounts>>().notNull().default({}),
    pagesRead: integer('pages_read').notNull().default(0),
    filesStored: integer('files_stored').notNull().default(0),
    filesFailed: integer('files_failed').notNull().default(0),
    /** At most `MAX_REPORTED` entries; `skippedCount` is the whole number. */
    skipped: jsonb('skipped').$type<ImportSkip[]>().notNull().default([]),
    skippedCount: integer('skipped_count').notNull().default(0),
    /** Errors that stopped a list or the run (unreachable, not JSON, too large), bounded like `skipped`. */
    errors: jsonb('errors').$type<ImportSkip[]>().notNull().default([]),
  },
  (t) => [index('council_import_runs_source_idx').on(t.sourceId, t.startedAt)],
);

/**
 * Every object a source gave us, across all OParl types: the importer's map from the source's URL to
 * our row (to resolve references without asking twelve tables) and the hash of the object as last
 * read (its content unchanged: nothing is written and `modified` stays).
 */
export const councilImportObjects = pgTable(
  'council_import_objects',
  {
    sourceId: uuid('source_id')
      .notNull()
      .references(() => councilSources.id, { onDelete: 'cascade' }),
    externalUrl: text('external_url').notNull(),
    type: text('type').notNull(),
    rowId: uuid('row_id').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sourceId, t.externalUrl] })],
);

/**
 * A reference to an object not (yet) seen: kept until a later page or run brings the object. `rowId`
 * of type `type` refers to `targetUrl` in `field` (a column or a join table); an object that cannot be
 * stored without its reference (a membership without its Gremium) waits here whole, in `object`.
 */
export const councilImportPending = pgTable(
  'council_import_pending',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sourceId: uuid('source_id')
      .notNull()
      .references(() => councilSources.id, { onDelete: 'cascade' }),
    /** The URL of the object that holds the reference. */
    holderUrl: text('holder_url').notNull(),
    field: text('field').notNull(),
    targetUrl: text('target_url').notNull(),
    position: integer('position').notNull().default(0),
    /** The whole object (with the body's row id) when it waits for a reference it cannot be stored without. */
    object: jsonb('object').$type<PendingObject>(),
  },
  (t) => [index('council_import_pending_source_idx').on(t.sourceId, t.holderUrl)],
);
