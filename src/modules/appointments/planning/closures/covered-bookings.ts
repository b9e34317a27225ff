import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../../kernel/db';

/** A closure as it decides which units it covers (tables/locations.ts `appointmentClosures`). */
export interface ClosureScope {
  locationId: string;
  /** Null: the whole location. */
  counterId: string | null;
  firstDay: string;
  lastDay: string;
  /** `HH:MM`, both or neither (whole days). */
  fromTime: string | null;
  untilTime: string | null;
}

/** The condition on a unit `s` that the closure covers it: the generator's rule (generate-units.ts), on units that exist. */
function coveredUnit(scope: ClosureScope): SQL {
  return sql`s.location_id = ${scope.locationId}
    ${scope.counterId ? sql`and s.counter_id = ${scope.counterId}` : sql``}
    and (s.starts_at at time zone 'Europe/Berlin')::date between ${scope.firstDay}::date and ${scope.lastDay}::date
    ${
      scope.fromTime && scope.untilTime
        ? sql`and (s.starts_at at time zone 'Europe/Berlin')::time < ${scope.untilTime}::time
            and (s.ends_at at time zone 'Europe/Berlin')::time > ${scope.fromTime}::time`
        : sql``
    }`;
}

/**
 * The appointments still `booked` and not begun that hold a unit the closure covers (issue 14,
 * point 3). With `lock`, inside the closure's transaction, the covered units are locked first (in
 * time order, as take-units.ts locks them): a booking under way either committed before, and is
 * found here, or waits and then finds the units withdrawn by the generator.
 */
export async function coveredBookingIds(db: Executor, scope: ClosureScope, { now, lock = false }: { now: Date; lock?: boolean }): Promise<string[]> {
  if (lock) await db.execute(sql`select s.id from appointment_slots s where ${coveredUnit(scope)} and s.starts_at >= ${now} order by s.starts_at for update`);
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select b.id from appointment_bookings b
      where b.state = 'booked' and b.starts_at >= ${now}
        and exists (select 1 from appointment_slots s where s.booking_id = b.id and ${coveredUnit(scope)})
      order by b.starts_at`,
  );
  return rows.map((row) => row.id);
}
