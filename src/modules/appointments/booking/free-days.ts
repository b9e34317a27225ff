import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../kernel/db';
import type { FreeStartsQuery } from '../slots/free-starts';

/**
 * The Berlin days on which some counter has `units` consecutive free, released units: the month page
 * needs only the days, not every start time with its counters. The same gaps and islands as
 * `freeStarts`, but an island is kept when it is long enough (one aggregate instead of a second
 * window over every unit), which halves the month's cost (README, "Booking").
 */
export async function freeDays(db: Executor, query: FreeStartsQuery): Promise<Set<string>> {
  if (query.counterIds.length === 0) return new Set();
  const counters = sql`array[${sql.join(
    query.counterIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  )}]`;
  const rows = await queryRows<{ day: string }>(
    db,
    sql`with free as (
        select counter_id, starts_at,
          starts_at - (row_number() over (partition by counter_id order by starts_at)) * make_interval(mins => ${query.slotMinutes}) as island
        from appointment_slots
        where location_id = ${query.locationId} and counter_id = any(${counters}) and booking_id is null
          and released_at <= ${query.releasedBy} and starts_at >= ${query.from} and starts_at < ${query.until}
      )
      select distinct to_char(min(starts_at) at time zone 'Europe/Berlin', 'YYYY-MM-DD') as "day"
      from free group by counter_id, island having count(*) >= ${query.units}`,
  );
  return new Set(rows.map((row) => row.day));
}
