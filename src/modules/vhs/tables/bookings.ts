import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { vhsCourses, vhsSessions } from './catalogue';

/**
 * `booked` holds a seat (counted in `vhs_courses.seats_taken`); `waitlisted` waits in `position`
 * order; `cancelled` by the participant, `course_cancelled` when the VHS called the course off.
 */
export const BOOKING_STATES = ['booked', 'waitlisted', 'cancelled', 'course_cancelled'] as const;
export type BookingState = (typeof BOOKING_STATES)[number];

/** A reduction is asked for with a proof; staff confirm or refuse it, and the fee follows. */
export const REDUCTION_STATES = ['none', 'requested', 'granted', 'refused'] as const;
export type ReductionState = (typeof REDUCTION_STATES)[number];

/**
 * The course fee's payment through the Bürgerplattform's providers (Rechnung/Überweisung,
 * Testbezahldienst): `open` while the provider has not confirmed it, `paid` only from the provider
 * (or, for an invoice, from staff who saw the transfer), `cancelled` when the course was called off.
 */
export const PAYMENT_STATES = ['open', 'paid', 'failed', 'cancelled'] as const;
export type BookingPaymentState = (typeof PAYMENT_STATES)[number];

/**
 * One person's place in a course, booked through a portal account: the account holder books for
 * themself or for their child (`participant_name`, `participant_birth_date`). `position` is the
 * order of registration over the whole table (an identity), so the seats and the waitlist go
 * strictly first come, first served; a promotion from the waitlist keeps it.
 */
export const vhsBookings = pgTable(
  'vhs_bookings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Buchungsnummer shown to the participant and staff, e.g. "VHS-2027-000123". */
    reference: text('reference').notNull().unique('vhs_bookings_reference_key'),
    courseId: uuid('course_id')
      .notNull()
      .references(() => vhsCourses.id, { onDelete: 'restrict' }),
    /**
     * The account that booked and receives every message (no foreign key into the kernel, as for
     * Anträge: the module's personal-data hook erases or pseudonymises its rows).
     */
    bookerId: uuid('booker_id'),
    participantName: text('participant_name').notNull(),
    /** Only for a child booked by a parent: courses for an age group need it. */
    participantBirthDate: text('participant_birth_date'),
    position: bigint('position', { mode: 'number' }).generatedAlwaysAsIdentity().notNull(),
    state: text('state', { enum: BOOKING_STATES }).notNull(),
    feeCents: integer('fee_cents').notNull(),
    reduction: text('reduction', { enum: REDUCTION_STATES }).notNull().default('none'),
    /** The uploaded proof of the reduction (kernel file store key); removed with the booking's retention. */
    reductionProofKey: text('reduction_proof_key'),
    /** The last payment started for the fee (null: none yet); see PAYMENT_STATES. */
    paymentProvider: text('payment_provider'),
    paymentTransactionId: text('payment_transaction_id'),
    paymentState: text('payment_state', { enum: PAYMENT_STATES }),
    /**
     * What the started payment asks for (the fee when it was started). A reduction granted while it
     * is open lowers `fee_cents`; the difference is refunded when this amount arrives (null: none started).
     */
    paymentAmountCents: integer('payment_amount_cents'),
    /** Invoice: the transfer details the participant needs (recipient, IBAN, Verwendungszweck, due date). */
    paymentInstructions: jsonb('payment_instructions').$type<Record<string, string>>(),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    /** When a waitlisted booking got its seat, and when the participant was told (once). */
    promotedAt: timestamp('promoted_at', { withTimezone: true }),
    notifiedAt: timestamp('notified_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('vhs_bookings_fee_check', sql`${t.feeCents} >= 0`),
    check('vhs_bookings_cancelled_check', sql`(${t.state} in ('cancelled', 'course_cancelled')) = (${t.cancelledAt} is not null)`),
    /** One live booking per participant and course: a second click books nothing twice. */
    uniqueIndex('vhs_bookings_live_participant_key')
      .on(t.courseId, t.bookerId, sql`lower(${t.participantName})`)
      .where(sql`${t.state} in ('booked', 'waitlisted')`),
    index('vhs_bookings_course_idx').on(t.courseId, t.state, t.position),
    index('vhs_bookings_booker_idx').on(t.bookerId),
  ],
);

/** Who came to which session (Anwesenheit), the ground of the Teilnahmebescheinigung. */
export const vhsAttendance = pgTable(
  'vhs_attendance',
  {
    bookingId: uuid('booking_id')
      .notNull()
      .references(() => vhsBookings.id, { onDelete: 'cascade' }),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => vhsSessions.id, { onDelete: 'cascade' }),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('vhs_attendance_key').on(t.bookingId, t.sessionId), index('vhs_attendance_session_idx').on(t.sessionId)],
);

export type VhsBooking = typeof vhsBookings.$inferSelect;
export type VhsAttendance = typeof vhsAttendance.$inferSelect;
