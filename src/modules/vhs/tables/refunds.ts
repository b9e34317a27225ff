import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { vhsBookings } from './bookings';
import { vhsCourses } from './catalogue';

/**
 * Why money goes back: the participant cancelled a paid booking within the Rücktrittsfrist, the VHS
 * called the course off, or a reduction was granted after the full fee was paid (the difference).
 */
export const REFUND_REASONS = ['participant_cancelled', 'course_cancelled', 'reduction_granted'] as const;
export type RefundReason = (typeof REFUND_REASONS)[number];

/**
 * An Erstattung the VHS owes. The portal moves no money (SEPA data stays in the VHS's
 * administration system): the row is the work item staff settle there, then mark as transferred
 * here. It outlives the booking (kept for the accounts, Art. 17 Abs. 3 DSGVO), so it carries the
 * Buchungsnummer and the course itself; a deleted booking only clears `booking_id`.
 */
export const vhsRefunds = pgTable(
  'vhs_refunds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bookingId: uuid('booking_id').references(() => vhsBookings.id, { onDelete: 'set null' }),
    /** The Buchungsnummer, kept when the booking goes with a deleted account. */
    reference: text('reference').notNull(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => vhsCourses.id, { onDelete: 'restrict' }),
    reason: text('reason', { enum: REFUND_REASONS }).notNull(),
    amountCents: integer('amount_cents').notNull(),
    /** Who caused it: the participant who cancelled or the staff member who decided (null: erased account). */
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Staff who saw the transfer made in the administration system; both null while open. */
    settledBy: uuid('settled_by'),
    settledAt: timestamp('settled_at', { withTimezone: true }),
  },
  (t) => [
    check('vhs_refunds_amount_check', sql`${t.amountCents} > 0`),
    /** One refund per booking and cause: a repeated cancellation or decision never owes twice. */
    uniqueIndex('vhs_refunds_booking_reason_key').on(t.bookingId, t.reason),
    index('vhs_refunds_open_idx')
      .on(t.createdAt)
      .where(sql`${t.settledAt} is null`),
    index('vhs_refunds_settled_idx').on(t.settledAt),
  ],
);

export type VhsRefund = typeof vhsRefunds.$inferSelect;
