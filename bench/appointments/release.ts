/**
 * The release the benchmark's citizens rush at: one Bürgerbüro with BENCH_APPOINTMENTS_COUNTERS (8)
 * counters, each offering three services, and BENCH_APPOINTMENTS_UNITS (1,000) units of 10 minutes
 * from 08:00 on the days from tomorrow on, released now. Written in SQL, one statement per day.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../../src/kernel/db';
import { addDays, berlinDay, berlinMoment } from '../../src/kernel/time';

export interface ReleasedService {
  id: string;
  slug: string;
  durationMinutes: number;
}

/** What the clients need to know of the release (the HTTP client only the slugs and days). */
export interface Release {
  locationId: string;
  locationSlug: string;
  slotMinutes: number;
  days: string[];
  counters: number;
  units: number;
  services: ReleasedService[];
}

const SLOT_MINUTES = 10;
/** Units per counter and day: 08:00 to 12:10, a morning's opening. */
const UNITS_PER_DAY = 25;

/** The three services citizens ask for: what a Bürgerbüro's morning is made of. */
const SERVICES = [
  { slug: 'meldebescheinigung', name: 'Meldebescheinigung', durationMinutes: 10, maxQuantity: 1 },
  { slug: 'personalausweis', name: 'Personalausweis beantragen', durationMinutes: 20, maxQuantity: 3 },
  { slug: 'reisepass', name: 'Reisepass beantragen', durationMinutes: 30, maxQuantity: 3 },
];

export async function seedRelease(db: Database, { units, counters }: { units: number; counters: number }): Promise<Release> {
  const run = Date.now().toString(36);
  await db.execute(sql`insert into departments (id, name) values ('buergerservice', 'Bürgerservice') on conflict do nothing`);
  const [location] = await queryRows<{ id: string; slug: string }>(
    db,
    sql`insert into appointment_locations (slug, name, department_id, street, postal_code, city, slot_minutes, ticket_prefix)
        values (${`lasttest-${run}`}, 'Bürgerbüro Lasttest', 'buergerservice', 'Schillerplatz 7', '58636', 'Iserlohn', ${SLOT_MINUTES}, 'L')
        returning id, slug`,
  );
  const locationId = location!.id;
  await db.execute(sql`insert into appointment_counters (location_id, name) select ${locationId}, 'Platz ' || n from generate_series(1, ${counters}) n`);
  const services: ReleasedService[] = [];
  for (const service of SERVICES) {
    const [row] = await queryRows<{ id: string }>(
      db,
      sql`insert into appointment_services (slug, name, duration_minutes, max_quantity)
          values (${`${service.slug}-${run}`}, ${service.name}, ${service.durationMinutes}, ${service.maxQuantity}) returning id`,
    );
    services.push({ id: row!.id, slug: `${service.slug}-${run}`, durationMinutes: service.durationMinutes });
  }
  await db.execute(
    sql`insert into appointment_service_counters (service_id, counter_id)
        select s.id, c.id from appointment_services s cross join appointment_counters c
        where c.location_id = ${locationId} and s.slug like ${`%-${run}`}`,
  );
  const perDay = counters * UNITS_PER_DAY;
  const days: string[] = [];
  const today = berlinDay(new Date());
  for (let left = units, day = addDays(today, 1); left > 0; left -= perDay, day = addDays(day, 1)) {
    days.push(day);
    const perCounter = Math.min(UNITS_PER_DAY, Math.ceil(left / counters));
    const opens = berlinMoment(day, '08:00')!.toISOString();
    await db.execute(
      sql`insert into appointment_slots (location_id, counter_id, starts_at, ends_at, released_at)
          select ${locationId}, c.id, ${opens}::timestamptz + make_interval(mins => n * ${SLOT_MINUTES}),
            ${opens}::timestamptz + make_interval(mins => (n + 1) * ${SLOT_MINUTES}), now()
          from (select id, row_number() over (order by id) as position from appointment_counters where location_id = ${locationId}) c
          cross join generate_series(0, ${perCounter - 1}) n
          where (c.position - 1) * ${perCounter} + n < ${left}`,
    );
  }
  await db.execute(sql`analyze appointment_slots`);
  const [made] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from appointment_slots where location_id = ${locationId}`);
  return { locationId, locationSlug: location!.slug, slotMinutes: SLOT_MINUTES, days, counters, units: made!.n, services };
}
