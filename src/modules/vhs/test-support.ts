/**
 * Courses for the booking tests, until the catalogue's own factories and demo courses are merged:
 * a programme area, a place and a published course open for booking, overridable field by field.
 */
import { vhsCourses, vhsPlaces, vhsProgrammeAreas, vhsSessions, type VhsCourse } from './tables';
import type { TestApp } from '../../../tests/support/test-app';

const DAY = 24 * 60 * 60 * 1000;
let counter = 0;

export async function createCourse(t: Pick<TestApp, 'db' | 'settled'>, overrides: Partial<typeof vhsCourses.$inferInsert> = {}): Promise<VhsCourse> {
  counter += 1;
  await t.db.insert(vhsProgrammeAreas).values({ id: 'sprachen', name: 'Sprachen', position: 1 }).onConflictDoNothing();
  await t.db
    .insert(vhsPlaces)
    .values({ id: 'vhs-haus', name: 'VHS-Haus', street: 'Theodor-Heuss-Ring 24', postcode: '58636', city: 'Iserlohn', stepFree: true })
    .onConflictDoNothing();
  const now = Date.now();
  const startsAt = new Date(now + 14 * DAY);
  const [course] = await t.db
    .insert(vhsCourses)
    .values({
      slug: `englisch-a1-${process.pid}-${counter}`,
      number: `271-${process.pid}-${counter}`,
      term: '2027-1',
      areaId: 'sprachen',
      title: `Englisch A1, Kurs ${counter}`,
      summary: 'Englisch für den Einstieg.',
      description: 'Wir lernen die ersten Sätze.',
      format: 'in_person',
      placeId: 'vhs-haus',
      room: 'Raum 204',
      instructor: 'Sarah Miller',
      feeCents: 8900,
      reducedFeeCents: 4450,
      reductionRule: 'Ermäßigung mit Bürgergeld-Bescheid oder Schülerausweis.',
      minParticipants: Math.min(3, overrides.maxParticipants ?? 5),
      maxParticipants: 5,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 7 * DAY),
      bookingOpensAt: new Date(now - DAY),
      bookingClosesAt: new Date(now + 10 * DAY),
      cancellableUntil: new Date(now + 7 * DAY),
      state: 'published',
      ...overrides,
    })
    .returning();
  await t.db.insert(vhsSessions).values([
    { courseId: course!.id, startsAt: course!.startsAt, endsAt: new Date(course!.startsAt.getTime() + 90 * 60 * 1000) },
    { courseId: course!.id, startsAt: new Date(course!.endsAt.getTime() - 90 * 60 * 1000), endsAt: course!.endsAt },
  ]);
  await t.settled();
  return course!;
}
