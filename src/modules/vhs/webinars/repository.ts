import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db';
import { vhsBookings } from '../tables/bookings';
import { vhsCourses, vhsSessions } from '../tables/catalogue';
import { vhsWebinarRooms, type WebinarProvider } from '../tables/webinars';

export interface WebinarCourse {
  id: string;
  slug: string;
  number: string;
  title: string;
  format: 'in_person' | 'online' | 'hybrid';
  state: 'draft' | 'published' | 'cancelled';
  sessions: Array<{ id: string; startsAt: Date; endsAt: Date; cancelled: boolean }>;
}

export async function findWebinarCourse(db: Executor, slug: string): Promise<WebinarCourse | undefined> {
  const [course] = await db
    .select({
      id: vhsCourses.id,
      slug: vhsCourses.slug,
      number: vhsCourses.number,
      title: vhsCourses.title,
      format: vhsCourses.format,
      state: vhsCourses.state,
    })
    .from(vhsCourses)
    .where(eq(vhsCourses.slug, slug));
  if (!course) return undefined;
  const sessions = await db
    .select({ id: vhsSessions.id, startsAt: vhsSessions.startsAt, endsAt: vhsSessions.endsAt, cancelled: vhsSessions.cancelled })
    .from(vhsSessions)
    .where(eq(vhsSessions.courseId, course.id))
    .orderBy(asc(vhsSessions.startsAt));
  return { ...course, sessions };
}

/** The account's first seat in the course (state `booked`; a waitlist place admits nobody). */
export async function findBookedSeat(db: Executor, courseId: string, bookerId: string): Promise<{ id: string; participantName: string } | undefined> {
  const [seat] = await db
    .select({ id: vhsBookings.id, participantName: vhsBookings.participantName })
    .from(vhsBookings)
    .where(and(eq(vhsBookings.courseId, courseId), eq(vhsBookings.bookerId, bookerId), eq(vhsBookings.state, 'booked')))
    .orderBy(asc(vhsBookings.position))
    .limit(1);
  return seat;
}

/**
 * The course's room, made on first use. Two people joining at once both insert; the unique key lets
 * one win and both read the same row. Opening it again clears the end a callback recorded (and
 * follows a change of provider: the room name stays).
 */
export async function openRoom(db: Executor, courseId: string, provider: WebinarProvider, newMeetingId: string): Promise<{ meetingId: string }> {
  await db.insert(vhsWebinarRooms).values({ courseId, provider, meetingId: newMeetingId }).onConflictDoNothing({ target: vhsWebinarRooms.courseId });
  const [room] = await db
    .update(vhsWebinarRooms)
    .set({ endedAt: null, provider })
    .where(eq(vhsWebinarRooms.courseId, courseId))
    .returning({ meetingId: vhsWebinarRooms.meetingId });
  return room!;
}

/** BigBlueButton said the meeting ended; false for a meeting we do not know. */
export async function markRoomEnded(db: Executor, meetingId: string): Promise<boolean> {
  const rows = await db
    .update(vhsWebinarRooms)
    .set({ endedAt: sql`now()` })
    .where(and(eq(vhsWebinarRooms.meetingId, meetingId), isNull(vhsWebinarRooms.endedAt)))
    .returning({ courseId: vhsWebinarRooms.courseId });
  if (rows.length > 0) return true;
  const [known] = await db.select({ courseId: vhsWebinarRooms.courseId }).from(vhsWebinarRooms).where(eq(vhsWebinarRooms.meetingId, meetingId));
  return known !== undefined;
}
