import { asc, eq, sql } from 'drizzle-orm';
import { departments } from '../../../kernel/auth/tables';
import { queryRows, type Executor } from '../../../kernel/db';
import type { appointmentOpeningHours, appointmentServices } from '../tables';
import { appointmentReleaseWaves, appointmentServiceCounters } from '../tables';

/** A location in the planning overview. */
export interface LocationRow {
  id: string;
  name: string;
  address: string;
  departmentName: string;
  counters: number;
  active: boolean;
}

export async function listLocations(db: Executor): Promise<LocationRow[]> {
  return queryRows<LocationRow>(
    db,
    sql`select l.id, l.name, l.street || ', ' || l.postal_code || ' ' || l.city as "address", d.name as "departmentName", l.active,
        (select count(*)::int from appointment_counters c where c.location_id = l.id and c.active) as "counters"
      from appointment_locations l join departments d on d.id = l.department_id
      order by l.name collate "und-x-icu"`,
  );
}

export async function listDepartments(db: Executor): Promise<Array<{ id: string; name: string }>> {
  return db
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .orderBy(sql`${departments.name} collate "und-x-icu"`);
}

export interface CounterRow {
  id: string;
  name: string;
  active: boolean;
  serviceIds: string[];
}

/** A location's counters with the services each offers, in the order they were added. */
export async function countersOf(db: Executor, locationId: string): Promise<CounterRow[]> {
  return queryRows<CounterRow>(
    db,
    sql`select c.id, c.name, c.active,
        coalesce((select array_agg(sc.service_id order by sc.service_id) from appointment_service_counters sc where sc.counter_id = c.id), '{}') as "serviceIds"
      from appointment_counters c where c.location_id = ${locationId} order by c.created_at, c.name`,
  );
}

export async function replaceCounterServices(db: Executor, counterId: string, serviceIds: readonly string[]): Promise<void> {
  await db.delete(appointmentServiceCounters).where(eq(appointmentServiceCounters.counterId, counterId));
  if (serviceIds.length > 0) await db.insert(appointmentServiceCounters).values(serviceIds.map((serviceId) => ({ serviceId, counterId })));
}

export type HoursRow = Pick<typeof appointmentOpeningHours.$inferSelect, 'weekday' | 'opens' | 'closes' | 'validFrom'>;

/** Every set of opening hours from the one valid today on (older sets concern only the past). */
export async function hoursFrom(db: Executor, locationId: string, today: string): Promise<HoursRow[]> {
  return queryRows<HoursRow>(
    db,
    sql`select weekday, to_char(opens, 'HH24:MI') as "opens", to_char(closes, 'HH24:MI') as "closes", valid_from as "validFrom"
      from appointment_opening_hours
      where location_id = ${locationId}
        and valid_from >= coalesce((select max(valid_from) from appointment_opening_hours where location_id = ${locationId} and valid_from <= ${today}), '')
      order by valid_from, weekday, opens`,
  );
}

export type WaveRow = { daysAhead: number; atTime: string; sharePercent: number };

export async function wavesOf(db: Executor, locationId: string): Promise<WaveRow[]> {
  return db
    .select({
      daysAhead: appointmentReleaseWaves.daysAhead,
      atTime: sql<string>`to_char(${appointmentReleaseWaves.atTime}, 'HH24:MI')`,
      sharePercent: appointmentReleaseWaves.sharePercent,
    })
    .from(appointmentReleaseWaves)
    .where(eq(appointmentReleaseWaves.locationId, locationId))
    .orderBy(sql`${appointmentReleaseWaves.daysAhead} desc`, asc(appointmentReleaseWaves.atTime));
}

export type ServiceRow = typeof appointmentServices.$inferSelect & { counters: number };

export async function listServices(db: Executor): Promise<ServiceRow[]> {
  return queryRows<ServiceRow>(
    db,
    sql`select s.id, s.slug, s.name, s.duration_minutes as "durationMinutes", s.max_quantity as "maxQuantity", s.bring, s.note, s.active, s.created_at as "createdAt",
        (select count(*)::int from appointment_service_counters sc join appointment_counters c on c.id = sc.counter_id and c.active where sc.service_id = s.id) as "counters"
      from appointment_services s order by s.name collate "und-x-icu"`,
  );
}

export interface ClosureRow {
  id: string;
  locationName: string;
  counterName: string | null;
  firstDay: string;
  lastDay: string;
  fromTime: string | null;
  untilTime: string | null;
  reason: string;
}

/** Closures not yet over, soonest first. */
export async function upcomingClosures(db: Executor, today: string, locationId?: string): Promise<ClosureRow[]> {
  return queryRows<ClosureRow>(
    db,
    sql`select x.id, l.name as "locationName", c.name as "counterName", x.first_day as "firstDay", x.last_day as "lastDay",
        to_char(x.from_time, 'HH24:MI') as "fromTime", to_char(x.until_time, 'HH24:MI') as "untilTime", x.reason
      from appointment_closures x join appointment_locations l on l.id = x.location_id
        left join appointment_counters c on c.id = x.counter_id
      where x.last_day >= ${today} ${locationId ? sql`and x.location_id = ${locationId}` : sql``}
      order by x.first_day, l.name collate "und-x-icu"`,
  );
}

/** The places a closure may name: each location, and each of its active counters. */
export async function closurePlaces(db: Executor): Promise<Array<{ value: string; label: string }>> {
  const rows = await queryRows<{ locationId: string; locationName: string; counterId: string | null; counterName: string | null }>(
    db,
    sql`select l.id as "locationId", l.name as "locationName", c.id as "counterId", c.name as "counterName"
      from appointment_locations l left join appointment_counters c on c.location_id = l.id and c.active
      where l.active
      order by l.name collate "und-x-icu", l.id, c.created_at, c.name`,
  );
  return rows.flatMap((row, index) => [
    ...(index === 0 || rows[index - 1]!.locationId !== row.locationId ? [{ value: row.locationId, label: `${row.locationName} (ganzer Standort)` }] : []),
    ...(row.counterId ? [{ value: `${row.locationId}:${row.counterId}`, label: `${row.locationName}: ${row.counterName}` }] : []),
  ]);
}

/**
 * Booked appointments of a location, from `validFrom` on while that set of opening hours is in force,
 * that lie outside its hours: shorter hours keep them (only a closure cancels them and tells the people).
 */
export async function bookingsOutsideHours(db: Executor, locationId: string, validFrom: string, now: Date): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as "n" from appointment_bookings b
      where b.location_id = ${locationId} and b.state = 'booked' and b.starts_at >= ${now} and b.day >= ${validFrom}
        and (select max(v.valid_from) from appointment_opening_hours v where v.location_id = b.location_id and v.valid_from <= b.day) = ${validFrom}
        and not exists (select 1 from appointment_opening_hours h
          where h.location_id = b.location_id and h.valid_from = ${validFrom} and h.weekday = extract(isodow from b.day::date)
            and h.opens <= (b.starts_at at time zone 'Europe/Berlin')::time and h.closes >= (b.ends_at at time zone 'Europe/Berlin')::time)`,
  );
  return row?.n ?? 0;
}
