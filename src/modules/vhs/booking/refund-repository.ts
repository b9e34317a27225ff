import { and, asc, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db';
import { vhsBookings, vhsCourses, vhsRefunds, type RefundReason, type VhsBooking, type VhsRefund } from '../tables';

/**
 * Records a refund the VHS owes for one booking and cause; null when that booking already has one
 * for the cause (the unique key decides, also between parallel requests on PostgreSQL).
 */
export async function insertRefund(
  db: Executor,
  booking: Pick<VhsBooking, 'id' | 'reference' | 'courseId'>,
  refund: { reason: RefundReason; amountCents: number; createdBy: string | null },
): Promise<VhsRefund | null> {
  const [row] = await db
    .insert(vhsRefunds)
    .values({ bookingId: booking.id, reference: booking.reference, courseId: booking.courseId, ...refund })
    .onConflictDoNothing({ target: [vhsRefunds.bookingId, vhsRefunds.reason] })
    .returning();
  return row ?? null;
}

/** A booking's refunds, the oldest first (the booking page in "Meine Kurse"). */
export function refundsOfBooking(db: Executor, bookingId: string): Promise<VhsRefund[]> {
  return db.select().from(vhsRefunds).where(eq(vhsRefunds.bookingId, bookingId)).orderBy(asc(vhsRefunds.createdAt));
}

/** Every refund of the account's bookings (Meine Daten). */
export function refundsOfBooker(db: Executor, bookerId: string): Promise<VhsRefund[]> {
  return db
    .select({ refund: vhsRefunds })
    .from(vhsRefunds)
    .innerJoin(vhsBookings, eq(vhsBookings.id, vhsRefunds.bookingId))
    .where(eq(vhsBookings.bookerId, bookerId))
    .orderBy(asc(vhsRefunds.createdAt))
    .then((rows) => rows.map((row) => row.refund));
}

const listColumns = {
  refund: vhsRefunds,
  participantName: vhsBookings.participantName,
  course: { id: vhsCourses.id, number: vhsCourses.number, title: vhsCourses.title },
};

/** A refund with whom it is for (null once the booking went with a deleted account) and its course. */
export interface RefundRow {
  refund: VhsRefund;
  participantName: string | null;
  course: { id: string; number: string; title: string };
}

function refundRows(db: Executor) {
  return db
    .select(listColumns)
    .from(vhsRefunds)
    .innerJoin(vhsCourses, eq(vhsCourses.id, vhsRefunds.courseId))
    .leftJoin(vhsBookings, eq(vhsBookings.id, vhsRefunds.bookingId));
}

/** Open refunds, the oldest first: the staff's work list. */
export function openRefunds(db: Executor): Promise<RefundRow[]> {
  return refundRows(db).where(isNull(vhsRefunds.settledAt)).orderBy(asc(vhsRefunds.createdAt), asc(vhsRefunds.id)).limit(500);
}

/** The refunds marked as transferred lately, the newest first. */
export function settledRefunds(db: Executor, limit: number): Promise<RefundRow[]> {
  return refundRows(db).where(isNotNull(vhsRefunds.settledAt)).orderBy(desc(vhsRefunds.settledAt), asc(vhsRefunds.id)).limit(limit);
}

export async function findRefund(db: Executor, id: string): Promise<RefundRow | null> {
  const [row] = await refundRows(db).where(eq(vhsRefunds.id, id));
  return row ?? null;
}

/** Marks an open refund as transferred; null when it was not open any more (settled in parallel or before). */
export async function markRefundSettled(db: Executor, id: string, settledBy: string): Promise<VhsRefund | null> {
  const [row] = await db
    .update(vhsRefunds)
    .set({ settledAt: sql`now()`, settledBy })
    .where(and(eq(vhsRefunds.id, id), isNull(vhsRefunds.settledAt)))
    .returning();
  return row ?? null;
}

export async function countOpenRefunds(db: Executor): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(vhsRefunds)
    .where(isNull(vhsRefunds.settledAt));
  return row?.count ?? 0;
}
