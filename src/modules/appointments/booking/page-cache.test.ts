import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { textOf } from '../../../../tests/support/html';
import type { TestApp } from '../../../../tests/support/test-app';
import { PATHS } from '../paths';
import { insertFixtureBooking, type AppointmentFixture } from '../test-support';
import { BOOKING_PAGES_STALE_SECONDS } from './routes';
import { appointmentTestApp } from './test-support';

/** The step pages are kept for anonymous visitors (routes.tsx): a booking shows on them within the stated staleness. */
describe('the booking pages kept for anonymous visitors', () => {
  const app = appointmentTestApp();
  let t: TestApp;
  let fx: AppointmentFixture;
  beforeEach(() => ({ t, fx } = app));

  it('shows a time no longer once both counters are booked then, though the page was kept before, after at most the stated seconds', async () => {
    const day = fx.days[0]!;
    const timesPath = `${PATHS.bookTime}?dienst=meldebescheinigung&standort=${fx.rathaus.slug}&tag=${day}`;
    const offers = async () => textOf((await t.client().get(timesPath)).body).includes('09:00 Uhr');
    assert.equal(await offers(), true);
    assert.equal(await offers(), true, 'the kept page');
    for (const counterId of fx.rathaus.counters) {
      await insertFixtureBooking(t.db, { locationId: fx.rathaus.id, counterId, serviceId: fx.services.meldebescheinigung.id, day, time: '09:00' });
    }
    await new Promise((wake) => setTimeout(wake, BOOKING_PAGES_STALE_SECONDS * 1000 + 100));
    assert.equal(await offers(), false, 'the booking shows once the kept page is as old as stated');
  });
});
