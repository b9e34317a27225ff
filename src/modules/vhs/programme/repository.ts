import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db';
import { vhsAttendance } from '../tables/bookings';
import { vhsCourses, vhsPlaces, vhsProgrammeAreas, vhsSessions } from '../tables/catalogue';
import { sameNamedFields, type ProgrammeCourse, type ProgrammeFile } from './programme-format';

export async function upsertAreasAndPlaces(tx: Executor, file: ProgrammeFile): Promise<void> {
  for (const area of file.areas) {
    await tx
      .insert(vhsProgrammeAreas)
      .values(area)
      .onConflictDoUpdate({ target: vhsProgrammeAreas.id, set: { name: area.name, summary: area.summary, position: area.position } });
  }
  for (const place of file.places) {
    const { name, street, postcode, city, stepFree, directions } = place;
    await tx.insert(vhsPlaces).values(place).onConflictDoUpdate({ target: vhsPlaces.id, set: { name, street, postcode, city, stepFree, directions } });
  }
}

export async function knownAreaAndPlaceIds(tx: Executor): Promise<{ areas: Set<string>; places: Set<string> }> {
  const areas = await tx.select({ id: vhsProgrammeAreas.id }).from(vhsProgrammeAreas);
  const places = await tx.select({ id: vhsPlaces.id }).from(vhsPlaces);
  return { areas: new Set(areas.map((row) => row.id)), places: new Set(places.map((row) => row.id)) };
}

export interface ExistingCourse {
  id: string;
  number: string;
  slug: string;
  state: 'draft' | 'published' | 'cancelled';
  seatsTaken: number;
  maxParticipants: number;
}

/** The courses the file names, locked until the import commits (a booking meanwhile waits). */
export async function lockCoursesByNumber(tx: Executor, numbers: string[]): Promise<Map<string, ExistingCourse>> {
  if (numbers.length === 0) return new Map();
  const rows = await tx
    .select({
      id: vhsCourses.id,
      number: vhsCourses.number,
      slug: vhsCourses.slug,
      state: vhsCourses.state,
      seatsTaken: vhsCourses.seatsTaken,
      maxParticipants: vhsCourses.maxParticipants,
    })
    .from(vhsCourses)
    .where(inArray(vhsCourses.number, numbers))
    .for('update');
  return new Map(rows.map((row) => [row.number, row]));
}

export async function slugOwners(tx: Executor, slugs: string[]): Promise<Map<string, string>> {
  if (slugs.length === 0) return new Map();
  const rows = await tx.select({ slug: vhsCourses.slug, number: vhsCourses.number }).from(vhsCourses).where(inArray(vhsCourses.slug, slugs));
  return new Map(rows.map((row) => [row.slug, row.number]));
}

function courseColumns(course: ProgrammeCourse) {
  return {
    ...sameNamedFields(course),
    areaId: course.area,
    placeId: course.place,
    bookingOpensAt: course.bookingOpensAt ? new Date(course.bookingOpensAt) : null,
    bookingClosesAt: new Date(course.bookingClosesAt),
    cancellableUntil: new Date(course.cancellableUntil),
    // Kept equal to the first and last session by syncCourseDates, after the sessions are written.
    startsAt: new Date(Math.min(...course.sessions.map((session) => Date.parse(session.startsAt)))),
    endsAt: new Date(Math.max(...course.sessions.map((session) => Date.parse(session.endsAt)))),
  };
}

export async function insertCourse(tx: Executor, course: ProgrammeCourse, slug: string): Promise<string> {
  const [row] = await tx
    .insert(vhsCourses)
    .values({ ...courseColumns(course), number: course.number, slug, state: course.state })
    .returning({ id: vhsCourses.id });
  return row!.id;
}

/** An import publishes a draft but never withdraws or cancels a course (cancelling notifies participants: the booking pages do it). */
export async function updateCourse(tx: Executor, existing: ExistingCourse, course: ProgrammeCourse): Promise<void> {
  const state = existing.state === 'draft' && course.state === 'published' ? 'published' : existing.state;
  await tx
    .update(vhsCourses)
    .set({ ...courseColumns(course), state, updatedAt: sql`now()` })
    .where(eq(vhsCourses.id, existing.id));
}

export interface StoredSession {
  id: string;
  startsAt: Date;
  endsAt: Date;
  cancelled: boolean;
  note: string;
  sequence: number;
  /** How many participants were recorded as present. */
  attended: number;
}

/** A course's sessions in order, each with its recorded attendance (the import and the staff pages). */
export async function sessionsOf(tx: Executor, courseId: string): Promise<StoredSession[]> {
  return tx
    .select({
      id: vhsSessions.id,
      startsAt: vhsSessions.startsAt,
      endsAt: vhsSessions.endsAt,
      cancelled: vhsSessions.cancelled,
      note: vhsSessions.note,
      sequence: vhsSessions.sequence,
      attended: sql<number>`(select count(*) from ${vhsAttendance} where ${vhsAttendance.sessionId} = ${vhsSessions.id})`.mapWith(Number),
    })
    .from(vhsSessions)
    .where(eq(vhsSessions.courseId, courseId))
    .orderBy(asc(vhsSessions.startsAt));
}

export async function insertSessions(tx: Executor, courseId: string, sessions: ProgrammeCourse['sessions']): Promise<void> {
  if (sessions.length === 0) return;
  await tx.insert(vhsSessions).values(
    sessions.map((session) => ({
      courseId,
      startsAt: new Date(session.startsAt),
      endsAt: new Date(session.endsAt),
      cancelled: session.cancelled,
      note: session.note,
    })),
  );
}

/** A changed session gets a new iCal SEQUENCE, so calendars replace the entry they hold. */
export async function updateSession(tx: Executor, id: string, session: ProgrammeCourse['sessions'][number]): Promise<void> {
  await tx
    .update(vhsSessions)
    .set({ endsAt: new Date(session.endsAt), cancelled: session.cancelled, note: session.note, sequence: sql`${vhsSessions.sequence} + 1` })
    .where(eq(vhsSessions.id, id));
}

export async function deleteSessions(tx: Executor, courseId: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.delete(vhsSessions).where(and(eq(vhsSessions.courseId, courseId), inArray(vhsSessions.id, ids)));
}

/** The course's dates repeat its first start and last end, for lists that do not read sessions. */
export async function syncCourseDates(tx: Executor, courseId: string): Promise<void> {
  await tx.execute(sql`
    update ${vhsCourses} set
      starts_at = (select min(${vhsSessions.startsAt}) from ${vhsSessions} where ${vhsSessions.courseId} = ${courseId}),
      ends_at = (select max(${vhsSessions.endsAt}) from ${vhsSessions} where ${vhsSessions.courseId} = ${courseId})
    where ${vhsCourses.id} = ${courseId}`);
}

/** Every course of the programme but the cancelled ones (the file format has no cancellation), by Kursnummer, with sessions. */
export async function programmeForExport(db: Executor, term: string | undefined) {
  const courses = await db
    .select()
    .from(vhsCourses)
    .where(and(inArray(vhsCourses.state, ['draft', 'published']), term ? eq(vhsCourses.term, term) : undefined))
    .orderBy(asc(vhsCourses.number));
  const ids = courses.map((course) => course.id);
  const sessions = ids.length === 0 ? [] : await db.select().from(vhsSessions).where(inArray(vhsSessions.courseId, ids)).orderBy(asc(vhsSessions.startsAt));
  const areaIds = [...new Set(courses.map((course) => course.areaId))];
  const placeIds = [...new Set(courses.flatMap((course) => (course.placeId ? [course.placeId] : [])))];
  const areas =
    areaIds.length === 0
      ? []
      : await db.select().from(vhsProgrammeAreas).where(inArray(vhsProgrammeAreas.id, areaIds)).orderBy(asc(vhsProgrammeAreas.position));
  const places = placeIds.length === 0 ? [] : await db.select().from(vhsPlaces).where(inArray(vhsPlaces.id, placeIds)).orderBy(asc(vhsPlaces.id));
  return { courses, sessions, areas, places };
}
