import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { departments, users } from '../../../kernel/auth/tables';

/** Where a Maßnahme stands; the German words are in `MEASURE_STATUS_LABELS` (policies.ts). */
export const MEASURE_STATUSES = ['planned', 'in_progress', 'done', 'paused', 'stopped'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/**
 * A Maßnahme of the city's digital strategy (the council programme's goals are the demo's): what it is
 * for, who owns it, where it stands, what it costs and who pays. Edited by the coordinator and by staff of
 * its owner department (policies.ts); `published` ones appear on `/digitalisierung` and in the exchange feed.
 */
export const cockpitMeasures = pgTable(
  'cockpit_measures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** In the public URL (`/digitalisierung/massnahmen/freies-wlan`) and the exchange feed's id. */
    slug: text('slug').notNull().unique('cockpit_measures_slug_key'),
    title: text('title').notNull(),
    /** What shall be reached, in plain German (one or two sentences). */
    goal: text('goal').notNull(),
    /** More about it, publisher's Markdown (kernel/views/markdown.tsx). */
    description: text('description').notNull().default(''),
    /** The Fachbereich responsible: its staff with the edit permission may change the measure. */
    ownerDepartmentId: text('owner_department_id')
      .notNull()
      .references(() => departments.id, { onDelete: 'restrict' }),
    status: text('status', { enum: MEASURE_STATUSES }).notNull().default('planned'),
    /** Progress in percent as the owner judges it (milestones done are shown beside it). */
    progressPercent: smallint('progress_percent').notNull().default(0),
    startsOn: date('starts_on').notNull(),
    /** Planned end; null while open-ended (the coordinator role itself). */
    endsOn: date('ends_on'),
    /** Budget in cents (euros × 100); null when none is assigned. */
    budgetCents: bigint('budget_cents', { mode: 'number' }),
    /** Who pays: own budget, a funding programme ("Gigabitförderung des Bundes"), … */
    fundingSource: text('funding_source').notNull().default(''),
    /** Where the council programme asks for it (paragraph, e.g. "§ 3"), so the council can follow. */
    programReference: text('program_reference').notNull().default(''),
    published: boolean('published').notNull().default(false),
    /** Raised on every change: an edit form carries it, a stale form is refused instead of overwriting. */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('cockpit_measures_owner_idx').on(t.ownerDepartmentId),
    check('cockpit_measures_progress_check', sql`progress_percent between 0 and 100`),
    check('cockpit_measures_dates_check', sql`ends_on is null or ends_on >= starts_on`),
    check('cockpit_measures_budget_check', sql`budget_cents is null or budget_cents >= 0`),
  ],
);

/** A dated step of a measure; `doneOn` when reached. Never before its measure starts (checked by the use cases). */
export const cockpitMilestones = pgTable(
  'cockpit_milestones',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    measureId: uuid('measure_id')
      .notNull()
      .references(() => cockpitMeasures.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    dueOn: date('due_on').notNull(),
    doneOn: date('done_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('cockpit_milestones_measure_idx').on(t.measureId, t.dueOn)],
);

export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** What could stop a measure, how likely and how bad, and what is done about it. */
export const cockpitRisks = pgTable(
  'cockpit_risks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    measureId: uuid('measure_id')
      .notNull()
      .references(() => cockpitMeasures.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    likelihood: text('likelihood', { enum: RISK_LEVELS }).notNull(),
    impact: text('impact', { enum: RISK_LEVELS }).notNull(),
    mitigation: text('mitigation').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('cockpit_risks_measure_idx').on(t.measureId)],
);

/**
 * An object of another module a measure is about (a Leistung, a dataset, a course, a hotspot), named by
 * the module's `linkTargets` source (`module`, `kind`) and its id there. Titles and links are asked of
 * the module when shown, so a renamed Leistung shows its new name and a deleted one says so.
 */
export const cockpitMeasureLinks = pgTable(
  'cockpit_measure_links',
  {
    measureId: uuid('measure_id')
      .notNull()
      .references(() => cockpitMeasures.id, { onDelete: 'cascade' }),
    module: text('module').notNull(),
    kind: text('kind').notNull(),
    targetId: text('target_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'cockpit_measure_links_pkey', columns: [t.measureId, t.module, t.kind, t.targetId] })],
);

/**
 * The history of a measure: one row per change (created, fields changed, milestone reached, link added),
 * with the fields' old and new values. The person is kept while their account exists (set null when it
 * is deleted; the audit log keeps its pseudonym).
 */
export const cockpitMeasureChanges = pgTable(
  'cockpit_measure_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    measureId: uuid('measure_id')
      .notNull()
      .references(() => cockpitMeasures.id, { onDelete: 'cascade' }),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    /** What happened, in German ("Meilenstein „Ausschreibung“ erreicht"). */
    summary: text('summary').notNull(),
    /** The fields changed: `[{ field, before, after }]` with the values as shown (plain strings). */
    fields: jsonb('fields').$type<Array<{ field: string; before: string; after: string }>>().notNull().default([]),
  },
  (t) => [index('cockpit_measure_changes_measure_idx').on(t.measureId, t.changedAt)],
);

export type Measure = typeof cockpitMeasures.$inferSelect;
export type Milestone = typeof cockpitMilestones.$inferSelect;
export type Risk = typeof cockpitRisks.$inferSelect;
