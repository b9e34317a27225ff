import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { openTestDatabase, TEST_DATABASE_URL, type TestDatabase } from '../../../../tests/support/database';
import { testConfig } from '../../../../tests/support/test-app';
import { mailOutbox } from '../../../kernel/mail';
import { berlinMoment } from '../../../kernel/time';
import { appointmentsModule } from '../index';
import { DEFAULT_APPOINTMENT_SETTINGS } from '../settings';
import { appointmentBookings, appointmentBookingServices } from '../tables';
import { insertAppointmentFixture, insertFixtureBooking, type AppointmentFixture } from '../test-support';
import { PlacementRolledBack, placeBooking, type Placement } from './place-booking';
import { planPlace, planServices } from './plan';

describe(`placing a booking inside its transaction (${TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let database: TestDatabase;
  let fx: AppointmentFixture;
  const config = testConfig();
  before(async () => (database = await openTestDatabase([appointmentsModule])));
  after(() => database.close());
  beforeEach(async () => {
    await database.emptyAll();
    fx = await insertAppointmentFixture(database.handle.db);
  });

  async function placement(time: string): Promise<Placement> {
    const db = database.handle.db;
    const services = await planServices(db, { services: [{ slug: 'meldebescheinigung', quantity: 1 }] });
    assert.ok(services.ok);
    const place = await planPlace(db, services.services, 'rathaus');
    assert.ok(place.ok);
    return {
      services: services.services,
      place,
      day: fx.days[0]!,
      startsAt: berlinMoment(fx.days[0]!, time)!,
      person: { name: 'Erika Mustermann', email: 'erika@example.org', phone: null, user: null },
    };
  }
  const place = (what: Placement) =>
    database.handle.db.transaction((tx) => placeBooking(tx, what, { config, settings: DEFAULT_APPOINTMENT_SETTINGS, now: new Date() }));

  it('rolls everything back when the units were taken after the check: no booking, no services, no mail', async () => {
    const db = database.handle.db;
    const late = await placement('09:00');
    for (const counterId of fx.rathaus.counters) {
      await insertFixtureBooking(db, {
        locationId: fx.rathaus.id,
        counterId,
        serviceId: fx.services.personalausweis.id,
        day: fx.days[0]!,
        time: '09:00',
        email: 'fast@example.org',
      });
    }
    await assert.rejects(place(late), (error: unknown) => error instanceof PlacementRolledBack && error.refusal.reason === 'taken');
    assert.equal((await db.select().from(appointmentBookings)).length, 2, 'only the faster ones');
    assert.equal((await db.select().from(appointmentBookingServices)).length, 2);
    assert.equal((await db.select().from(mailOutbox)).length, 0);
  });

  it('answers the same request sent twice with the booking its first copy made', async () => {
    const what = { ...(await placement('10:00')), heldBy: 'hash-of-erikas-hold' };
    const first = await place(what);
    const second = await place(what);
    assert.equal(second.id, first.id);
    assert.equal(second.secret, first.secret);
    assert.equal((await database.handle.db.select().from(appointmentBookings)).length, 1);
  });

  it('gives the link of a booking to no one who only knows the address and the time', async () => {
    const erikas = await place({ ...(await placement('10:00')), heldBy: 'hash-of-erikas-hold' });
    for (const heldBy of [undefined, 'hash-of-someone-elses-hold']) {
      const other = await place({ ...(await placement('10:00')), heldBy }).catch((error: unknown) => error);
      assert.ok(!(other && typeof other === 'object' && 'secret' in other && other.secret === erikas.secret), `not the link with ${heldBy ?? 'no hold'}`);
    }
  });
});
