/**
 * One step of the appointments part in a process of its own (PGlite admits one process per data
 * directory): `node --import tsx bench/appointments/child.ts core|plans|prepare|check` with DATA_DIR or
 * DATABASE_URL set; prints its result as the last line, in JSON.
 * - `core`: the release, the rush through the core in this process (`CoreClient`), the check;
 * - `plans`: the core's statements at 4 weeks × 8 counters, timed and explained (plans.ts);
 * - `prepare`: the release only (before the portal starts, for the rush over HTTP);
 * - `check`: what the database holds afterwards (BENCH_APPOINTMENTS_LOCATION: the release's location).
 */
import { sql } from 'drizzle-orm';
import { openAndMigrate } from '../../src/bootstrap';
import { loadConfig } from '../../src/kernel/config';
import { queryRows, type Database } from '../../src/kernel/db';
import { doubleBookings, type DoubleBookingFacts } from '../../src/modules/appointments';
import { MODULES } from '../../src/registry';
import { ARRIVAL_SECONDS, CITIZENS, makeCitizens, rush, type RushResult } from './citizens';
import { CoreClient } from './core-client';
import { measurePlans } from './plans';
import { seedRelease, type Release } from './release';

const UNITS = Number(process.env.BENCH_APPOINTMENTS_UNITS ?? 1000);
const COUNTERS = Number(process.env.BENCH_APPOINTMENTS_COUNTERS ?? 8);

/** The database's word afterwards: double bookings (all 0), the bookings and units it holds. */
export interface Check extends DoubleBookingFacts {
  bookings: number;
  unitsHeld: number;
  /** The most open bookings one address holds (the limit per person: 2). */
  mostPerAddress: number;
}

async function check(db: Database, locationId: string): Promise<Check> {
  const [held] = await queryRows<Omit<Check, keyof DoubleBookingFacts>>(
    db,
    sql`select (select count(*)::int from appointment_bookings where location_id = ${locationId} and state = 'booked') as "bookings",
        (select count(*)::int from appointment_slots where location_id = ${locationId} and booking_id is not null) as "unitsHeld",
        (select coalesce(max(n), 0)::int from (select count(*) as n from appointment_bookings where location_id = ${locationId} and state = 'booked' group by lower(email)) per) as "mostPerAddress"`,
  );
  return { ...(await doubleBookings(db)), ...held! };
}

export interface CoreMeasurement {
  release: Release;
  rush: RushResult;
  check: Check;
}

const config = loadConfig({ ...process.env, DEMO_DATA: 'false', JOBS: 'false', LOG_LEVEL: 'warn' } as Record<string, string>, MODULES);
const { database } = await openAndMigrate(config, MODULES);
const { db } = database;
const step = process.argv[2];
let result: unknown;
try {
  if (step === 'prepare') result = await seedRelease(db, { units: UNITS, counters: COUNTERS });
  else if (step === 'plans') result = await measurePlans(db);
  else if (step === 'check') result = await check(db, process.env.BENCH_APPOINTMENTS_LOCATION ?? '');
  else if (step === 'core') {
    const release = await seedRelease(db, { units: UNITS, counters: COUNTERS });
    const measured = await rush(new CoreClient(db, release), makeCitizens(CITIZENS, release), release, ARRIVAL_SECONDS);
    result = { release: { ...release, services: [] }, rush: measured, check: await check(db, release.locationId) } satisfies CoreMeasurement;
  } else throw new Error('child.ts wants core, plans, prepare or check');
} finally {
  await database.close();
}
// Exit only once the line (hundreds of KB of latencies) is written: a pipe takes it in pieces.
process.stdout.write(`${JSON.stringify(result)}\n`, () => process.exit(0));
