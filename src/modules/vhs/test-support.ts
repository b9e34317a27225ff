import { after, before, beforeEach } from 'node:test';
import { staffMember, type Person } from '../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import type { Config } from '../../kernel/config';
import { readVhsPack, seedVhsDemo } from './demo';
import type { Database } from '../../kernel/db';
import { vhsBookings, type BookingState } from './tables/bookings';
import { vhsCourses, vhsPlaces, vhsProgrammeAreas, vhsSessions, type VhsCourse } from './tables/catalogue';

/** A test app with the VHS demo semester, made before the tests of the calling `describe` and closed after them. */
export function vhsDemoApp(): { readonly t: TestApp } {
  const holder = {} as { t: TestApp };
  before(async () => {
    holder.t = await createTestApp();
    await seedVhsDemo(holder.t.deps);
  });
  after(() => holder.t.close());
  return holder;
}

/**
 * A test app emptied before each test of the calling `describe`, with a fresh staff member holding
 * vhs.manage (`vhs`); closed after the tests.
 */
export function vhsStaffApp(): { readonly t: TestApp; readonly vhs: Person } {
  const holder = {} as { t: TestApp; vhs: Person };
  before(async () => (holder.t = await createTestApp()));
  beforeEach(async () => {
    await holder.t.reset();
    holder.vhs = await staffMember(holder.t, [], { permissions: ['vhs.manage'] });
  });
  after(() => holder.t.close());
  return holder;
}

/** Text of the first match of `pattern`'s group 1, tags stripped and whitespace collapsed. */
export function textOf(html: string, pattern: RegExp): string | undefined {
  return pattern
    .exec(html)?.[1]
    ?.replace(/<br\s*\/?>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The heading of the result list ("12 Kurse zu „Yoga“"). */
export const resultsTitle = (html: string) => textOf(html, /<h2 id="results-title"[^>]*>([\s\S]*?)<\/h2>/);

/** The slugs of the courses a catalogue page lists, in order. */
export const listedSlugs = (html: string) =>
  [...html.matchAll(/<h3 class="news-list__title">\s*<a href="\/bildung\/vhs\/kurse\/([a-z0-9-]+)"/g)].map((match) => match[1]!);

/** The demo pack's courses, as the seed reads them. */
export function packCourses(config: Config) {
  return readVhsPack(config)!.courses;
}

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
export async function insertCourse(
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

const DAY = 24 * HOUR;

/**
 * A published in-person course open for booking: two sessions, starting in two weeks, Anmeldeschluss
 * in ten days, Rücktritt until seven days ahead, five seats and a reduced fee; overridable field by field.
 */
export async function createCourse(t: Pick<TestApp, 'db' | 'settled'>, overrides: Partial<typeof vhsCourses.$inferInsert> = {}): Promise<VhsCourse> {
  const now = Date.now();
  const startsAt = overrides.startsAt ?? new Date(now + 14 * DAY);
  const endsAt = overrides.endsAt ?? new Date(startsAt.getTime() + 7 * DAY);
  const course = await insertCourse(t.db, {
    format: 'in_person',
    placeId: 'vhs-haus',
    room: 'Raum 204',
    title: 'Englisch A1',
    instructor: 'Sarah Miller',
    reducedFeeCents: 4450,
    reductionRule: 'Ermäßigung mit Bürgergeld-Bescheid oder Schülerausweis.',
    minParticipants: Math.min(3, overrides.maxParticipants ?? 5),
    maxParticipants: 5,
    bookingOpensAt: new Date(now - DAY),
    bookingClosesAt: new Date(now + 10 * DAY),
    cancellableUntil: new Date(now + 7 * DAY),
    ...overrides,
    sessionStarts: [startsAt, new Date(endsAt.getTime() - 1.5 * HOUR)],
  });
  await t.settled();
  return course;
}
