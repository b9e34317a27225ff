import { sql } from 'drizzle-orm';
import { boolean, check, doublePrecision, index, integer, pgTable, smallint, text, time, timestamp, uuid } from 'drizzle-orm/pg-core';
import { departments } from '../../../kernel/auth/tables';

/**
 * A place where citizens come for a visit: the Bürgerbüro in the Rathaus, a branch office. Its time is
 * cut into units of `slotMinutes` per counter (`appointment_slots`); a booking takes as many consecutive
 * units at one counter as its services need.
 */
export const appointmentLocations = pgTable(
  'appointment_locations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** In the URL (`/termine/standorte/rathaus`). */
    slug: text('slug').notNull().unique('appointment_locations_slug_key'),
    name: text('name').notNull(),
    /** The Fachbereich that runs it: its staff serve here (policies.ts), its API tokens see it. */
    departmentId: text('department_id')
      .notNull()
      .references(() => departments.id, { onDelete: 'restrict' }),
    street: text('street').notNull(),
    postalCode: text('postal_code').notNull(),
    city: text('city').notNull(),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    /** How to get there and in (plain German, shown on the location page and in the confirmation). */
    directions: text('directions').notNull().default(''),
    /** Step-free access, lift, hearing loop: what a person with a disability needs to know. */
    accessibility: text('accessibility').notNull().default(''),
    /** Length of one unit of a counter's time; services' durations are rounded up to whole units. */
    slotMinutes: smallint('slot_minutes').notNull().default(10),
    /** First letter of the call-up numbers of the day ("A 017"), so two locations' numbers differ. */
    ticketPrefix: text('ticket_prefix').notNull().default('A'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  () => [check('appointment_locations_slot_minutes_check', sql`slot_minutes between 5 and 60`)],
);

/** A counter (Schalter, Platz) of a location: one person is served there at a time. */
export const appointmentCounters = pgTable(
  'appointment_counters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    locationId: uuid('location_id')
      .notNull()
      .references(() => appointmentLocations.id, { onDelete: 'cascade' }),
    /** As the call-up display shows it ("Platz 3"). */
    name: text('name').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('appointment_counters_location_idx').on(t.locationId)],
);

/**
 * When a location is open for appointments, per ISO weekday (1 Monday … 7 Sunday); several rows a day
 * for a break. Valid from a day on (a new timetable is a new set of rows), until the next set starts.
 */
export const appointmentOpeningHours = pgTable(
  'appointment_opening_hours',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    locationId: uuid('location_id')
      .notNull()
      .references(() => appointmentLocations.id, { onDelete: 'cascade' }),
    weekday: smallint('weekday').notNull(),
    opens: time('opens').notNull(),
    closes: time('closes').notNull(),
    validFrom: text('valid_from').notNull().default('2000-01-01'),
  },
  (t) => [
    index('appointment_opening_hours_location_idx').on(t.locationId, t.weekday),
    check('appointment_opening_hours_weekday_check', sql`weekday between 1 and 7`),
    check('appointment_opening_hours_order_check', sql`opens < closes`),
  ],
);

/**
 * A day (or days, or part of a day) a location or one counter is closed beyond the public holidays
 * (kernel/time holidays of the municipality's state): a staff outing, a strike, a fault. Slots in it
 * are withdrawn; bookings in it are cancelled by the office and the people told (planning/).
 */
export const appointmentClosures = pgTable(
  'appointment_closures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    locationId: uuid('location_id')
      .notNull()
      .references(() => appointmentLocations.id, { onDelete: 'cascade' }),
    /** Null: the whole location. */
    counterId: uuid('counter_id').references(() => appointmentCounters.id, { onDelete: 'cascade' }),
    /** Berlin calendar days, `YYYY-MM-DD`, inclusive. */
    firstDay: text('first_day').notNull(),
    lastDay: text('last_day').notNull(),
    /** Null for whole days; else the hours closed on each of the days. */
    fromTime: time('from_time'),
    untilTime: time('until_time'),
    /** Shown to citizens ("Betriebsversammlung"). */
    reason: text('reason').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('appointment_closures_location_idx').on(t.locationId, t.firstDay),
    check('appointment_closures_days_check', sql`first_day <= last_day`),
    check('appointment_closures_hours_check', sql`(from_time is null and until_time is null) or (from_time < until_time)`),
  ],
);

/**
 * When a location's slots become bookable, in waves (issue 14): each wave releases `sharePercent` of a
 * day's units `daysAhead` days before it, at `atTime` (Berlin). Without waves a slot is bookable as
 * soon as it exists. The shares of a location's waves add up to 100 (checked where they are edited).
 */
export const appointmentReleaseWaves = pgTable(
  'appointment_release_waves',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    locationId: uuid('location_id')
      .notNull()
      .references(() => appointmentLocations.id, { onDelete: 'cascade' }),
    daysAhead: integer('days_ahead').notNull(),
    atTime: time('at_time').notNull(),
    sharePercent: smallint('share_percent').notNull(),
  },
  (t) => [
    index('appointment_release_waves_location_idx').on(t.locationId),
    check('appointment_release_waves_days_check', sql`days_ahead between 0 and 365`),
    check('appointment_release_waves_share_check', sql`share_percent between 1 and 100`),
  ],
);
