import { createHash, randomBytes } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor, reusedStatement } from '../../../kernel/db';
import { claimRun } from './claim-run';

/**
 * Whether a unit is free for whoever holds `heldBy` (the hash of their hold's secret, if any): no
 * booking, and no hold of someone else that is still running. The database's clock decides when a hold
 * ends, the same clock that set it (`holdUnits`), so no two processes disagree about it.
 */
export function unitIsFree(heldBy: string | undefined): SQL {
  return sql`booking_id is null and (held_until is null or held_until <= now()${heldBy ? sql` or hold_hash = ${heldBy}` : sql``})`;
}

/** A new hold's secret (it travels in the details page's URL and form) and the hash the units keep. */
export function newHoldSecret(): string {
  return randomBytes(24).toString('base64url');
}

export function holdHashOf(secret: string): string {
  return createHash('sha256').update(`appointments.hold:${secret}`).digest('hex');
}

export interface HoldUnits {
  holdHash: string;
  /** The counters to try, in order (those free at the check). */
  counterIds: readonly string[];
  startsAt: Date;
  units: number;
  slotMinutes: number;
  /** Only units released by then (citizens: now). */
  releasedBy: Date;
  minutes: number;
}

/**
 * Holds `units` consecutive units from `startsAt` at the first counter that has them all free, for
 * `minutes`, so the time chosen on the time page is still there when the details are typed in; returns
 * the counter, or null when someone else was faster. Locked and read again as a booking's units are
 * (`claimRun`), so a hold and a booking never both see a unit free.
 */
export async function holdUnits(tx: Executor, hold: HoldUnits): Promise<string | null> {
  return claimRun(tx, {
    ...hold,
    free: sql`${unitIsFree(undefined)} and released_at <= ${hold.releasedBy}`,
    set: sql`hold_hash = ${hold.holdHash}, held_until = now() + make_interval(mins => ${hold.minutes})`,
  });
}

/** Ends a hold (a new choice, or the booking took other units): its units are free again at once. */
export async function releaseHold(tx: Executor, holdHash: string): Promise<void> {
  // A booked unit keeps its hash as the proof of who booked it (take-units.ts).
  await tx.execute(sql`update appointment_slots set hold_hash = null, held_until = null where hold_hash = ${holdHash} and booking_id is null`);
}

/** A running hold: its counter, its first unit, how many units it keeps, and until when. */
export interface HeldRun {
  counterId: string;
  startsAt: Date;
  units: number;
  until: Date;
}

/**
 * What a hold keeps while it runs (one statement, index on `hold_hash`); undefined when it has ended or
 * never was. A hold keeps one run at one counter (`holdUnits`).
 */
export async function runningHold(db: Executor, holdHash: string): Promise<HeldRun | undefined> {
  const [row] = await queryRows<{ counterId: string; startsAt: Date | string; units: number; until: Date | string }>(
    db,
    reusedStatement(sql`select counter_id as "counterId", min(starts_at) as "startsAt", count(*)::int as "units", min(held_until) as "until"
      from appointment_slots where hold_hash = ${holdHash} and held_until > now() group by counter_id limit 1`),
  );
  return row && { counterId: row.counterId, startsAt: new Date(row.startsAt), units: row.units, until: new Date(row.until) };
}
