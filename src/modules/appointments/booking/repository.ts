import { and, eq, inArray, sql } from 'drizzle-orm';
import { cachedQuery, queryRows, type Executor, reusedStatement } from '../../../kernel/db';
import { activeCounters, offersAll } from '../slots/free-starts';
import { appointmentLocations, appointmentOpeningHours, appointmentServices } from '../tables';

/** A service as the booking's pages and mails show it. */
export interface ServiceRow {
  id: string;
  slug: string;
  name: string;
  durationMinutes: number;
  maxQuantity: number;
  bring: string[];
  note: string;
}

const serviceColumns = {
  id: appointmentServices.id,
  slug: appointmentServices.slug,
  name: appointmentServices.name,
  durationMinutes: appointmentServices.durationMinutes,
  maxQuantity: appointmentServices.maxQuantity,
  bring: appointmentServices.bring,
  note: appointmentServices.note,
};

// Every step page and booking reads the services and locations; they change a few times a year, so
// they are kept until their table changes (ADR 16): in a release rush each page is one statement less.
const keptActiveServices = cachedQuery({ tables: ['appointment_services'], maxEntries: 1 }, (db) =>
  db
    .select(serviceColumns)
    .from(appointmentServices)
    .where(eq(appointmentServices.active, true))
    .orderBy(sql`${appointmentServices.name} collate "und-x-icu"`),
);

/** Every service one can book, by name (shared: never change the answer). */
export function activeServices(db: Executor): Promise<readonly ServiceRow[]> {
  return keptActiveServices(db, '');
}

/** The active services of these slugs (unknown or inactive ones are missing from the answer). */
export async function activeServicesBySlug(db: Executor, slugs: readonly string[]): Promise<ServiceRow[]> {
  const wanted = new Set(slugs);
  return (await activeServices(db)).filter((service) => wanted.has(service.slug));
}

/** A location as the booking's pages show it. */
export interface LocationRow {
  id: string;
  slug: string;
  name: string;
  street: string;
  postalCode: string;
  city: string;
  directions: string;
  accessibility: string;
  slotMinutes: number;
}

const locationColumns = {
  id: appointmentLocations.id,
  slug: appointmentLocations.slug,
  name: appointmentLocations.name,
  street: appointmentLocations.street,
  postalCode: appointmentLocations.postalCode,
  city: appointmentLocations.city,
  directions: appointmentLocations.directions,
  accessibility: appointmentLocations.accessibility,
  slotMinutes: appointmentLocations.slotMinutes,
};

const keptActiveLocations = cachedQuery({ tables: ['appointment_locations'], maxEntries: 1 }, (db) =>
  db
    .select(locationColumns)
    .from(appointmentLocations)
    .where(eq(appointmentLocations.active, true))
    .orderBy(sql`${appointmentLocations.name} collate "und-x-icu"`),
);

/** Every open location, by name (shared: never change the answer). */
export function activeLocations(db: Executor): Promise<readonly LocationRow[]> {
  return keptActiveLocations(db, '');
}

export async function activeLocationBySlug(db: Executor, slug: string): Promise<LocationRow | undefined> {
  return (await activeLocations(db)).find((location) => location.slug === slug);
}

/** The active locations with at least one active counter that offers every one of the services. */
export async function locationIdsOffering(db: Executor, serviceIds: readonly string[]): Promise<Set<string>> {
  if (serviceIds.length === 0) return new Set();
  return new Set((await activeCounters(db)).filter((counter) => offersAll(counter, serviceIds)).map((counter) => counter.locationId));
}

/** An opening time of a location on a weekday (1 Monday … 7 Sunday), `HH:MM`. */
export interface OpeningTime {
  weekday: number;
  opens: string;
  closes: string;
}

/** The opening hours valid today of each location (the newest set that has started), by weekday and time. */
export async function currentOpeningHours(db: Executor, locationIds: readonly string[], today: string): Promise<Map<string, OpeningTime[]>> {
  const hours = new Map<string, OpeningTime[]>();
  if (locationIds.length === 0) return hours;
  const rows = await db
    .select({
      locationId: appointmentOpeningHours.locationId,
      weekday: appointmentOpeningHours.weekday,
      opens: appointmentOpeningHours.opens,
      closes: appointmentOpeningHours.closes,
      validFrom: appointmentOpeningHours.validFrom,
    })
    .from(appointmentOpeningHours)
    .where(and(inArray(appointmentOpeningHours.locationId, [...locationIds]), sql`${appointmentOpeningHours.validFrom} <= ${today}`))
    .orderBy(appointmentOpeningHours.weekday, appointmentOpeningHours.opens);
  const newest = new Map<string, string>();
  for (const row of rows) if ((newest.get(row.locationId) ?? '') < row.validFrom) newest.set(row.locationId, row.validFrom);
  for (const row of rows) {
    if (row.validFrom !== newest.get(row.locationId)) continue;
    const list = hours.get(row.locationId) ?? [];
    list.push({ weekday: row.weekday, opens: row.opens.slice(0, 5), closes: row.closes.slice(0, 5) });
    hours.set(row.locationId, list);
  }
  return hours;
}

/** A location's opening hours that start after today, a set per first day, the soonest first. */
export async function comingOpeningHours(db: Executor, locationId: string, today: string): Promise<Array<{ validFrom: string; hours: OpeningTime[] }>> {
  const rows = await db
    .select({
      weekday: appointmentOpeningHours.weekday,
      opens: appointmentOpeningHours.opens,
      closes: appointmentOpeningHours.closes,
      validFrom: appointmentOpeningHours.validFrom,
    })
    .from(appointmentOpeningHours)
    .where(and(eq(appointmentOpeningHours.locationId, locationId), sql`${appointmentOpeningHours.validFrom} > ${today}`))
    .orderBy(appointmentOpeningHours.validFrom, appointmentOpeningHours.weekday, appointmentOpeningHours.opens);
  const sets = new Map<string, OpeningTime[]>();
  for (const row of rows) {
    const set = sets.get(row.validFrom) ?? [];
    set.push({ weekday: row.weekday, opens: row.opens.slice(0, 5), closes: row.closes.slice(0, 5) });
    sets.set(row.validFrom, set);
  }
  return [...sets].map(([validFrom, hours]) => ({ validFrom, hours }));
}

/** A day's units at some counters: all of them, and those still to be released after `now` (free or not). */
export async function unitCountsOfDay(
  db: Executor,
  { locationId, counterIds, from, until, now }: { locationId: string; counterIds: readonly string[]; from: Date; until: Date; now: Date },
): Promise<{ units: number; unreleased: number }> {
  const [row] = await queryRows<{ units: number; unreleased: number }>(
    db,
    reusedStatement(sql`select count(*)::int as "units", (count(*) filter (where starts_at > ${now} and released_at > ${now}))::int as "unreleased"
      from appointment_slots
      where location_id = ${locationId} and counter_id = any(array[${sql.join(
        counterIds.map((id) => sql`${id}`),
        sql`, `,
      )}]::uuid[]) and starts_at >= ${from} and starts_at < ${until}`),
  );
  return row ?? { units: 0, unreleased: 0 };
}
