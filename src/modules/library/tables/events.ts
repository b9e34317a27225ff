import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * An event of the library (Lesung, Bilderbuchkino, digital consultation hour), entered by library
 * staff. A cancelled event stays public, marked, with its reason: people who planned to come look
 * for it. `sequence` rises with every change of time, place or status (iCal SEQUENCE).
 */
export const libraryEvents = pgTable(
  'library_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    description: text('description').notNull().default(''),
    /** Where, as people know it: "Stadtbücherei Iserlohn, Kinderbücherei"; blank with `online` only. */
    place: text('place').notNull().default(''),
    online: boolean('online').notNull().default(false),
    /** Who it is for, in the library's words: "Kinder ab 4", "Erwachsene", "Familien". */
    audience: text('audience').notNull(),
    /** How to take part: "Eintritt frei, ohne Anmeldung" or where to register. */
    admission: text('admission').notNull().default(''),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    cancellationReason: text('cancellation_reason'),
    sequence: integer('sequence').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('library_events_dates_check', sql`${t.startsAt} < ${t.endsAt}`),
    check('library_events_where_check', sql`${t.online} or ${t.place} <> ''`),
    index('library_events_starts_idx').on(t.startsAt),
  ],
);

export type LibraryEvent = typeof libraryEvents.$inferSelect;
