import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { openTestDatabase, TEST_DATABASE_URL, type TestDatabase } from '../../../../tests/support/database';
import { queryRows, type Database } from '../../../kernel/db';
import { berlinMoment } from '../../../kernel/time';
import { appointmentsModule } from '../index';
import { appointmentBookings } from '../tables';
import { insertAppointmentFixture, type AppointmentFixture } from '../test-support';
import { counterIdsOffering, freeStarts } from './free-starts';
import { releaseUnits, takeUnits } from './take-units';
import { unitsNeeded } from './units-needed';

const UNIT = 10;

describe(`units of counter time: free start times and atomic taking (${TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let database: TestDatabase;
  let db: Database;
  let fx: AppointmentFixture;
  before(async () => {
    database = await openTestDatabase([appointmentsModule]);
    db = database.handle.db;
  });
  after(() => database.close());
  beforeEach(async () => {
    await database.emptyAll();
    fx = await insertAppointmentFixture(db);
  });

  const newBooking = async () => {
    const [row] = await db
      .insert(appointmentBookings)
      .values({
        reference: `T-${Math.random().toString(36).slice(2, 10)}`,
        locationId: fx.rathaus.id,
        day: fx.days[0]!,
        startsAt: new Date(),
        endsAt: new Date(Date.now() + 60_000),
      })
      .returning({ id: appointmentBookings.id });
    return row!.id;
  };
  const at = (time: string) => berlinMoment(fx.days[0]!, time)!;
  const morning = async (units: number, counterIds = fx.rathaus.counters as readonly string[]) =>
    freeStarts(db, { locationId: fx.rathaus.id, counterIds, units, slotMinutes: UNIT, from: at('00:00'), until: at('23:59'), releasedBy: new Date() });

  it('adds the services’ durations per person and rounds up to whole units', () => {
    assert.equal(unitsNeeded([{ durationMinutes: 20, quantity: 1 }], 10), 2);
    assert.equal(
      unitsNeeded(
        [
          { durationMinutes: 20, quantity: 2 },
          { durationMinutes: 10, quantity: 1 },
        ],
        10,
      ),
      5,
    );
    assert.equal(unitsNeeded([{ durationMinutes: 7, quantity: 1 }], 10), 1);
  });

  it('finds the counters offering every service asked for', async () => {
    assert.deepEqual(
      await counterIdsOffering(db, fx.rathaus.id, [fx.services.personalausweis.id, fx.services.meldebescheinigung.id]),
      [...fx.rathaus.counters].sort(),
    );
    assert.deepEqual(await counterIdsOffering(db, fx.branch.id, [fx.services.meldebescheinigung.id]), [], 'the branch does not offer it');
  });

  it('offers every start with enough consecutive free units, and each counter’s units once', async () => {
    const starts = await morning(2);
    assert.equal(starts.length, 23, '08:00 to 11:40: the last run of two starts at 11:40');
    assert.equal(starts[0]!.counterIds.length, 2);
    const booking = await newBooking();
    const counter = await db.transaction((tx) =>
      takeUnits(tx, { bookingId: booking, counterIds: starts[6]!.counterIds, startsAt: at('09:00'), units: 2, slotMinutes: UNIT, releasedBy: new Date() }),
    );
    assert.ok(counter);
    const after = await morning(2);
    const capacity = (time: string) => after.find((start) => start.startsAt.getTime() === at(time).getTime())?.counterIds.length ?? 0;
    assert.deepEqual([capacity('08:50'), capacity('09:00'), capacity('09:10'), capacity('09:20')], [1, 1, 1, 2], 'one counter busy 09:00–09:20');
    await db.transaction((tx) => releaseUnits(tx, booking));
    assert.equal((await morning(2)).length, 23);
  });

  it('never lets two bookings hold one unit, whoever is faster, also when they try at once', async () => {
    const bookings = await Promise.all(Array.from({ length: 8 }, newBooking));
    const results = await Promise.all(
      bookings.map((bookingId) =>
        db.transaction((tx) =>
          takeUnits(tx, { bookingId, counterIds: fx.rathaus.counters, startsAt: at('10:00'), units: 3, slotMinutes: UNIT, releasedBy: new Date() }),
        ),
      ),
    );
    assert.equal(results.filter(Boolean).length, 2, 'two counters, two bookings');
    const [held] = await queryRows<{ units: number; bookings: number }>(
      db,
      sql`select count(*)::int as "units", count(distinct booking_id)::int as "bookings" from appointment_slots where booking_id is not null`,
    );
    assert.deepEqual(held, { units: 6, bookings: 2 });
  });

  it('does not take units before their release, unless staff take them', async () => {
    const later = new Date(Date.now() + 86_400_000);
    await db.execute(sql`update appointment_slots set released_at = ${later} where starts_at >= ${at('11:00')} and starts_at < ${at('12:00')}`);
    assert.equal(
      (await morning(1)).some((start) => start.startsAt >= at('11:00')),
      false,
    );
    const take = (releasedBy: Date | null, bookingId: string) =>
      db.transaction((tx) => takeUnits(tx, { bookingId, counterIds: fx.rathaus.counters, startsAt: at('11:00'), units: 1, slotMinutes: UNIT, releasedBy }));
    assert.equal(await take(new Date(), await newBooking()), null);
    assert.ok(await take(null, await newBooking()));
  });
});
