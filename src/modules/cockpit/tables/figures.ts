import { date, doublePrecision, jsonb, pgTable, primaryKey, smallint, text, timestamp } from 'drizzle-orm/pg-core';
import type { FigurePart, FigureUnit, MonthValue } from '../../../kernel/module';

/**
 * The live figures as last computed from every module's `figures` hook (kernel/module.ts) by the
 * cockpit's job: pages and the exchange feed read these rows, never the modules' tables per request.
 * One row per figure key; a figure a module no longer gives is deleted by the next run.
 */
export const cockpitFigures = pgTable('cockpit_figures', {
  /** `<module>.<name>`, stable across towns (the exchange feed compares by it). */
  key: text('key').primaryKey(),
  module: text('module').notNull(),
  /** The area heading, from the module's source ("Bürgerplattform"). */
  area: text('area').notNull(),
  label: text('label').notNull(),
  unit: text('unit').$type<FigureUnit>().notNull(),
  definition: text('definition').notNull(),
  value: doublePrecision('value'),
  parts: jsonb('parts').$type<FigurePart[]>().notNull().default([]),
  months: jsonb('months').$type<MonthValue[]>().notNull().default([]),
  /** Order within the area, as the module lists its figures. */
  position: smallint('position').notNull(),
  computedAt: timestamp('computed_at', { withTimezone: true }).notNull(),
});

/** One value per figure and Berlin day (the day's last computation): the trend of figures without `months`. */
export const cockpitFigureDays = pgTable(
  'cockpit_figure_days',
  {
    key: text('key').notNull(),
    day: date('day').notNull(),
    value: doublePrecision('value').notNull(),
  },
  (t) => [primaryKey({ name: 'cockpit_figure_days_pkey', columns: [t.key, t.day] })],
);

export type FigureRow = typeof cockpitFigures.$inferSelect;

/**
 * How each module's last figure computations went: the job writes one row per module with a `figures`
 * hook. A module whose computation failed keeps its last figures; the failure is kept here (and shown on
 * the staff page) until the next success, so one broken module never blanks the page and is still seen.
 */
export const cockpitFigureSources = pgTable('cockpit_figure_sources', {
  module: text('module').primaryKey(),
  area: text('area').notNull(),
  lastSuccessAt: timestamp('last_success_at', { withTimezone: true }),
  lastFailureAt: timestamp('last_failure_at', { withTimezone: true }),
  /** The failure's message (for staff, not shown publicly); null after a success. */
  lastError: text('last_error'),
});

export type FigureSourceRow = typeof cockpitFigureSources.$inferSelect;
