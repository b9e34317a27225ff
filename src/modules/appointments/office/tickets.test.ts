import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { openTestDatabase, TEST_DATABASE_URL, type TestDatabase } from '../../../../tests/support/database';
import { createUser, type CurrentUser } from '../../../kernel/auth';
import { queryRows, type Database } from '../../../kernel/db';
import { berlinDay } from '../../../kernel/time';
import { appointmentsModule } from '../index';
import { SERVE_PERMISSION } from '../policies';
import { insertAppointmentFixture, insertFixtureBooking, type AppointmentFixture } from '../test-support';
import { formatTicket } from './tickets';
import { callToCounter, checkInAtCounter } from './use-cases/serve-at-counter';
import { registerWalkIn } from './use-cases/walk-in';

const PARALLEL = 24;

describe(`call-up numbers: one per person, per day and location, under parallel check-ins (${TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite, where they cannot race'})`, () => {
  let database: TestDatabase;
  let db: Database;
  let fx: AppointmentFixture;
  let clerk: CurrentUser;
  const today = berlinDay(new Date());

  before(async () => {
    database = await openTestDatabase([appointmentsModule]);
    db = database.handle.db;
  });
  after(() => database.close());
  beforeEach(async () => {
    await database.emptyAll();
    fx = await insertAppointmentFixture(db);
    const user = await createUser(db, {
      email: 'schalter@example.org',
      displayName: 'Schalter',
      role: 'staff',
      departments: [fx.departmentId],
      permissions: [SERVE_PERMISSION],
    });
    clerk = {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      role: 'staff',
      emailVerified: true,
      departments: [fx.departmentId],
      permissions: new Set([SERVE_PERMISSION]),
    };
  });

  const tickets = async (locationId: string) =>
    (
      await queryRows<{ ticket: string }>(
        db,
        sql`select ticket from appointment_bookings where location_id = ${locationId} and ticket is not null order by ticket`,
      )
    ).map((row) => row.ticket);

  it('writes the prefix and three digits', () => {
    assert.equal(formatTicket('A', 17), 'A 017');
    assert.equal(formatTicket('L', 1234), 'L 1234');
  });

  it('gives parallel check-ins and walk-ins consecutive numbers without a gap or a duplicate, each location counting on its own', async () => {
    const place = { locationId: fx.rathaus.id, counterId: fx.rathaus.counters[0], serviceId: fx.services.personalausweis.id, day: today };
    const bookings = [];
    for (let i = 0; i < PARALLEL / 2; i += 1) bookings.push(await insertFixtureBooking(db, { ...place, time: '23:00' }));
    const results = await Promise.all([
      ...bookings.map((booking) => checkInAtCounter(clerk, { bookingId: booking.id, ip: '127.0.0.1' }, { db })),
      ...bookings.map(() => registerWalkIn(clerk, { locationSlug: fx.rathaus.slug, serviceIds: [fx.services.meldebescheinigung.id], ip: '127.0.0.1' }, { db })),
      registerWalkIn(clerk, { locationSlug: fx.branch.slug, serviceIds: [fx.services.personalausweis.id], ip: '127.0.0.1' }, { db }),
    ]);
    assert.ok(
      results.every((result) => result.ok),
      'every one got a number',
    );
    const expected = Array.from({ length: PARALLEL }, (_, i) => formatTicket('A', i + 1));
    assert.deepEqual(await tickets(fx.rathaus.id), expected);
    assert.deepEqual(await tickets(fx.branch.id), ['L 001']);
  });

  it('lets counters calling at once call different people, each once', async () => {
    const place = { locationId: fx.rathaus.id, counterId: fx.rathaus.counters[0], serviceId: fx.services.personalausweis.id, day: today };
    for (let i = 0; i < 4; i += 1) {
      const booking = await insertFixtureBooking(db, { ...place, time: '23:00' });
      await checkInAtCounter(clerk, { bookingId: booking.id, ip: '127.0.0.1' }, { db });
    }
    const calls = await Promise.all(
      [0, 1, 0, 1, 0, 1].map((i) => callToCounter(clerk, { locationSlug: fx.rathaus.slug, counterId: fx.rathaus.counters[i]!, ip: '127.0.0.1' }, { db })),
    );
    const called = calls.flatMap((call) => (call.ok ? [call.ticket] : []));
    assert.equal(called.length, 4, 'four waited, four were called');
    assert.equal(new Set(called).size, 4, 'nobody twice');
    assert.ok(calls.filter((call) => !call.ok).every((call) => !call.ok && /Niemand wartet/.test(Object.values(call.errors).join())));
  });
});
