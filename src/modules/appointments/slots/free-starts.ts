import { sql, type SQL } from 'drizzle-orm';
import { cachedQuery, queryRows, type Executor, reusedStatement } from '../../../kernel/db';
import { unitIsFree } from './hold-units';

export interface FreeStartsQuery {
  locationId: string;
  /** The counters that offer every service asked for (`counterIdsOffering`). */
  counterIds: readonly string[];
  /** Consecutive units needed (`unitsNeeded`). */
  units: number;
  slotMinutes: number;
  /** Start times from (inclusive) and before (exclusive). */
  from: Date;
  until: Date;
  /** Only units released by then (citizens: now); staff may pass a later moment to see every unit. */
  releasedBy: Date;
  /** The hash of the asking person's hold: units they hold count as free for them (hold-units.ts). */
  heldBy?: string | undefined;
}

/** A time one can start at, with the counters that have enough free units from then on (its capacity). */
export interface FreeStart {
  startsAt: Date;
  counterIds: string[];
}

/**
 * Every start time at which some counter has `units` consecutive free, released units. Gaps and
 * islands: within a counter, free units that follow each other without a gap share `island` (their
 * start minus their rank times the unit); a unit can start a run when its island has at least
 * `units` units from it on. One statement on the location's units in the range (index
 * `appointment_slots_location_start_idx`).
 */
export async function freeStarts(db: Executor, query: FreeStartsQuery): Promise<FreeStart[]> {
  if (query.counterIds.length === 0) return [];
  const rows = await queryRows<{ startsAt: Date | string; counterIds: string[] }>(
    db,
    reusedStatement(sql`with free as (${freeUnitIslands(query)}), runs as (
        select counter_id, starts_at, count(*) over (partition by counter_id, island order by starts_at desc) as units_left
        from free
      )
      select starts_at as "startsAt", array_agg(counter_id order by counter_id) as "counterIds"
      from runs where units_left >= ${query.units}
      group by starts_at order by starts_at`),
  );
  return rows.map((row) => ({ startsAt: new Date(row.startsAt), counterIds: row.counterIds }));
}

/**
 * The free, released units of the counters in the range, each with its island: free units of a
 * counter that follow each other without a gap share it (their start minus their rank times the
 * unit). The common part of `freeStarts` and the month's free days (booking/free-days.ts).
 */
export function freeUnitIslands(query: FreeStartsQuery): SQL {
  const counters = sql`array[${sql.join(
    query.counterIds.map((id) => sql`${id}`),
    sql`, `,
  )}]::uuid[]`;
  return sql`select counter_id, starts_at,
      starts_at - (row_number() over (partition by counter_id order by starts_at)) * make_interval(mins => ${query.slotMinutes}) as island
    from appointment_slots
    where location_id = ${query.locationId} and counter_id = any(${counters}) and ${unitIsFree(query.heldBy)}
      and released_at <= ${query.releasedBy} and starts_at >= ${query.from} and starts_at < ${query.until}`;
}

/** An active counter with the services it offers. */
export interface ActiveCounter {
  id: string;
  locationId: string;
  serviceIds: ReadonlySet<string>;
}

// Read by every step page and booking, changed by planning a few times a year: kept until a table changes (ADR 16).
const keptActiveCounters = cachedQuery({ tables: ['appointment_counters', 'appointment_service_counters'], maxEntries: 1 }, async (db) => {
  const rows = await queryRows<{ id: string; locationId: string; serviceIds: string[] | null }>(
    db,
    sql`select c.id, c.location_id as "locationId", array_remove(array_agg(sc.service_id), null) as "serviceIds"
      from appointment_counters c left join appointment_service_counters sc on sc.counter_id = c.id
      where c.active group by c.id order by c.id`,
  );
  return rows.map((row): ActiveCounter => ({ id: row.id, locationId: row.locationId, serviceIds: new Set(row.serviceIds ?? []) }));
});

/** Every active counter, by id (shared: never change the answer). */
export function activeCounters(db: Executor): Promise<readonly ActiveCounter[]> {
  return keptActiveCounters(db, '');
}

export function offersAll(counter: ActiveCounter, serviceIds: readonly string[]): boolean {
  return serviceIds.every((id) => counter.serviceIds.has(id));
}

/** The active counters of a location that offer every one of the services, by id. */
export async function counterIdsOffering(db: Executor, locationId: string, serviceIds: readonly string[]): Promise<string[]> {
  if (serviceIds.length === 0) return [];
  return (await activeCounters(db)).filter((counter) => counter.locationId === locationId && offersAll(counter, serviceIds)).map((counter) => counter.id);
}
