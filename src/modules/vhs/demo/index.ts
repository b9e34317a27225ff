import { readDemoPack } from '../../../kernel/config/demo-pack';
import type { Config } from '../../../kernel/config';
import type { ModuleDeps } from '../../../kernel/module';
import { addDays, berlinDay, berlinDayStart, berlinMoment } from '../../../kernel/time';
import { vhsCourses, vhsPlaces, vhsProgrammeAreas, vhsSessions } from '../tables';
import { vhsPackSchema, type VhsPack, type VhsPackCourse } from './pack';
import { seedDemoBookings } from './bookings';

type PackConfig = Pick<Config, 'municipality' | 'configDir'>;

/** The VHS part of the municipality's demo pack (`vhs.json`), or undefined without one. */
export function readVhsPack(config: PackConfig): VhsPack | undefined {
  return readDemoPack(config, 'vhs', vhsPackSchema);
}

const DAY = 86_400_000;

/** The sessions of a pack course, as instants, counted from the seeding day in local (Berlin) time. */
export function demoSessions(course: VhsPackCourse, today: string): Array<{ startsAt: Date; endsAt: Date; cancelled: boolean; note: string }> {
  return Array.from({ length: course.sessions }, (_, index) => {
    const day = addDays(today, course.startInDays + index * course.everyDays);
    // A course time the clocks skip that night (only 02:00–02:59 on one Sunday) starts at the day's start instead.
    const startsAt = berlinMoment(day, course.time) ?? berlinDayStart(day);
    const cancelled = course.cancelledSessions.includes(index + 1);
    return { startsAt, endsAt: new Date(startsAt.getTime() + course.minutes * 60_000), cancelled, note: cancelled ? 'Fällt aus (Ferien).' : '' };
  });
}

/** A course row of the pack: deadlines as the fee regulations put them (registration 2 days, withdrawal 7 days before the start). */
function courseRow(course: VhsPackCourse, pack: VhsPack, today: string, now: Date) {
  const sessions = demoSessions(course, today);
  const startsAt = sessions[0]!.startsAt;
  return {
    slug: course.slug,
    number: course.number,
    term: `${berlinDay(startsAt).slice(0, 4)}-${Number(berlinDay(startsAt).slice(5, 7)) <= 7 ? 1 : 2}`,
    areaId: course.area,
    title: course.title,
    summary: course.summary,
    description: course.description,
    format: course.format,
    placeId: course.place ?? null,
    room: course.room,
    instructor: course.instructor,
    audience: course.audience,
    feeCents: course.feeCents,
    reducedFeeCents: course.reducedFeeCents ?? null,
    reductionRule: course.reducedFeeCents === undefined ? '' : pack.reductionRule,
    minParticipants: course.minParticipants,
    maxParticipants: course.maxParticipants,
    seatsTaken: course.seatsTaken,
    startsAt,
    endsAt: sessions.at(-1)!.endsAt,
    bookingOpensAt: course.bookingOpensInDays === undefined ? null : new Date(now.getTime() + course.bookingOpensInDays * DAY),
    bookingClosesAt: new Date(startsAt.getTime() - 2 * DAY),
    cancellableUntil: new Date(startsAt.getTime() - 7 * DAY),
    state: course.cancellationReason ? ('cancelled' as const) : ('published' as const),
    cancellationReason: course.cancellationReason ?? null,
  };
}

/**
 * Idempotent: areas, places and courses that exist (also ones edited by hand) are left as they are;
 * a new course gets its sessions in the same transaction.
 */
export async function seedVhsDemo({ db, config }: Pick<ModuleDeps, 'db' | 'config'>, now = new Date()): Promise<void> {
  const pack = readVhsPack(config);
  if (!pack) return;
  const today = berlinDay(now);
  await db.transaction(async (tx) => {
    await tx
      .insert(vhsProgrammeAreas)
      .values(pack.areas.map((area, position) => ({ ...area, position })))
      .onConflictDoNothing({ target: vhsProgrammeAreas.id });
    await tx.insert(vhsPlaces).values(pack.places).onConflictDoNothing({ target: vhsPlaces.id });
    const inserted = await tx
      .insert(vhsCourses)
      .values(pack.courses.map((course) => courseRow(course, pack, today, now)))
      .onConflictDoNothing()
      .returning({
        id: vhsCourses.id,
        slug: vhsCourses.slug,
        feeCents: vhsCourses.feeCents,
        seatsTaken: vhsCourses.seatsTaken,
        maxParticipants: vhsCourses.maxParticipants,
        state: vhsCourses.state,
        startsAt: vhsCourses.startsAt,
        format: vhsCourses.format,
      });
    const bySlug = new Map(pack.courses.map((course) => [course.slug, course]));
    const sessions = inserted.flatMap(({ id, slug }) => demoSessions(bySlug.get(slug)!, today).map((session) => ({ ...session, courseId: id })));
    if (sessions.length > 0) await tx.insert(vhsSessions).values(sessions);
    await seedDemoBookings(tx, config, inserted, now);
  });
}
