import { and, eq, gte, lt } from 'drizzle-orm';
import { departments } from '../../kernel/auth/tables';
import type { Executor } from '../../kernel/db/types';
import { addDays, berlinDay, berlinMoment, publicHolidaysBetween } from '../../kernel/time';
import { manageTokenHashOf } from './policies';
import {
  appointmentBookingServices,
  appointmentBookings,
  appointmentCounters,
  appointmentLocations,
  appointmentOpeningHours,
  appointmentServiceCounters,
  appointmentServices,
  appointmentSlots,
  type BookingKind,
  type BookingState,
} from './tables';

/** The ids `insertAppointmentFixture` wrote, for tests to refer to. */
export interface AppointmentFixture {
  departmentId: string;
  /** The Rathaus with two counters (both offer both services) and a branch with one (Personalausweis only). */
  rathaus: { id: string; slug: string; counters: [string, string] };
  branch: { id: string; slug: string; counter: string };
  /** Personalausweis 20 min (up to 3 persons), Meldebescheinigung 10 min; the units are 10 minutes. */
  services: { personalausweis: { id: string; slug: string }; meldebescheinigung: { id: string; slug: string } };
  /** The Berlin days with free, released units: the next three weekdays after `today`, 08:00–12:00 at every counter. */
  days: string[];
}

const UNIT_MINUTES = 10;

/**
 * The next `count` working days after `today` (Berlin): Monday to Friday and no public holiday of the
 * test town's state, so a test that runs the units generator on them finds units there too.
 */
function weekdaysAfter(today: string, count: number): string[] {
  const holidays = publicHolidaysBetween('Nordrhein-Westfalen', today, addDays(today, 30));
  const days: string[] = [];
  for (let day = addDays(today, 1); days.length < count; day = addDays(day, 1)) {
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !holidays.has(day)) days.push(day);
  }
  return days;
}

/** Free units of one counter on one day from `from` to `until` (Berlin `HH:MM`), bookable since `releasedAt`. */
export async function insertSlots(
  db: Executor,
  place: { locationId: string; counterId: string },
  day: string,
  { from = '08:00', until = '12:00', releasedAt = new Date(0) }: { from?: string; until?: string; releasedAt?: Date } = {},
): Promise<void> {
  const rows = [];
  for (let start = berlinMoment(day, from)!, end = berlinMoment(day, until)!; start < end; start = new Date(start.getTime() + UNIT_MINUTES * 60_000)) {
    rows.push({ ...place, startsAt: start, endsAt: new Date(start.getTime() + UNIT_MINUTES * 60_000), releasedAt });
  }
  await db.insert(appointmentSlots).values(rows);
}

/**
 * Two locations of a Bürgerbüro (Fachbereich `buergerservice`), their counters, two services, opening
 * hours Monday to Friday 08:00–12:00 and 14:00–16:00, and free units for the mornings of the next three
 * weekdays (made here directly, not by the planning's generator, so each part's tests stand alone).
 */
export async function insertAppointmentFixture(db: Executor, today = berlinDay(new Date())): Promise<AppointmentFixture> {
  await db.insert(departments).values({ id: 'buergerservice', name: 'Bürgerservice', email: 'buergerbuero@example.org' }).onConflictDoNothing();
  const [rathaus, branch] = await db
    .insert(appointmentLocations)
    .values([
      {
        slug: 'rathaus',
        name: 'Bürgerbüro im Rathaus',
        departmentId: 'buergerservice',
        street: 'Schillerplatz 7',
        postalCode: '58636',
        city: 'Iserlohn',
        slotMinutes: UNIT_MINUTES,
        ticketPrefix: 'A',
      },
      {
        slug: 'letmathe',
        name: 'Bürgerbüro Letmathe',
        departmentId: 'buergerservice',
        street: 'Hagener Straße 62',
        postalCode: '58642',
        city: 'Iserlohn',
        slotMinutes: UNIT_MINUTES,
        ticketPrefix: 'L',
      },
    ])
    .returning({ id: appointmentLocations.id, slug: appointmentLocations.slug });
  const counters = await db
    .insert(appointmentCounters)
    .values([
      { locationId: rathaus!.id, name: 'Platz 1' },
      { locationId: rathaus!.id, name: 'Platz 2' },
      { locationId: branch!.id, name: 'Platz 1' },
    ])
    .returning({ id: appointmentCounters.id });
  const [personalausweis, meldebescheinigung] = await db
    .insert(appointmentServices)
    .values([
      {
        slug: 'personalausweis',
        name: 'Personalausweis beantragen',
        durationMinutes: 20,
        maxQuantity: 3,
        bring: ['Ihr bisheriger Ausweis', 'Ein biometrisches Passfoto'],
      },
      { slug: 'meldebescheinigung', name: 'Meldebescheinigung', durationMinutes: 10, bring: ['Ihr Personalausweis'] },
    ])
    .returning({ id: appointmentServices.id, slug: appointmentServices.slug });
  const [first, second, third] = counters.map((counter) => counter.id) as [string, string, string];
  await db.insert(appointmentServiceCounters).values([
    { serviceId: personalausweis!.id, counterId: first },
    { serviceId: personalausweis!.id, counterId: second },
    { serviceId: meldebescheinigung!.id, counterId: first },
    { serviceId: meldebescheinigung!.id, counterId: second },
    { serviceId: personalausweis!.id, counterId: third },
  ]);
  await db.insert(appointmentOpeningHours).values(
    [rathaus!.id, branch!.id].flatMap((locationId) =>
      [1, 2, 3, 4, 5].flatMap((weekday) => [
        { locationId, weekday, opens: '08:00', closes: '12:00' },
        { locationId, weekday, opens: '14:00', closes: '16:00' },
      ]),
    ),
  );
  const days = weekdaysAfter(today, 3);
  for (const day of days) {
    await insertSlots(db, { locationId: rathaus!.id, counterId: first }, day);
    await insertSlots(db, { locationId: rathaus!.id, counterId: second }, day);
    await insertSlots(db, { locationId: branch!.id, counterId: third }, day);
  }
  return {
    departmentId: 'buergerservice',
    rathaus: { id: rathaus!.id, slug: rathaus!.slug, counters: [first, second] },
    branch: { id: branch!.id, slug: branch!.slug, counter: third },
    services: { personalausweis: personalausweis!, meldebescheinigung: meldebescheinigung! },
    days,
  };
}

export interface FixtureBookingInput {
  locationId: string;
  counterId: string;
  serviceId: string;
  /** Berlin day and `HH:MM`; the booking takes the units from there for `units` units. */
  day: string;
  time: string;
  units?: number;
  kind?: BookingKind;
  state?: BookingState;
  email?: string;
  userId?: string;
  /** The link secret; its hash is stored. */
  secret?: string;
}

/**
 * A booking holding its units, written directly (as the booking's use case would leave it), for the
 * tests of the parts that work with bookings (office, planning, reminders, retention).
 */
export async function insertFixtureBooking(db: Executor, input: FixtureBookingInput): Promise<{ id: string; reference: string }> {
  const startsAt = berlinMoment(input.day, input.time)!;
  const endsAt = new Date(startsAt.getTime() + (input.units ?? 1) * UNIT_MINUTES * 60_000);
  const reference = `T-TEST-${Math.random().toString(36).slice(2, 8).toUpperCase()}`;
  const [booking] = await db
    .insert(appointmentBookings)
    .values({
      reference,
      kind: input.kind ?? 'online',
      state: input.state ?? 'booked',
      locationId: input.locationId,
      counterId: input.counterId,
      day: input.day,
      startsAt,
      endsAt,
      name: 'Erika Mustermann',
      email: input.email ?? 'erika@example.org',
      userId: input.userId ?? null,
      manageTokenHash: input.secret ? manageTokenHashOf(input.secret) : null,
    })
    .returning({ id: appointmentBookings.id });
  await db.insert(appointmentBookingServices).values({ bookingId: booking!.id, serviceId: input.serviceId });
  await db
    .update(appointmentSlots)
    .set({ bookingId: booking!.id })
    .where(and(eq(appointmentSlots.counterId, input.counterId), gte(appointmentSlots.startsAt, startsAt), lt(appointmentSlots.startsAt, endsAt)));
  return { id: booking!.id, reference };
}
