import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor, reusedStatement } from '../../../kernel/db';

export interface ClaimRun {
  counterIds: readonly string[];
  startsAt: Date;
  units: number;
  slotMinutes: number;
  /** Whether a unit may be claimed (`unitIsFree` and the release). */
  free: SQL;
  /** What a claimed unit becomes (a booking's, or a hold's). */
  set: SQL;
}

/**
 * The one way units change hands, for bookings (`takeUnits`) and holds (`holdUnits`): `units`
 * consecutive units from `startsAt` at the first of `counterIds` (in their order) that has them all
 * `free`, in one statement. The free units of every counter asked for are locked, in time and then
 * counter order (so two claims of overlapping units wait for each other and never deadlock), and
 * PostgreSQL reads each again after its lock and drops it when another transaction took it meanwhile
 * (read committed's recheck of a locked row's condition); units that are not free are not locked at
 * all, so a hold never waits for a booking that is taking its own held units. Only a counter whose
 * run starts exactly at `startsAt` and has all its units there, free and locked, is `set`. Returns the
 * counter, or null when none had them (someone was faster). One round trip whatever the number of
 * counters: a hold needs no reading of the day's free times before it (docs/performance.md, "Termine").
 */
export async function claimRun(tx: Executor, claim: ClaimRun): Promise<string | null> {
  if (claim.counterIds.length === 0) return null;
  const endsAt = new Date(claim.startsAt.getTime() + claim.units * claim.slotMinutes * 60_000);
  const counters = sql`array[${sql.join(
    claim.counterIds.map((id) => sql`${id}`),
    sql`, `,
  )}]::uuid[]`;
  const claimed = await queryRows<{ counterId: string }>(
    tx,
    reusedStatement(sql`with wanted as (
        select id, counter_id, starts_at
        from appointment_slots
        where counter_id = any(${counters}) and starts_at >= ${claim.startsAt} and starts_at < ${endsAt} and ${claim.free}
        order by starts_at, counter_id for update
      ), chosen as (
        select counter_id from wanted group by counter_id
        having count(*) = ${claim.units} and min(starts_at) = ${claim.startsAt}
        order by array_position(${counters}, counter_id) limit 1
      )
      update appointment_slots set ${claim.set}
      where id in (select id from wanted where counter_id = (select counter_id from chosen))
      returning counter_id as "counterId"`),
  );
  return claimed.length === claim.units ? claimed[0]!.counterId : null;
}
