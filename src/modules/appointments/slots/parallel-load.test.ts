import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { openTestDatabase, TEST_DATABASE_URL, type TestDatabase } from '../../../../tests/support/database';
import { queryRows, type Database } from '../../../kernel/db';
import { SeededRandom } from '../../../kernel/random';
import { berlinDay, berlinMoment } from '../../../kernel/time';
import { appointmentsModule } from '../index';
import type { LimitRefusal } from '../limits/person-limits';
import { appointmentCounters, appointmentServiceCounters } from '../tables';
import { insertAppointmentFixture, insertSlots, type AppointmentFixture } from '../test-support';
import { freeStarts } from './free-starts';
import { bookThroughCore, doubleBookings, LOAD_SETTINGS } from './load-support';
import { unitsNeeded } from './units-needed';

const UNIT = 10;
const COUNTERS = 8;
/** Citizens booking at once; `GREEDY_ATTEMPTS` of them are one person (one address) trying again and again. */
const CITIZENS = 300;
const GREEDY = 'viel-bucher@example.org';
const GREEDY_ATTEMPTS = 30;
/** Reads of the free times and bookings one citizen tries before giving up (the first and two more after "taken"). */
const TRIES = 3;

interface TakenAttempt {
  startsAt: Date;
  units: number;
  counterIds: string[];
}

interface Refused {
  email: string;
  refusal: LimitRefusal;
}

describe(`no double booking under parallel load (${TEST_DATABASE_URL ? 'PostgreSQL, a pool of 10 connections' : 'PGlite: one statement at a time, so only the outcome is checked'})`, () => {
  let database: TestDatabase;
  let db: Database;
  let fx: AppointmentFixture;
  let day: string;
  let counters: string[];

  before(async () => {
    database = await openTestDatabase([appointmentsModule]);
    db = database.handle.db;
    fx = await insertAppointmentFixture(db);
    day = fx.days[0]!;
    // The Rathaus gets six more counters; all eight are open 08:00–16:00 on the first day: 384 units.
    const added = await db
      .insert(appointmentCounters)
      .values(Array.from({ length: COUNTERS - 2 }, (_, i) => ({ locationId: fx.rathaus.id, name: `Platz ${i + 3}` })))
      .returning({ id: appointmentCounters.id });
    await db
      .insert(appointmentServiceCounters)
      .values(
        added.flatMap(({ id }) => [fx.services.personalausweis.id, fx.services.meldebescheinigung.id].map((serviceId) => ({ serviceId, counterId: id }))),
      );
    for (const counterId of fx.rathaus.counters) await insertSlots(db, { locationId: fx.rathaus.id, counterId }, day, { from: '12:00', until: '16:00' });
    for (const { id } of added) await insertSlots(db, { locationId: fx.rathaus.id, counterId: id }, day, { from: '08:00', until: '16:00' });
    counters = [...fx.rathaus.counters, ...added.map(({ id }) => id)];
  });
  after(() => database.close());

  it('holds every unit once, refuses only for a real shortage or a limit, and keeps the limit of one person booking many times at once', async () => {
    // A fixed sequence, so a failure can be run again as it was.
    const random = new SeededRandom(14);
    const { personalausweis, meldebescheinigung } = fx.services;
    // Overlapping lengths: 1, 2, 3, 4 and 6 units of 10 minutes.
    const asks = [
      [{ serviceId: meldebescheinigung.id, quantity: 1, durationMinutes: 10 }],
      [{ serviceId: personalausweis.id, quantity: 1, durationMinutes: 20 }],
      [
        { serviceId: personalausweis.id, quantity: 1, durationMinutes: 20 },
        { serviceId: meldebescheinigung.id, quantity: 1, durationMinutes: 10 },
      ],
      [{ serviceId: personalausweis.id, quantity: 2, durationMinutes: 20 }],
      [{ serviceId: personalausweis.id, quantity: 3, durationMinutes: 20 }],
    ];
    const citizens = Array.from({ length: CITIZENS }, (_, i) => ({
      email: i < GREEDY_ATTEMPTS ? GREEDY : `person-${i}@example.org`,
      services: random.pick(asks),
      // Most want the morning's first hour, so their times overlap; the others anywhere in the day.
      spread: random.chance(0.7) ? 6 : 48,
      picks: Array.from({ length: TRIES }, () => random.next()),
    }));
    const from = berlinMoment(day, '00:00')!;
    const until = berlinMoment(day, '23:59')!;
    const today = berlinDay(new Date());
    const taken: TakenAttempt[] = [];
    const refused: Refused[] = [];
    let booked = 0;
    let soldOut = 0;

    const started = performance.now();
    await Promise.all(
      citizens.map(async (citizen) => {
        const units = unitsNeeded(citizen.services, UNIT);
        for (const pick of citizen.picks) {
          const starts = await freeStarts(db, {
            locationId: fx.rathaus.id,
            counterIds: counters,
            units,
            slotMinutes: UNIT,
            from,
            until,
            releasedBy: new Date(),
          });
          if (starts.length === 0) {
            soldOut += 1;
            return;
          }
          const start = starts[Math.floor(pick * Math.min(citizen.spread, starts.length))]!;
          const result = await bookThroughCore(
            db,
            {
              locationId: fx.rathaus.id,
              day,
              today,
              email: citizen.email,
              services: citizen.services,
              counterIds: start.counterIds,
              startsAt: start.startsAt,
              units,
              slotMinutes: UNIT,
            },
            LOAD_SETTINGS,
          );
          if (result.outcome === 'booked') booked += 1;
          if (result.outcome === 'refused') refused.push({ email: citizen.email, refusal: result.refusal });
          if (result.outcome !== 'taken') return;
          taken.push({ startsAt: start.startsAt, units, counterIds: start.counterIds });
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;

    assert.deepEqual(
      await doubleBookings(db),
      { overlappingPairs: 0, bookingsWithWrongUnits: 0, strayUnits: 0 },
      'no unit held twice, every booking holds its units',
    );
    assert.ok(
      booked >= 100,
      `most citizens got a time (${booked} booked, ${taken.length} taken meanwhile, ${refused.length} refused, ${soldOut} sold out, ${seconds.toFixed(1)} s)`,
    );
    assert.ok(taken.length >= 20, `the bookings really competed for the same units (${taken.length} taken meanwhile)`);

    // Every "taken meanwhile" was a real shortage: units are only ever taken here, so none of the counters
    // offered for the start may have all its units free now.
    const units = await queryRows<{ counterId: string; startsAt: Date | string; free: boolean }>(
      db,
      sql`select counter_id as "counterId", starts_at as "startsAt", booking_id is null as "free" from appointment_slots
        where location_id = ${fx.rathaus.id} and starts_at >= ${from} and starts_at < ${until}`,
    );
    const held = new Map(units.map((unit) => [`${unit.counterId} ${new Date(unit.startsAt).getTime()}`, unit.free]));
    const allFree = (counterId: string, attempt: TakenAttempt) =>
      Array.from({ length: attempt.units }, (_, i) => held.get(`${counterId} ${attempt.startsAt.getTime() + i * UNIT * 60_000}`)).every(Boolean);
    const falseShortages = taken.filter((attempt) => attempt.counterIds.some((counterId) => allFree(counterId, attempt)));
    assert.equal(falseShortages.length, 0, 'no refusal while a counter had the units free');

    // Every refusal by a limit was one: the person (or their address for the service) holds that many open appointments.
    const open = await queryRows<{ email: string; serviceId: string; n: number; total: number }>(
      db,
      sql`select b.email, bs.service_id as "serviceId", count(*)::int as n, (select count(*)::int from appointment_bookings o where o.email = b.email and o.state = 'booked') as total
        from appointment_bookings b join appointment_booking_services bs on bs.booking_id = b.id where b.state = 'booked' group by b.email, bs.service_id`,
    );
    const totalOf = (email: string) => open.find((row) => row.email === email)?.total ?? 0;
    const forService = (email: string, serviceId: string) => open.find((row) => row.email === email && row.serviceId === serviceId)?.n ?? 0;
    const heldCounting = (email: string, refusal: LimitRefusal) => {
      if (refusal.reason === 'too_many_open') return totalOf(email);
      if (refusal.reason === 'too_many_for_service') return forService(email, refusal.serviceId);
      return 0; // nobody here missed an appointment: an account can never be required
    };
    const unjustified = refused.filter(({ email, refusal }) => heldCounting(email, refusal) < ('limit' in refusal ? refusal.limit : 1));
    assert.deepEqual(unjustified, [], 'every refusal by a limit: the address holds that many open appointments');
    assert.ok(
      open.every((row) => row.total <= LOAD_SETTINGS.maxOpenPerPerson && row.n <= LOAD_SETTINGS.maxOpenPerService),
      'nobody holds more than the limits allow',
    );
    assert.ok(totalOf(GREEDY) >= 1 && totalOf(GREEDY) <= LOAD_SETTINGS.maxOpenPerPerson, `the greedy person holds ${totalOf(GREEDY)}`);
    assert.ok(
      refused.filter((entry) => entry.email === GREEDY).length >= GREEDY_ATTEMPTS / 2,
      'most of the greedy person’s attempts were refused by the limits',
    );
  });
});
