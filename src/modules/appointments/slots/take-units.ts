import { sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db';
import { claimRun } from './claim-run';
import { releaseHold, unitIsFree } from './hold-units';

export interface TakeUnits {
  bookingId: string;
  /** The counters to try, in order (those `freeStarts` named for the start time). */
  counterIds: readonly string[];
  startsAt: Date;
  units: number;
  slotMinutes: number;
  /** Citizens: now (only released units); staff may pass null to take units not yet released. */
  releasedBy: Date | null;
  /** The hash of the booking person's hold (hold-units.ts): their held units count as free for them. */
  heldBy?: string | undefined;
  /** The hold keeps exactly these units (checked: its run at the one counter asked for), so none of it is left to give back. */
  holdIsTheRun?: boolean;
}

/**
 * Takes the units for the booking inside the caller's transaction (`claimRun`: locked in time order,
 * read again after the lock); returns the counter, or null when someone was faster (the caller rolls
 * back and says so). Units another person holds while typing their details count as taken; the booking
 * person's own hold (`heldBy`) as free, and the booking ends it; the booked units keep the hold's hash
 * as the proof that a repeat of the request comes from the same person (booking/place-booking.ts).
 * This is the only place that sets
 * `booking_id` from null, so no unit is ever held by two bookings (issue 14: atomic booking).
 */
export async function takeUnits(tx: Executor, take: TakeUnits): Promise<string | null> {
  const counterId = await claimRun(tx, {
    ...take,
    free: sql`${unitIsFree(take.heldBy)} ${take.releasedBy ? sql`and released_at <= ${take.releasedBy}` : sql``}`,
    set: sql`booking_id = ${take.bookingId}, hold_hash = ${take.heldBy ?? null}, held_until = null`,
  });
  // Whatever the hold kept elsewhere (another time or counter) is not needed any more.
  if (counterId && take.heldBy && !take.holdIsTheRun) await releaseHold(tx, take.heldBy);
  return counterId;
}

/** Gives a booking's units back (cancelled, rebooked, closed by the office): bookable again at once if released. */
export async function releaseUnits(tx: Executor, bookingId: string): Promise<void> {
  await tx.execute(sql`update appointment_slots set booking_id = null, hold_hash = null where booking_id = ${bookingId}`);
}
