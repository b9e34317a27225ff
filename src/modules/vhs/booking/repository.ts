import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { users } from '../../../kernel/auth';
import { queryRows, type Executor } from '../../../kernel/db';
import { vhsBookings, vhsCourses, vhsPlaces, type BookingState, type VhsBooking, type VhsCourse } from '../tables';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => UUID.test(value);

export async function findCourseBySlug(db: Executor, slug: string): Promise<VhsCourse | null> {
  const [row] = await db.select().from(vhsCourses).where(eq(vhsCourses.slug, slug));
  return row ?? null;
}

export async function findCourse(db: Executor, id: string, options: { forUpdate?: boolean; forShare?: boolean } = {}): Promise<VhsCourse | null> {
  if (!isUuid(id)) return null;
  const query = db.select().from(vhsCourses).where(eq(vhsCourses.id, id));
  const [row] = options.forUpdate ? await query.for('update') : options.forShare ? await query.for('share') : await query;
  return row ?? null;
}

/**
 * Takes one seat if the course has one and takes bookings now: the check and the count are one
 * statement, so parallel bookers on PostgreSQL cannot both take the last seat (docs/database.md, trap 2).
 */
export async function takeSeat(db: Executor, courseId: string, options: { ignoreBookingWindow?: boolean } = {}): Promise<boolean> {
  const window = options.ignoreBookingWindow
    ? sql`${vhsCourses.endsAt} > now()`
    : sql`coalesce(${vhsCourses.bookingOpensAt}, '-infinity') <= now() and ${vhsCourses.bookingClosesAt} > now()`;
  const rows = await db
    .update(vhsCourses)
    .set({ seatsTaken: sql`${vhsCourses.seatsTaken} + 1` })
    .where(and(eq(vhsCourses.id, courseId), sql`${vhsCourses.seatsTaken} < ${vhsCourses.maxParticipants}`, eq(vhsCourses.state, 'published'), window))
    .returning({ id: vhsCourses.id });
  return rows.length > 0;
}

export async function releaseSeat(db: Executor, courseId: string): Promise<void> {
  await db
    .update(vhsCourses)
    .set({ seatsTaken: sql`${vhsCourses.seatsTaken} - 1` })
    .where(and(eq(vhsCourses.id, courseId), sql`${vhsCourses.seatsTaken} > 0`));
}

export interface NewBooking {
  courseId: string;
  /** Null for a booking made at the VHS counter (the demo's participants), as after the account was deleted. */
  bookerId: string | null;
  participantName: string;
  participantBirthDate: string | null;
  state: Extract<BookingState, 'booked' | 'waitlisted'>;
  feeCents: number;
}

/**
 * Inserts a booking with its Buchungsnummer made from its place in the order of registration
 * (`VHS-2027-000123`): the identity's next value is drawn once and used for both, in one statement.
 * Returns null when the participant already holds a live booking of the course (the unique index).
 */
export async function insertBooking(db: Executor, booking: NewBooking): Promise<VhsBooking | null> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`insert into vhs_bookings (course_id, booker_id, participant_name, participant_birth_date, state, fee_cents, position, reference)
        overriding system value
        select ${booking.courseId}, ${booking.bookerId}, ${booking.participantName}, ${booking.participantBirthDate}, ${booking.state}, ${booking.feeCents},
               n, 'VHS-' || to_char(now(), 'YYYY') || '-' || lpad(n::text, 6, '0')
        from (select nextval(pg_get_serial_sequence('vhs_bookings', 'position')) as n) as next
        on conflict (course_id, booker_id, lower(participant_name)) where state in ('booked', 'waitlisted') do nothing
        returning id`,
  );
  const id = rows[0]?.id;
  return id ? findBooking(db, id) : null;
}

export async function findBooking(db: Executor, id: string, options: { forUpdate?: boolean } = {}): Promise<VhsBooking | null> {
  if (!isUuid(id)) return null;
  const query = db.select().from(vhsBookings).where(eq(vhsBookings.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

/** Ends a live booking (participant's own cancellation); null if it was no longer live. */
export async function markCancelled(db: Executor, id: string): Promise<VhsBooking | null> {
  const [row] = await db
    .update(vhsBookings)
    // No fee after a cancellation in time: a started payment is called off with it.
    .set({
      state: 'cancelled',
      cancelledAt: sql`now()`,
      updatedAt: sql`now()`,
      paymentState: sql`case when ${vhsBookings.paymentState} = 'open' then 'cancelled' else ${vhsBookings.paymentState} end`,
    })
    .where(and(eq(vhsBookings.id, id), inArray(vhsBookings.state, ['booked', 'waitlisted'])))
    .returning();
  return row ?? null;
}

/**
 * Gives the first waitlisted booking (lowest `position`) the seat and marks it notified in the
 * same statement, so the promotion mail goes out exactly once. `for update` waits for a parallel
 * cancellation; a row that stopped waiting meanwhile is skipped and the next one taken.
 */
export async function promoteFirstWaiting(db: Executor, courseId: string): Promise<(VhsBooking & { bookerEmail: string | null }) | null> {
  const waiting = db
    .select({ id: vhsBookings.id })
    .from(vhsBookings)
    .where(and(eq(vhsBookings.courseId, courseId), eq(vhsBookings.state, 'waitlisted')))
    .orderBy(asc(vhsBookings.position))
    .limit(1)
    .for('update');
  const [row] = await db
    .update(vhsBookings)
    .set({ state: 'booked', promotedAt: sql`now()`, notifiedAt: sql`now()`, updatedAt: sql`now()` })
    .where(and(eq(vhsBookings.id, sql`(${waiting})`), eq(vhsBookings.state, 'waitlisted'), sql`${vhsBookings.notifiedAt} is null`))
    .returning();
  if (!row) return null;
  return { ...row, bookerEmail: await bookerEmail(db, row.bookerId) };
}

export async function bookerEmail(db: Executor, bookerId: string | null): Promise<string | null> {
  if (!bookerId) return null;
  const [row] = await db.select({ email: users.email }).from(users).where(eq(users.id, bookerId));
  return row?.email ?? null;
}

/** Waitlist place: how many live waitlisted bookings of the course registered earlier, plus one. */
export async function waitlistPlace(db: Executor, booking: Pick<VhsBooking, 'courseId' | 'position'>): Promise<number> {
  const [row] = await db
    .select({ ahead: sql<number>`count(*)::int` })
    .from(vhsBookings)
    .where(and(eq(vhsBookings.courseId, booking.courseId), eq(vhsBookings.state, 'waitlisted'), sql`${vhsBookings.position} < ${booking.position}`));
  return (row?.ahead ?? 0) + 1;
}

/** Whether this person already holds a booked or waitlisted place in the course. */
export async function hasLiveBooking(db: Executor, courseId: string, bookerId: string, participantName: string): Promise<boolean> {
  const rows = await db
    .select({ id: vhsBookings.id })
    .from(vhsBookings)
    .where(
      and(
        eq(vhsBookings.courseId, courseId),
        eq(vhsBookings.bookerId, bookerId),
        sql`lower(${vhsBookings.participantName}) = lower(${participantName})`,
        inArray(vhsBookings.state, ['booked', 'waitlisted']),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

/** The course's place for the mails: "VHS-Haus, Theodor-Heuss-Ring 24, 58636 Iserlohn"; undefined online. */
export async function placeLine(db: Executor, course: Pick<VhsCourse, 'placeId'>): Promise<string | undefined> {
  if (!course.placeId) return undefined;
  const [place] = await db.select().from(vhsPlaces).where(eq(vhsPlaces.id, course.placeId));
  return place ? `${place.name}, ${place.street}, ${place.postcode} ${place.city}` : undefined;
}
