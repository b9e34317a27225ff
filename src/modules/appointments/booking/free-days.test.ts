import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestDatabase, TEST_DATABASE_URL, type TestDatabase } from '../../../../tests/support/database';
import { berlinDay, berlinMoment } from '../../../kernel/time';
import { appointmentsModule } from '../index';
import { freeStarts, type FreeStartsQuery } from '../slots/free-starts';
import { insertAppointmentFixture, insertFixtureBooking } from '../test-support';
import { freeDays } from './free-days';

describe(`the month's free days (${TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let database: TestDatabase;
  before(async () => (database = await openTestDatabase([appointmentsModule])));
  after(() => database.close());

  it('are the days of the free start times, for every length asked', async () => {
    const db = database.handle.db;
    const fx = await insertAppointmentFixture(db);
    // Day 1: every counter busy at 10:00, so a run of 24 units no longer fits; day 2 full from 08:00 to 11:50 on one counter.
    for (const counterId of fx.rathaus.counters) {
      await insertFixtureBooking(db, { locationId: fx.rathaus.id, counterId, serviceId: fx.services.personalausweis.id, day: fx.days[0]!, time: '10:00' });
    }
    await insertFixtureBooking(db, {
      locationId: fx.rathaus.id,
      counterId: fx.rathaus.counters[0],
      serviceId: fx.services.personalausweis.id,
      day: fx.days[1]!,
      time: '08:00',
      units: 23,
    });
    for (const units of [1, 12, 13, 24]) {
      const query: FreeStartsQuery = {
        locationId: fx.rathaus.id,
        counterIds: fx.rathaus.counters,
        units,
        slotMinutes: 10,
        from: berlinMoment(fx.days[0]!, '00:00')!,
        until: berlinMoment(fx.days[2]!, '23:00')!,
        releasedBy: new Date(),
      };
      const expected = new Set((await freeStarts(db, query)).map((start) => berlinDay(start.startsAt)));
      assert.deepEqual([...(await freeDays(db, query))].sort(), [...expected].sort(), `${units} units`);
    }
  });
});
