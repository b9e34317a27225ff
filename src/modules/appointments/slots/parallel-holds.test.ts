import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { openTestDatabase, TEST_DATABASE_URL, type TestDatabase } from '../../../../tests/support/database';
import { queryRows, type Database } from '../../../kernel/db';
import { SeededRandom } from '../../../kernel/random';
import { berlinMoment } from '../../../kernel/time';
import { appointmentsModule } from '../index';
import { appointmentBookings } from '../tables';
import { insertAppointmentFixture, type AppointmentFixture } from '../test-support';
import { holdHashOf, holdUnits, newHoldSecret } from './hold-units';
import { takeUnits } from './take-units';

const UNIT = 10;
const PEOPLE = 100;

/**
 * Holds and bookings at once for the same few times: a hold that says "yours" must find its units
 * still its own afterwards, a booking must never take a unit someone holds, and no unit is both
 * (on PostgreSQL a pool of connections races them; PGlite runs one statement at a time).
 */
describe(`holds and bookings at once (${TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let database: TestDatabase;
  let db: Database;
  let fx: AppointmentFixture;
  before(async () => {
    database = await openTestDatabase([appointmentsModule]);
    db = database.handle.db;
    fx = await insertAppointmentFixture(db);
  });
  after(() => database.close());

  it('never gives a unit to two people', async () => {
    const random = new SeededRandom(15);
    // The morning's 48 units (two counters), wanted by four times as many units as there are.
    const times = Array.from({ length: 22 }, (_, i) =>
      berlinMoment(fx.days[0]!, `${String(8 + Math.floor(i / 6)).padStart(2, '0')}:${(i % 6) * 10}`.replace(/:0$/, ':00'))!,
    );
    const held: Array<{ hash: string; counterId: string; startsAt: Date; units: number }> = [];
    const booked: string[] = [];
    await Promise.all(
      Array.from({ length: PEOPLE }, async () => {
        const startsAt = random.pick(times);
        const units = random.int(1, 3);
        const request = { counterIds: fx.rathaus.counters, startsAt, units, slotMinutes: UNIT, releasedBy: new Date() };
        if (random.chance(0.5)) {
          const hash = holdHashOf(newHoldSecret());
          const counterId = await holdUnits(db, { ...request, holdHash: hash, minutes: 10 });
          if (counterId) held.push({ hash, counterId, startsAt, units });

          return;
        }
        const id = randomUUID();
        await db
          .transaction(async (tx) => {
            await tx.insert(appointmentBookings).values({
              id,
              reference: `T-H-${id.slice(0, 8)}`,
              locationId: fx.rathaus.id,
              day: fx.days[0]!,
              startsAt,
              endsAt: new Date(startsAt.getTime() + units * UNIT * 60_000),
            });
            if (await takeUnits(tx, { ...request, bookingId: id })) booked.push(id);
            else throw new Error('taken');
          })
          .catch((error: unknown) => {
            if (!(error instanceof Error && error.message === 'taken')) throw error;
          });
      }),
    );
    assert.ok(held.length > 0 && booked.length > 0, `both kinds won some: ${held.length} holds, ${booked.length} bookings`);
    for (const hold of held) {
      const [mine] = await queryRows<{ count: number }>(
        db,
        sql`select count(*)::int as count from appointment_slots where hold_hash = ${hold.hash} and booking_id is null and counter_id = ${hold.counterId}`,
      );
      assert.equal(mine?.count, hold.units, 'a hold that said yes still has every unit');
    }
    const [both] = await queryRows<{ count: number }>(
      db,
      sql`select count(*)::int as count from appointment_slots where booking_id is not null and hold_hash is not null`,
    );
    assert.equal(both?.count, 0, 'no unit booked and held at once');
    const [units] = await queryRows<{ count: number }>(
      db,
      sql`select count(*)::int as count from appointment_slots where booking_id = any(${sql`array[${sql.join(
        booked.map((id) => sql`${id}`),
        sql`, `,
      )}]::uuid[]`})`,
    );
    assert.ok((units?.count ?? 0) >= booked.length);
  });
});
