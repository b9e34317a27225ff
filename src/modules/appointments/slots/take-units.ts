import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../kernel/db';

export interface TakeUnits {
  bookingId: string;
  /** The counters to try, in order (those `freeStarts` named for the start time). */
  counterIds: readonly string[];
  startsAt: Date;
  units: number;
  slotMinutes: number;
  /** Citizens: now (only released units); staff may pass null to take units not yet released. */
  releasedBy: Date | null;
}

/**
 * Takes `units` consecutive units from `startsAt` at the first of the counters that still has them all
 * free, for the booking, inside the caller's transaction; returns that counter, or null when none has
 * (someone was faster: the caller rolls back and says so). One statement per counter tried: the units
 * are locked first, in time order (so two bookings of overlapping units wait for each other and never
 * deadlock), and read again after the lock (a unit another transaction took meanwhile is seen as
 * taken); only when all of them are there and free are they set to the booking. This is the only
 * place that sets `booking_id` from null, so no unit is ever held by two bookings (issue 14: atomic
 * booking). One round trip instead of two saves a booking a tenth of its time on PGlite
 * (docs/performance.md, "Termine").
 */
export async function takeUnits(tx: Executor, take: TakeUnits): Promise<string | null> {
  const endsAt = new Date(take.startsAt.getTime() + take.units * take.slotMinutes * 60_000);
  for (const counterId of take.counterIds) {
    const taken = await queryRows<{ id: string }>(
      tx,
      sql`with wanted as (
          select id, booking_id is null ${take.releasedBy ? sql`and released_at <= ${take.releasedBy}` : sql``} as free
          from appointment_slots
          where counter_id = ${counterId} and starts_at >= ${take.startsAt} and starts_at < ${endsAt}
          order by starts_at for update
        )
        update appointment_slots set booking_id = ${take.bookingId}
        where id in (select id from wanted) and (select count(*) = ${take.units} and bool_and(free) from wanted)
        returning id`,
    );
    if (taken.length === take.units) return counterId;
  }
  return null;
}

/** Gives a booking's units back (cancelled, rebooked, closed by the office): bookable again at once if released. */
export async function releaseUnits(tx: Executor, bookingId: string): Promise<void> {
  await tx.execute(sql`update appointment_slots set booking_id = null where booking_id = ${bookingId}`);
}
