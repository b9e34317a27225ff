import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { appointmentBookings } from './bookings';
import { appointmentCounters, appointmentLocations } from './locations';

/**
 * One unit of one counter's time (the location's `slotMinutes`), made ahead from the opening hours,
 * holidays and closures for the booking window (planning/). A booking takes consecutive free units of
 * one counter in one statement that sets their `bookingId` only where it is still null: two people
 * can never hold the same unit (issue 14: atomic booking). What the public calls a slot is a start
 * time at a location; its capacity is the number of counters with enough free units from then on.
 * Units are withdrawn (deleted) by a closure when free; a booked one stays with its booking.
 */
export const appointmentSlots = pgTable(
  'appointment_slots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    locationId: uuid('location_id')
      .notNull()
      .references(() => appointmentLocations.id, { onDelete: 'cascade' }),
    counterId: uuid('counter_id')
      .notNull()
      .references(() => appointmentCounters.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    /** From when citizens may book it (its release wave); staff may book walk-ins and rebookings before. */
    releasedAt: timestamp('released_at', { withTimezone: true }).notNull(),
    bookingId: uuid('booking_id').references(() => appointmentBookings.id, { onDelete: 'set null' }),
    /**
     * A citizen's hold while they type their details (slots/hold-units.ts): the hash of the hold's secret
     * (the details page carries the secret) and until when. Held units count as taken for everyone else;
     * an expired hold is simply no longer looked at, so nothing has to clean it up.
     */
    holdHash: text('hold_hash'),
    heldUntil: timestamp('held_until', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('appointment_slots_counter_start_key').on(t.counterId, t.startsAt),
    index('appointment_slots_location_start_idx').on(t.locationId, t.startsAt),
    index('appointment_slots_booking_idx').on(t.bookingId),
    index('appointment_slots_hold_idx')
      .on(t.holdHash)
      .where(sql`hold_hash is not null`),
  ],
);
