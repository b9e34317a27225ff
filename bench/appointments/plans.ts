/**
 * The core's statements at the size of a real booking window: 4 weeks × 8 counters of units (25 a
 * counter and day), the first three weeks booked out (as after a release rush: 2,100 bookings of two
 * units, each with its own address), the fourth free. For each statement: its time through the
 * driver (p50 of `RUNS`, round trip included) and its plan (EXPLAIN ANALYZE, run by an executor that
 * explains whatever the core sends, so the plans are of the core's own SQL).
 */
import { performance } from 'node:perf_hooks';
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Database } from '../../src/kernel/db';
import { addDays, berlinDay, berlinDayStart } from '../../src/kernel/time';
import { counterIdsOffering, freeStarts, LOAD_SETTINGS, limitRefusal, takeUnits } from '../../src/modules/appointments';
import { seedRelease, type Release } from './release';

const RUNS = 50;
const WEEKS = 4;
const COUNTERS = 8;

export interface PlanMeasure {
  statement: string;
  p50Ms: number;
  /** The plan's nodes that read a table, with the index where one is used ("Index Scan using …"). */
  reads: string[];
  executionMs: number;
}

/** Books the release's first `days` days out, two units a booking (a day's odd last unit stays free), in SQL. */
async function bookOut(db: Database, release: Release, days: number): Promise<void> {
  const until = berlinDayStart(release.days[days]!).toISOString();
  await db.execute(
    sql`insert into appointment_bookings (reference, location_id, counter_id, day, starts_at, ends_at, name, email)
        select 'T-PLAN-' || n, ${release.locationId}, counter_id, to_char(starts_at at time zone 'Europe/Berlin', 'YYYY-MM-DD'), starts_at,
          starts_at + make_interval(mins => 2 * ${release.slotMinutes}), 'Planprobe', 'p' || n || '@example.org'
        from (select counter_id, starts_at, row_number() over (order by counter_id, starts_at) as n,
                row_number() over (partition by counter_id, date_trunc('day', starts_at) order by starts_at) as position,
                lead(starts_at) over (partition by counter_id order by starts_at) as next
              from appointment_slots where location_id = ${release.locationId} and starts_at < ${until}::timestamptz) units
        where position % 2 = 1 and next = starts_at + make_interval(mins => ${release.slotMinutes})`,
  );
  await db.execute(
    sql`update appointment_slots s set booking_id = b.id from appointment_bookings b
        where b.location_id = ${release.locationId} and s.counter_id = b.counter_id and s.starts_at >= b.starts_at and s.starts_at < b.ends_at`,
  );
  await db.execute(sql`analyze appointment_slots`);
  await db.execute(sql`analyze appointment_bookings`);
}

/** An executor that runs EXPLAIN ANALYZE of each statement instead, keeping the plans (what the core does with the rows does not matter). */
function explaining(db: Database, plans: string[][]): Database {
  return new Proxy(db, {
    get(target, property) {
      if (property !== 'execute') return Reflect.get(target, property, target) as unknown;
      return async (query: SQL) => {
        const rows = await queryRows<Record<string, string>>(target, sql`explain (analyze, buffers) ${query}`);
        plans.push(rows.map((row) => Object.values(row)[0]!));
        return { rows: [] };
      };
    },
  });
}

const TABLE_READ = /(Seq Scan|Index Scan|Index Only Scan|Bitmap Index Scan)( using \S+)? on (\w+)/;

/** `run` sends the core's statements through `wrap(executor)`: as they are, or explained. */
type Run = (wrap: (executor: Database) => Database) => Promise<unknown>;

async function measure(statement: string, run: Run): Promise<PlanMeasure> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    await run((executor) => executor);
    times.push(performance.now() - started);
  }
  const plans: string[][] = [];
  await run((executor) => explaining(executor, plans));
  const lines = plans.flat();
  return {
    statement,
    p50Ms: times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!,
    reads: [...new Set(lines.flatMap((line) => TABLE_READ.exec(line)?.[0] ?? []))],
    executionMs: lines.reduce((sum, line) => sum + Number(/^Execution Time: ([\d.]+)/.exec(line)?.[1] ?? 0), 0),
  };
}

/** Rolls back whatever `work` did (a booking's units taken for the measurement). */
async function rolledBack(db: Database, work: (tx: Database) => Promise<unknown>): Promise<void> {
  const undo = new Error('measured, rolled back');
  await db
    .transaction(async (tx) => {
      await work(tx as unknown as Database);
      throw undo;
    })
    .catch((error: unknown) => {
      if (error !== undo) throw error;
    });
}

export async function measurePlans(db: Database): Promise<PlanMeasure[]> {
  const release = await seedRelease(db, { units: WEEKS * 7 * COUNTERS * 25, counters: COUNTERS });
  await bookOut(db, release, (WEEKS - 1) * 7);
  const serviceIds = release.services.map((service) => service.id);
  const counterIds = await counterIdsOffering(db, release.locationId, serviceIds);
  const day = (index: number) => ({ from: berlinDayStart(release.days[index]!), until: berlinDayStart(addDays(release.days[index]!, 1)) });
  const starts = (index: number) => (wrap: (executor: Database) => Database) =>
    freeStarts(wrap(db), { locationId: release.locationId, counterIds, units: 2, slotMinutes: release.slotMinutes, releasedBy: new Date(), ...day(index) });
  const [first] = await starts(WEEKS * 7 - 1)((executor) => executor);
  const today = berlinDay(new Date());
  return [
    await measure('counterIdsOffering', (wrap) => counterIdsOffering(wrap(db), release.locationId, serviceIds)),
    await measure('freeStarts, a booked-out day', starts(3)),
    await measure('freeStarts, a free day', starts(WEEKS * 7 - 1)),
    await measure('takeUnits, 2 units (rolled back)', (wrap) =>
      rolledBack(db, async (tx) => {
        const [booking] = await queryRows<{ id: string }>(
          tx,
          sql`insert into appointment_bookings (reference, location_id, day, starts_at, ends_at) values (${`T-PLAN-${Math.random()}`}, ${release.locationId}, ${release.days.at(-1)!}, now(), now() + interval '20 minutes') returning id`,
        );
        await takeUnits(wrap(tx), {
          bookingId: booking!.id,
          counterIds: first!.counterIds,
          startsAt: first!.startsAt,
          units: 2,
          slotMinutes: release.slotMinutes,
          releasedBy: new Date(),
        });
      }),
    ),
    await measure('limitRefusal, a new address', (wrap) =>
      limitRefusal(wrap(db), { email: 'neu@example.org', user: null, serviceIds: [serviceIds[0]!], today }, LOAD_SETTINGS),
    ),
  ];
}
