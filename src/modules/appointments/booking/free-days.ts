import { sql } from 'drizzle-orm';
import { queryRows, type Executor, reusedStatement } from '../../../kernel/db';
import { freeUnitIslands, type FreeStartsQuery } from '../slots/free-starts';

/**
 * The Berlin days on which some counter has `units` consecutive free, released units: the month page
 * needs only the days, not every start time with its counters. The same gaps and islands as
 * `freeStarts`, but an island is kept when it is long enough (one aggregate instead of a second
 * window over every unit), which halves the month's cost (README, "Booking").
 */
export async function freeDays(db: Executor, query: FreeStartsQuery): Promise<Set<string>> {
  if (query.counterIds.length === 0) return new Set();
  const rows = await queryRows<{ day: string }>(
    db,
    reusedStatement(sql`with free as (${freeUnitIslands(query)})
      select distinct to_char(min(starts_at) at time zone 'Europe/Berlin', 'YYYY-MM-DD') as "day"
      from free group by counter_id, island having count(*) >= ${query.units}`),
  );
  return new Set(rows.map((row) => row.day));
}
