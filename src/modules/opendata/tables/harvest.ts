import { integer, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations } from './catalogue';

export const HARVEST_KINDS = ['ckan', 'dcat'] as const;
export const HARVEST_RUN_STATES = ['running', 'succeeded', 'partial', 'failed'] as const;
export const HARVEST_LOG_LEVELS = ['info', 'warning', 'error'] as const;

/** A portal whose datasets appear here under one organisation: a CKAN API or a DCAT catalogue. */
export const harvestSources = pgTable('opendata_harvest_sources', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique('opendata_harvest_sources_name_key'),
  title: text('title').notNull(),
  url: text('url').notNull(),
  kind: text('kind', { enum: HARVEST_KINDS }).notNull(),
  organizationId: uuid('organization_id')
    .notNull()
    .references(() => organizations.id, { onDelete: 'restrict' }),
  /** Hours between scheduled runs; null: only by hand (`harvest:run`). */
  intervalHours: integer('interval_hours'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One run of a source, with what it changed; a run that fails part-way keeps what it harvested. */
export const harvestRuns = pgTable(
  'opendata_harvest_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sourceId: uuid('source_id')
      .notNull()
      .references(() => harvestSources.id, { onDelete: 'cascade' }),
    status: text('status', { enum: HARVEST_RUN_STATES }).notNull().default('running'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    created: integer('created').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    deleted: integer('deleted').notNull().default(0),
    failed: integer('failed').notNull().default(0),
  },
  (t) => [index('opendata_harvest_runs_source_idx').on(t.sourceId, t.startedAt)],
);

/** The harvest log: per-dataset errors and warnings of a run, shown in the back office. */
export const harvestLog = pgTable(
  'opendata_harvest_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    runId: uuid('run_id')
      .notNull()
      .references(() => harvestRuns.id, { onDelete: 'cascade' }),
    level: text('level', { enum: HARVEST_LOG_LEVELS }).notNull(),
    /** The remote dataset's id or name, when the entry is about one. */
    datasetRef: text('dataset_ref'),
    message: text('message').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('opendata_harvest_log_run_idx').on(t.runId, t.at)],
);
