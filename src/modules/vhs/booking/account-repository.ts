import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db';
import { vhsBookings, vhsCourses, type VhsBooking, type VhsCourse } from '../tables';

/** A booking with what "Meine Kurse" shows of its course, and its place on the waitlist. */
export interface MyBooking {
  booking: VhsBooking;
  course: Pick<VhsCourse, keyof typeof courseColumns>;
  /** 1 for the first of the waitlist; null unless waitlisted. */
  waitlistPlace: number | null;
  /** Sessions staff recorded the participant as present at: the ground of the Teilnahmebescheinigung. */
  attended: number;
}

// The outer row is named by its table explicitly: inside a sql template Drizzle may render a column unqualified.
const waitlistPlaceSql = sql<number | null>`case when vhs_bookings.state = 'waitlisted' then (
  select count(*)::int + 1 from vhs_bookings ahead
  where ahead.course_id = vhs_bookings.course_id and ahead.state = 'waitlisted' and ahead.position < vhs_bookings.position) end`;

const attendedSql = sql<number>`(select count(*)::int from vhs_attendance a where a.booking_id = vhs_bookings.id)`;

const courseColumns = {
  id: vhsCourses.id,
  slug: vhsCourses.slug,
  title: vhsCourses.title,
  number: vhsCourses.number,
  startsAt: vhsCourses.startsAt,
  endsAt: vhsCourses.endsAt,
  cancellableUntil: vhsCourses.cancellableUntil,
  state: vhsCourses.state,
  cancellationReason: vhsCourses.cancellationReason,
  format: vhsCourses.format,
  room: vhsCourses.room,
  instructor: vhsCourses.instructor,
  feeCents: vhsCourses.feeCents,
  reducedFeeCents: vhsCourses.reducedFeeCents,
  reductionRule: vhsCourses.reductionRule,
};

/** Every booking of the account, the newest course first. */
export async function bookingsOf(db: Executor, bookerId: string): Promise<MyBooking[]> {
  return db
    .select({ booking: vhsBookings, course: courseColumns, waitlistPlace: waitlistPlaceSql, attended: attendedSql })
    .from(vhsBookings)
    .innerJoin(vhsCourses, eq(vhsCourses.id, vhsBookings.courseId))
    .where(eq(vhsBookings.bookerId, bookerId))
    .orderBy(desc(vhsCourses.startsAt), vhsBookings.position);
}

export async function myBooking(db: Executor, bookingId: string): Promise<MyBooking | null> {
  const [row] = await db
    .select({ booking: vhsBookings, course: courseColumns, waitlistPlace: waitlistPlaceSql, attended: attendedSql })
    .from(vhsBookings)
    .innerJoin(vhsCourses, eq(vhsCourses.id, vhsBookings.courseId))
    .where(eq(vhsBookings.id, bookingId));
  return row ?? null;
}

/** Counts for the card on "Mein Konto": live bookings and waitlist places. */
export async function liveCounts(db: Executor, bookerId: string): Promise<{ booked: number; waitlisted: number }> {
  const rows = await db
    .select({ state: vhsBookings.state, count: sql<number>`count(*)::int` })
    .from(vhsBookings)
    .where(and(eq(vhsBookings.bookerId, bookerId), inArray(vhsBookings.state, ['booked', 'waitlisted'])))
    .groupBy(vhsBookings.state);
  const count = (state: string) => rows.find((row) => row.state === state)?.count ?? 0;
  return { booked: count('booked'), waitlisted: count('waitlisted') };
}
