import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../../../kernel/db';
import { limitRefusal, lockPerson, type LimitRefusal } from '../limits/person-limits';
import { DEFAULT_APPOINTMENT_SETTINGS, type AppointmentSettings } from '../settings';
import { appointmentBookingServices, appointmentBookings } from '../tables';
import { freeStarts } from './free-starts';
import { takeUnits } from './take-units';

/**
 * What the proof under parallel load (`parallel-load.test.ts`) and the benchmark (`bench/appointments/`)
 * share: one booking made through the core exactly as the booking use case makes it (without its mail
 * and audit entry), and the check afterwards that nothing was booked twice. Not used by the portal.
 */

/** The limits of issue 14's example (two open appointments per address, one per service), whatever the defaults become. */
export const LOAD_SETTINGS: AppointmentSettings = { ...DEFAULT_APPOINTMENT_SETTINGS, maxOpenPerPerson: 2, maxOpenPerService: 1 };

export interface CoreBookingRequest {
  locationId: string;
  /** Berlin day of the start. */
  day: string;
  /** Berlin today (the limits count open appointments from it on). */
  today: string;
  email: string;
  services: ReadonlyArray<{ serviceId: string; quantity: number }>;
  /** The counters `freeStarts` named for the start (in its order: by id, so every booking locks in one order). */
  counterIds: readonly string[];
  startsAt: Date;
  units: number;
  slotMinutes: number;
}

export type CoreBookingOutcome =
  { outcome: 'booked'; bookingId: string; counterId: string } | { outcome: 'taken' } | { outcome: 'refused'; refusal: LimitRefusal };

/** Thrown inside the transaction to roll the booking row back when its units were taken meanwhile. */
class TakenMeanwhile extends Error {}

/**
 * One citizen's booking through the core as the use case makes it: first the validation that the time
 * is still a free start (`freeStarts`, no transaction: most losers of a rush end here, at the cost of
 * one statement), then one transaction: the person's lock, their limits, the booking with its
 * services, its units (`takeUnits`, citizens: only released ones), which decides. Units taken
 * meanwhile roll everything back ('taken'); a limit answers 'refused' with its reason.
 */
export async function bookThroughCore(db: Database, request: CoreBookingRequest, settings: AppointmentSettings): Promise<CoreBookingOutcome> {
  const endsAt = new Date(request.startsAt.getTime() + request.units * request.slotMinutes * 60_000);
  const [stillFree] = await freeStarts(db, { ...request, from: request.startsAt, until: endsAt, releasedBy: new Date() });
  if (stillFree?.startsAt.getTime() !== request.startsAt.getTime()) return { outcome: 'taken' };
  try {
    return await db.transaction(async (tx): Promise<CoreBookingOutcome> => {
      await lockPerson(tx, request.email);
      const serviceIds = request.services.map((service) => service.serviceId);
      const refusal = await limitRefusal(tx, { email: request.email, user: null, serviceIds, today: request.today }, settings);
      if (refusal) return { outcome: 'refused', refusal };
      const bookingId = randomUUID();
      await tx.insert(appointmentBookings).values({
        id: bookingId,
        reference: `T-LOAD-${bookingId.slice(0, 13).toUpperCase()}`,
        locationId: request.locationId,
        day: request.day,
        startsAt: request.startsAt,
        endsAt,
        name: 'Lasttest',
        email: request.email,
      });
      await tx
        .insert(appointmentBookingServices)
        .values(request.services.map((service, position) => ({ bookingId, serviceId: service.serviceId, quantity: service.quantity, position })));
      const counterId = await takeUnits(tx, {
        bookingId,
        counterIds: request.counterIds,
        startsAt: request.startsAt,
        units: request.units,
        slotMinutes: request.slotMinutes,
        releasedBy: new Date(),
      });
      if (!counterId) throw new TakenMeanwhile();
      await tx.execute(sql`update appointment_bookings set counter_id = ${counterId} where id = ${bookingId}`);
      return { outcome: 'booked', bookingId, counterId };
    });
  } catch (error) {
    if (error instanceof TakenMeanwhile) return { outcome: 'taken' };
    throw error;
  }
}

/** What `doubleBookings` counts; every figure must be 0. */
export interface DoubleBookingFacts {
  /** Pairs of open bookings at one counter whose times overlap. */
  overlappingPairs: number;
  /** Open bookings that do not hold exactly the units of their time at their counter (as many as their minutes need). */
  bookingsWithWrongUnits: number;
  /** Units held by a booking that is not open, or outside its booking's counter and time. */
  strayUnits: number;
}

/**
 * The check after a load, in SQL on what the database holds: a unit's `booking_id` can name one
 * booking only, so a double booking would show as two bookings over one time at one counter, or as
 * a booking without (all) its units.
 */
export async function doubleBookings(db: Database): Promise<DoubleBookingFacts> {
  const [facts] = await queryRows<DoubleBookingFacts>(
    db,
    sql`with open as (
        select b.id, b.counter_id, b.starts_at, b.ends_at, extract(epoch from b.ends_at - b.starts_at) / 60 / l.slot_minutes as needed
        from appointment_bookings b join appointment_locations l on l.id = b.location_id
        where b.state in ('booked', 'waiting', 'called') and b.starts_at is not null
      ), held as (
        select b.id, b.needed, count(s.id) as total,
          count(s.id) filter (where s.counter_id = b.counter_id and s.starts_at >= b.starts_at and s.starts_at < b.ends_at) as inside
        from open b left join appointment_slots s on s.booking_id = b.id group by b.id, b.needed
      )
      select
        (select count(*)::int from open a join open b on a.counter_id = b.counter_id and a.id < b.id and a.starts_at < b.ends_at and b.starts_at < a.ends_at) as "overlappingPairs",
        (select count(*)::int from held where inside <> total or total <> needed) as "bookingsWithWrongUnits",
        (select count(*)::int from appointment_slots s left join open b on b.id = s.booking_id
          where s.booking_id is not null and (b.id is null or s.counter_id <> b.counter_id or s.starts_at < b.starts_at or s.starts_at >= b.ends_at)) as "strayUnits"`,
  );
  return facts!;
}
