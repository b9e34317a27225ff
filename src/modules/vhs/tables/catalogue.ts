import { sql } from 'drizzle-orm';
import { boolean, check, customType, index, integer, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** How a course meets: in a room, only online (a webinar), or both at once. */
export const COURSE_FORMATS = ['in_person', 'online', 'hybrid'] as const;
export type CourseFormat = (typeof COURSE_FORMATS)[number];

/** A draft is seen by staff only; a cancelled course stays visible with its reason (people look for it). */
export const COURSE_STATES = ['draft', 'published', 'cancelled'] as const;
export type CourseState = (typeof COURSE_STATES)[number];

/**
 * A Programmbereich as the German VHS statistics (DIE) group them: "Sprachen", "Gesundheit", …
 * The id is the URL slug of the filter.
 */
export const vhsProgrammeAreas = pgTable('vhs_programme_areas', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  summary: text('summary').notNull().default(''),
  position: smallint('position').notNull(),
});

/** A place where courses meet, with what people need to find and reach it. */
export const vhsPlaces = pgTable('vhs_places', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  street: text('street').notNull(),
  postcode: text('postcode').notNull(),
  city: text('city').notNull(),
  /** Step-free access to the rooms used (shown and filterable: people plan their way by it). */
  stepFree: boolean('step_free').notNull().default(false),
  directions: text('directions').notNull().default(''),
});

/**
 * A course of the programme. `seats_taken` is the one counter bookings change, in the same statement
 * that checks it (`… set seats_taken = seats_taken + 1 where seats_taken < max_participants`), so no
 * two bookers can take the last seat; the check constraint makes an overbooking impossible even for
 * code that forgets it. `starts_at`/`ends_at` repeat the first and last session so lists filter and
 * sort without reading the sessions; the sessions' write path keeps them equal.
 */
export const vhsCourses = pgTable(
  'vhs_courses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique('vhs_courses_slug_key'),
    /** Kursnummer as printed in the programme booklet, e.g. "271-30105". */
    number: text('number').notNull().unique('vhs_courses_number_key'),
    /** The term it belongs to, e.g. "2027-1" (Frühjahr) or "2027-2" (Herbst). */
    term: text('term').notNull(),
    areaId: text('area_id')
      .notNull()
      .references(() => vhsProgrammeAreas.id, { onDelete: 'restrict' }),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    description: text('description').notNull(),
    format: text('format', { enum: COURSE_FORMATS }).notNull(),
    placeId: text('place_id').references(() => vhsPlaces.id, { onDelete: 'restrict' }),
    /** Room inside the place, e.g. "Raum 204"; blank for webinars. */
    room: text('room').notNull().default(''),
    /** Name as published in the programme (instructors are named publicly, as in every VHS booklet). */
    instructor: text('instructor').notNull(),
    /** Who the course is for, e.g. "Erwachsene", "Jugendliche ab 14", "Eltern mit Kindern". */
    audience: text('audience').notNull().default('Erwachsene'),
    feeCents: integer('fee_cents').notNull(),
    /** Reduced fee (Ermäßigung); null where the course has none. */
    reducedFeeCents: integer('reduced_fee_cents'),
    /** Who gets the reduction and what proof they upload, in plain words. */
    reductionRule: text('reduction_rule').notNull().default(''),
    minParticipants: smallint('min_participants').notNull(),
    maxParticipants: smallint('max_participants').notNull(),
    seatsTaken: smallint('seats_taken').notNull().default(0),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    /** Bookings are taken from this moment (registration day); null: from publication. */
    bookingOpensAt: timestamp('booking_opens_at', { withTimezone: true }),
    /** Anmeldeschluss. */
    bookingClosesAt: timestamp('booking_closes_at', { withTimezone: true }).notNull(),
    /** Until when participants may cancel themselves (Rücktrittsfrist). */
    cancellableUntil: timestamp('cancellable_until', { withTimezone: true }).notNull(),
    state: text('state', { enum: COURSE_STATES }).notNull().default('draft'),
    cancellationReason: text('cancellation_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** German full text; STORAGE MAIN and no statistics, as for the Leistungen (docs/performance.md). */
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('german', title), 'A') || setweight(to_tsvector('german', summary || ' ' || instructor), 'B') || setweight(to_tsvector('german', description), 'C')`,
      ),
  },
  (t) => [
    check('vhs_courses_participants_check', sql`${t.minParticipants} >= 1 and ${t.minParticipants} <= ${t.maxParticipants}`),
    check('vhs_courses_seats_check', sql`${t.seatsTaken} >= 0 and ${t.seatsTaken} <= ${t.maxParticipants}`),
    check('vhs_courses_fees_check', sql`${t.feeCents} >= 0 and (${t.reducedFeeCents} is null or ${t.reducedFeeCents} between 0 and ${t.feeCents})`),
    check('vhs_courses_place_check', sql`${t.format} = 'online' or ${t.placeId} is not null`),
    check('vhs_courses_dates_check', sql`${t.startsAt} <= ${t.endsAt}`),
    check('vhs_courses_cancelled_check', sql`(${t.state} = 'cancelled') = (${t.cancellationReason} is not null)`),
    index('vhs_courses_listing_idx').on(t.state, t.startsAt),
    index('vhs_courses_area_idx').on(t.areaId),
    index('vhs_courses_search_idx').using('gin', t.search).with({ fastupdate: false }),
  ],
);

/** One meeting of a course (Termin). A cancelled session stays listed, marked, and in the iCal feed as CANCELLED. */
export const vhsSessions = pgTable(
  'vhs_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => vhsCourses.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    cancelled: boolean('cancelled').notNull().default(false),
    note: text('note').notNull().default(''),
    /** Bumped on every change: iCal's SEQUENCE, so calendars replace the old entry. */
    sequence: integer('sequence').notNull().default(0),
  },
  (t) => [check('vhs_sessions_dates_check', sql`${t.startsAt} < ${t.endsAt}`), index('vhs_sessions_course_idx').on(t.courseId, t.startsAt)],
);

export type VhsProgrammeArea = typeof vhsProgrammeAreas.$inferSelect;
export type VhsPlace = typeof vhsPlaces.$inferSelect;
export type VhsCourse = typeof vhsCourses.$inferSelect;
export type VhsSession = typeof vhsSessions.$inferSelect;
