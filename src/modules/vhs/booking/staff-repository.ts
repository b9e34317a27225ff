import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { users } from '../../../kernel/auth';
import type { Executor } from '../../../kernel/db';
import { isUuid } from './repository';
import { vhsAttendance, vhsBookings, vhsCourses, vhsSessions, type VhsBooking, type VhsSession } from '../tables';

export interface CourseCounts {
  id: string;
  title: string;
  number: string;
  startsAt: Date;
  state: string;
  maxParticipants: number;
  seatsTaken: number;
  waitlisted: number;
  reductionsRequested: number;
}

/** Courses with their seats and waitlists, the next to begin first (the participants section's list). */
export async function coursesWithCounts(db: Executor): Promise<CourseCounts[]> {
  return db
    .select({
      id: vhsCourses.id,
      title: vhsCourses.title,
      number: vhsCourses.number,
      startsAt: vhsCourses.startsAt,
      state: vhsCourses.state,
      maxParticipants: vhsCourses.maxParticipants,
      seatsTaken: vhsCourses.seatsTaken,
      waitlisted: sql<number>`(select count(*)::int from vhs_bookings b where b.course_id = vhs_courses.id and b.state = 'waitlisted')`,
      reductionsRequested: sql<number>`(select count(*)::int from vhs_bookings b where b.course_id = vhs_courses.id and b.reduction = 'requested' and b.state in ('booked', 'waitlisted'))`,
    })
    .from(vhsCourses)
    .where(inArray(vhsCourses.state, ['published', 'cancelled']))
    .orderBy(asc(vhsCourses.startsAt), asc(vhsCourses.number))
    .limit(500);
}

/** Every booking of a course in order of registration. */
export async function courseBookings(db: Executor, courseId: string): Promise<VhsBooking[]> {
  return db.select().from(vhsBookings).where(eq(vhsBookings.courseId, courseId)).orderBy(asc(vhsBookings.position));
}

export async function courseSessions(db: Executor, courseId: string): Promise<VhsSession[]> {
  return db.select().from(vhsSessions).where(eq(vhsSessions.courseId, courseId)).orderBy(asc(vhsSessions.startsAt));
}

/** Who was present at which session of the course: `sessionId:bookingId` pairs. */
export async function courseAttendance(db: Executor, courseId: string): Promise<Set<string>> {
  const rows = await db
    .select({ sessionId: vhsAttendance.sessionId, bookingId: vhsAttendance.bookingId })
    .from(vhsAttendance)
    .innerJoin(vhsSessions, eq(vhsSessions.id, vhsAttendance.sessionId))
    .where(eq(vhsSessions.courseId, courseId));
  return new Set(rows.map((row) => `${row.sessionId}:${row.bookingId}`));
}

/** Sets the attendance of one session to exactly `present` (booked bookings of its course only). */
export async function replaceAttendance(db: Executor, session: VhsSession, present: readonly string[], recordedBy: string): Promise<number> {
  await db.delete(vhsAttendance).where(eq(vhsAttendance.sessionId, session.id));
  if (present.length === 0) return 0;
  const valid = await db
    .select({ id: vhsBookings.id })
    .from(vhsBookings)
    .where(and(eq(vhsBookings.courseId, session.courseId), eq(vhsBookings.state, 'booked'), inArray(vhsBookings.id, present.filter(isUuid))));
  if (valid.length === 0) return 0;
  await db.insert(vhsAttendance).values(valid.map((row) => ({ bookingId: row.id, sessionId: session.id, recordedBy })));
  return valid.length;
}

/** Calls the course off: state and reason, no seat held any more. Null if it was not published. */
export async function markCourseCancelled(db: Executor, courseId: string, reason: string) {
  const [row] = await db
    .update(vhsCourses)
    .set({ state: 'cancelled', cancellationReason: reason, seatsTaken: 0, updatedAt: sql`now()` })
    .where(and(eq(vhsCourses.id, courseId), eq(vhsCourses.state, 'published')))
    .returning();
  return row ?? null;
}

/** Every live booking of the course becomes `course_cancelled`; returns them with the booker's address. */
export async function cancelLiveBookings(db: Executor, courseId: string): Promise<VhsBooking[]> {
  return (
    db
      .update(vhsBookings)
      // Fees are not charged for a course that does not take place: a started payment is called off too.
      .set({
        state: 'course_cancelled',
        cancelledAt: sql`now()`,
        updatedAt: sql`now()`,
        paymentState: sql`case when ${vhsBookings.paymentState} = 'open' then 'cancelled' else ${vhsBookings.paymentState} end`,
      })
      .where(and(eq(vhsBookings.courseId, courseId), inArray(vhsBookings.state, ['booked', 'waitlisted'])))
      .returning()
  );
}

/** Reductions waiting for a decision, over all courses ("Meine Aufgaben"). */
export async function countRequestedReductions(db: Executor): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(vhsBookings)
    .where(and(eq(vhsBookings.reduction, 'requested'), inArray(vhsBookings.state, ['booked', 'waitlisted'])));
  return row?.count ?? 0;
}

/** The course's booked participants in order of registration, each with the address of the account that booked (null: none). */
export async function bookedWithEmails(db: Executor, courseId: string): Promise<{ booking: VhsBooking; email: string | null }[]> {
  return db
    .select({ booking: vhsBookings, email: users.email })
    .from(vhsBookings)
    .leftJoin(users, eq(users.id, vhsBookings.bookerId))
    .where(and(eq(vhsBookings.courseId, courseId), eq(vhsBookings.state, 'booked')))
    .orderBy(asc(vhsBookings.position));
}
