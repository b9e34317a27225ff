import type { Database } from '../../kernel/db';
import { vhsBookings, type BookingState } from './tables/bookings';
import { vhsCourses, vhsPlaces, vhsProgrammeAreas, vhsSessions, type VhsCourse } from './tables/catalogue';

const HOUR = 3_600_000;
let counter = 0;

/** A programme area and a place, as every course needs (idempotent). */
export async function seedAreaAndPlace(db: Database): Promise<void> {
  await db.insert(vhsProgrammeAreas).values({ id: 'sprachen', name: 'Sprachen', position: 1 }).onConflictDoNothing();
  await db.insert(vhsProgrammeAreas).values({ id: 'gesundheit', name: 'Gesundheit', position: 2 }).onConflictDoNothing();
  await db
    .insert(vhsPlaces)
    .values({ id: 'vhs-haus', name: 'VHS-Haus', street: 'Theodor-Heuss-Ring 24', postcode: '58636', city: 'Iserlohn', stepFree: true })
    .onConflictDoNothing();
}

/**
 * A course with its sessions written directly (the import and the staff pages change them through
 * their use cases); `sessionStarts` are the starts of 90-minute sessions.
 */
export async function createCourse(
  db: Database,
  options: Partial<typeof vhsCourses.$inferInsert> & { sessionStarts?: Date[] } = {},
): Promise<VhsCourse & { sessionIds: string[] }> {
  counter += 1;
  await seedAreaAndPlace(db);
  const starts = options.sessionStarts ?? [new Date(Date.now() + 7 * 24 * HOUR)];
  const format = options.format ?? 'online';
  const [course] = await db
    .insert(vhsCourses)
    .values({
      slug: `kurs-${counter}`,
      number: `271-${String(30100 + counter)}`,
      term: '2027-1',
      areaId: 'sprachen',
      title: `Italienisch online ${counter}`,
      summary: 'Grundstufe A1',
      description: 'Wir lernen die ersten Sätze.',
      format,
      placeId: format === 'online' ? null : 'vhs-haus',
      instructor: 'Giulia Rossi',
      feeCents: 8900,
      minParticipants: 1,
      maxParticipants: 12,
      startsAt: starts[0]!,
      endsAt: new Date(starts.at(-1)!.getTime() + 1.5 * HOUR),
      bookingClosesAt: starts[0]!,
      cancellableUntil: starts[0]!,
      state: 'published',
      ...options,
    })
    .returning();
  const sessions = await db
    .insert(vhsSessions)
    .values(starts.map((startsAt) => ({ courseId: course!.id, startsAt, endsAt: new Date(startsAt.getTime() + 1.5 * HOUR) })))
    .returning({ id: vhsSessions.id });
  return { ...course!, sessionIds: sessions.map((session) => session.id) };
}

export async function createBooking(
  db: Database,
  courseId: string,
  bookerId: string,
  participantName: string,
  state: BookingState = 'booked',
): Promise<string> {
  counter += 1;
  const cancelled = state === 'cancelled' || state === 'course_cancelled';
  const [booking] = await db
    .insert(vhsBookings)
    .values({
      reference: `VHS-2027-${String(counter).padStart(6, '0')}`,
      courseId,
      bookerId,
      participantName,
      state,
      feeCents: 8900,
      cancelledAt: cancelled ? new Date() : null,
    })
    .returning({ id: vhsBookings.id });
  return booking!.id;
}
