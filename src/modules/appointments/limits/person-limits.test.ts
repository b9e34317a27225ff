import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { openTestDatabase, TEST_DATABASE_URL, type TestDatabase } from '../../../../tests/support/database';
import type { Database } from '../../../kernel/db';
import { users } from '../../../kernel/auth/tables';
import { addDays, berlinDay } from '../../../kernel/time';
import { appointmentsModule } from '../index';
import { DEFAULT_APPOINTMENT_SETTINGS } from '../settings';
import { appointmentBookings, appointmentNoShows } from '../tables';
import { insertAppointmentFixture, insertFixtureBooking, type AppointmentFixture } from '../test-support';
import { emailHashOf, limitRefusal, type PersonAsking } from './person-limits';

/** The defaults: two open appointments per person, one per service, an account for 8 weeks after 2 missed within 180 days. */
const SETTINGS = DEFAULT_APPOINTMENT_SETTINGS;

describe(`limits per person (${TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let database: TestDatabase;
  let db: Database;
  let fx: AppointmentFixture;
  const today = berlinDay(new Date());
  before(async () => {
    database = await openTestDatabase([appointmentsModule]);
    db = database.handle.db;
  });
  after(() => database.close());
  beforeEach(async () => {
    await database.emptyAll();
    fx = await insertAppointmentFixture(db);
  });

  const asking = (overrides: Partial<PersonAsking> = {}): PersonAsking => ({
    email: 'Erika@Example.org',
    user: null,
    serviceIds: [fx.services.meldebescheinigung.id],
    today,
    ...overrides,
  });
  const booking = (time: string, serviceId = fx.services.personalausweis.id, overrides: { email?: string; userId?: string; day?: string } = {}) =>
    insertFixtureBooking(db, {
      locationId: fx.rathaus.id,
      counterId: fx.rathaus.counters[0],
      serviceId,
      day: overrides.day ?? fx.days[0]!,
      time,
      ...overrides,
    });
  const account = async (verified: boolean) => {
    const [user] = await db
      .insert(users)
      .values({ email: 'konto@example.org', displayName: 'Erika Konto', role: 'citizen', emailVerifiedAt: verified ? new Date() : null })
      .returning({ id: users.id });
    return { id: user!.id, emailVerified: verified };
  };

  it('allows up to the open appointments per person, by address in any case and by account', async () => {
    assert.equal(await limitRefusal(db, asking(), SETTINGS), null);
    await booking('08:00');
    assert.equal(await limitRefusal(db, asking(), SETTINGS), null, 'one open, another service');
    const user = await account(true);
    await booking('09:00', fx.services.meldebescheinigung.id, { email: 'other@example.org', userId: user.id });
    assert.equal(await limitRefusal(db, asking({ serviceIds: [] }), SETTINGS), null, 'the address holds one, the account another');
    assert.deepEqual(await limitRefusal(db, asking({ serviceIds: [], user }), SETTINGS), { reason: 'too_many_open', limit: 2 });
  });

  it('allows one open appointment per service, and counts neither past nor cancelled ones', async () => {
    const held = await booking('08:00', fx.services.meldebescheinigung.id);
    assert.deepEqual(await limitRefusal(db, asking(), SETTINGS), { reason: 'too_many_for_service', limit: 1, serviceId: fx.services.meldebescheinigung.id });
    await db.update(appointmentBookings).set({ state: 'cancelled' });
    assert.equal(await limitRefusal(db, asking(), SETTINGS), null, 'cancelled');
    await db.update(appointmentBookings).set({ state: 'booked', day: addDays(today, -1) });
    assert.equal(await limitRefusal(db, asking(), SETTINGS), null, 'in the past');
    assert.ok(held);
  });

  it('does not count the booking a rebooking replaces', async () => {
    const held = await booking('08:00', fx.services.meldebescheinigung.id);
    assert.notEqual(await limitRefusal(db, asking(), SETTINGS), null);
    assert.equal(await limitRefusal(db, asking({ replacingId: held.id }), SETTINGS), null);
  });

  it('requires a confirmed account after the missed appointments, until weeks after the last, and not after the window', async () => {
    const hash = emailHashOf('erika@example.org');
    await db.insert(appointmentNoShows).values({ emailHash: hash, day: addDays(today, -30) });
    assert.equal(await limitRefusal(db, asking(), SETTINGS), null, 'one is not yet the limit');
    await db.insert(appointmentNoShows).values({ emailHash: hash, day: addDays(today, -10) });
    assert.deepEqual(await limitRefusal(db, asking(), SETTINGS), { reason: 'account_required', until: addDays(addDays(today, -10), 56) });
    assert.deepEqual(
      await limitRefusal(db, asking({ user: await account(false) }), SETTINGS),
      { reason: 'account_required', until: addDays(addDays(today, -10), 56) },
      'an account whose address is not confirmed does not help',
    );
    await db.delete(users);
    assert.equal(await limitRefusal(db, asking({ user: await account(true) }), SETTINGS), null, 'a confirmed account may book');
    assert.equal(await limitRefusal(db, asking(), { ...SETTINGS, accountRequiredWeeks: 1 }), null, 'the weeks are over');
    assert.equal(await limitRefusal(db, asking(), { ...SETTINGS, noShowWindowDays: 20 }), null, 'the older one no longer counts');
  });
});
