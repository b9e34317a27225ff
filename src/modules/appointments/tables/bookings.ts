import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../../kernel/auth/tables';
import { appointmentCounters, appointmentLocations } from './locations';
import { appointmentServices } from './services';

/**
 * A booking's way: `booked` (online) → `waiting` (checked in at the location, or a walk-in) → `called`
 * (to a counter; the service starts) → `done`; `no_show` when the day ended without a check-in
 * (counted against the address, settings.ts); `cancelled` by the citizen or the office.
 */
export const BOOKING_STATES = ['booked', 'waiting', 'called', 'done', 'no_show', 'cancelled'] as const;
export type BookingState = (typeof BOOKING_STATES)[number];

export const BOOKING_KINDS = ['online', 'walk_in'] as const;
export type BookingKind = (typeof BOOKING_KINDS)[number];

/**
 * An appointment. Booked online without an account (name and e-mail, optionally a mobile number for an
 * SMS reminder) or from the citizen account (`userId`), or entered by staff for a walk-in (no contact
 * needed). Personal data are erased a configurable time after the day (`erasedAt`; planning/retention),
 * the row stays for the statistics.
 */
export const appointmentBookings = pgTable(
  'appointment_bookings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Given to the citizen ("T-4K7M-2QXD"): in the confirmation, at the counter, on the phone. Not a secret. */
    reference: text('reference').notNull().unique('appointment_bookings_reference_key'),
    kind: text('kind', { enum: BOOKING_KINDS }).notNull().default('online'),
    state: text('state', { enum: BOOKING_STATES }).notNull().default('booked'),
    locationId: uuid('location_id')
      .notNull()
      .references(() => appointmentLocations.id, { onDelete: 'cascade' }),
    /** The counter whose units it holds; for a walk-in the counter it was called to (null until then). */
    counterId: uuid('counter_id').references(() => appointmentCounters.id, { onDelete: 'set null' }),
    /** The Berlin day of the visit, `YYYY-MM-DD` (the day plan, retention, the per-day call-up numbers). */
    day: text('day').notNull(),
    /** Null for a walk-in. */
    startsAt: timestamp('starts_at', { withTimezone: true }),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    name: text('name'),
    email: text('email'),
    /** E.164 (`+491701234567`), for the SMS reminder; only when the person asked for it. */
    phone: text('phone'),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    /**
     * SHA-256 of the secret of the cancellation and rebooking link (`manageSecretOf` in policies.ts;
     * the link carries the secret, the database only its hash, to find the booking by it). Null once
     * the booking can no longer be changed by link.
     */
    manageTokenHash: text('manage_token_hash'),
    /** The call-up number of its day at its location ("A 017"), given at check-in. */
    ticket: text('ticket'),
    /** Who cancelled it, when `cancelled`: the citizen (or their link), or the office (a closure). */
    cancelledBy: text('cancelled_by', { enum: ['citizen', 'office'] }),
    /** The booking this one replaced (a rebooking keeps the trail). */
    replacesId: uuid('replaces_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
    calledAt: timestamp('called_at', { withTimezone: true }),
    /**
     * The counter it was called to, as the call-up display shows it ("A 017 → Platz 2"); a booked person
     * may be called to another counter than the one holding their units (office/).
     */
    calledCounterId: uuid('called_counter_id').references(() => appointmentCounters.id, { onDelete: 'set null' }),
    doneAt: timestamp('done_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
    /** When name, e-mail, phone and the link were erased (retention); the rest stays for the statistics. */
    erasedAt: timestamp('erased_at', { withTimezone: true }),
  },
  (t) => [
    index('appointment_bookings_location_day_idx').on(t.locationId, t.day, t.state),
    index('appointment_bookings_email_idx')
      .on(t.email, t.state)
      .where(sql`email is not null`),
    // The limits per person compare the address as typed in any case (limits/person-limits.ts): without
    // this index each booking read every upcoming booking (bench/appointments/plans.ts, docs/performance.md).
    index('appointment_bookings_email_lower_idx')
      .on(sql`lower(${t.email})`)
      .where(sql`email is not null`),
    index('appointment_bookings_user_idx')
      .on(t.userId)
      .where(sql`user_id is not null`),
    uniqueIndex('appointment_bookings_manage_token_key')
      .on(t.manageTokenHash)
      .where(sql`manage_token_hash is not null`),
    index('appointment_bookings_called_idx')
      .on(t.locationId, t.calledAt)
      .where(sql`called_at is not null`),
    uniqueIndex('appointment_bookings_ticket_key')
      .on(t.locationId, t.day, t.ticket)
      .where(sql`ticket is not null`),
    check('appointment_bookings_times_check', sql`(kind = 'walk_in') or (starts_at is not null and ends_at is not null and starts_at < ends_at)`),
  ],
);

/** The services of a booking, each for `quantity` persons; their durations add up to the booking's units. */
export const appointmentBookingServices = pgTable(
  'appointment_booking_services',
  {
    bookingId: uuid('booking_id')
      .notNull()
      .references(() => appointmentBookings.id, { onDelete: 'cascade' }),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => appointmentServices.id, { onDelete: 'restrict' }),
    quantity: smallint('quantity').notNull().default(1),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.bookingId, t.serviceId] }), index('appointment_booking_services_service_idx').on(t.serviceId)],
);

/**
 * A missed appointment, kept apart from the booking (whose contact is erased after the retention time)
 * as long as it may count (settings.ts: `noShowWindowDays`): after `noShowLimit` of them within the
 * window, booking needs a confirmed citizen account for `accountRequiredWeeks`. Only a hash of the
 * normalised e-mail address is kept.
 */
export const appointmentNoShows = pgTable(
  'appointment_no_shows',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    emailHash: text('email_hash').notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    day: text('day').notNull(),
    bookingId: uuid('booking_id').references(() => appointmentBookings.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('appointment_no_shows_email_idx').on(t.emailHash, t.day), uniqueIndex('appointment_no_shows_booking_key').on(t.bookingId)],
);
