import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { asc, eq, inArray } from 'drizzle-orm';
import { createAccount } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { berlinMoment } from '../../../kernel/time';
import { emailHashOf, limitRefusal } from '../limits/person-limits';
import { appointmentBookings, appointmentNoShows, type BookingKind, type BookingState } from '../tables';
import { insertAppointmentFixture, type AppointmentFixture } from '../test-support';
import { bookAtRathaus, moduleSettingsOf } from './test-helpers';
import { recordNoShows } from './no-shows';

describe('appointments: no-shows after the day', () => {
  let t: TestApp;
  let fixture: AppointmentFixture;
  before(async () => (t = await createTestApp()));
  after(() => t.close());
  beforeEach(async () => {
    await t.reset();
    // Tuesday 3 to Thursday 5 November 2026; the tests' "now" is passed in.
    fixture = await insertAppointmentFixture(t.db, '2026-11-02');
  });

  const book = (day: string, time: string, extra: { email?: string; userId?: string; state?: BookingState; kind?: BookingKind } = {}) =>
    bookAtRathaus(t.db, fixture, { day, time, ...extra });

  async function states(ids: string[]) {
    const rows = await t.db
      .select({ id: appointmentBookings.id, state: appointmentBookings.state })
      .from(appointmentBookings)
      .where(inArray(appointmentBookings.id, ids));
    return Object.fromEntries(rows.map((row) => [row.id, row.state]));
  }

  it('marks past bookings still booked as no-shows and counts each with an address once; walk-ins, finished and today’s stay', async () => {
    const [tuesday, wednesday, thursday] = fixture.days as [string, string, string];
    const person = await createAccount(t, { email: 'konto@example.org' });
    const missed = await book(tuesday, '09:00', { email: 'Erika@Example.org' });
    const missedByAccount = await book(wednesday, '09:00', { email: 'konto@example.org', userId: person.id });
    const markedAtCounter = await book(tuesday, '10:00', { email: 'erika@example.org', state: 'no_show' });
    const done = await book(tuesday, '11:00', { email: 'fertig@example.org', state: 'done' });
    const walkIn = await book(tuesday, '11:30', { kind: 'walk_in', email: 'laufkundschaft@example.org' });
    const today = await book(thursday, '09:00', { email: 'heute@example.org' });
    const withoutAddress = await book(wednesday, '10:00');
    await t.db.update(appointmentBookings).set({ email: null }).where(eq(appointmentBookings.id, withoutAddress.id));

    const now = berlinMoment(thursday, '00:30')!;
    assert.deepEqual(await recordNoShows(t.deps, now), { marked: 3, counted: 3, forgotten: 0 });
    assert.deepEqual(await states([missed.id, missedByAccount.id, markedAtCounter.id, done.id, walkIn.id, today.id, withoutAddress.id]), {
      [missed.id]: 'no_show',
      [missedByAccount.id]: 'no_show',
      [markedAtCounter.id]: 'no_show',
      [done.id]: 'done',
      [walkIn.id]: 'booked',
      [today.id]: 'booked',
      [withoutAddress.id]: 'no_show',
    });
    const counted = await t.db
      .select({
        bookingId: appointmentNoShows.bookingId,
        emailHash: appointmentNoShows.emailHash,
        userId: appointmentNoShows.userId,
        day: appointmentNoShows.day,
      })
      .from(appointmentNoShows)
      .orderBy(asc(appointmentNoShows.day), asc(appointmentNoShows.createdAt));
    assert.deepEqual(
      counted.sort((a, b) => `${a.day}${a.bookingId}`.localeCompare(`${b.day}${b.bookingId}`)),
      [
        { bookingId: missed.id, emailHash: emailHashOf('erika@example.org'), userId: null, day: tuesday },
        { bookingId: markedAtCounter.id, emailHash: emailHashOf('erika@example.org'), userId: null, day: tuesday },
        { bookingId: missedByAccount.id, emailHash: emailHashOf('konto@example.org'), userId: person.id, day: wednesday },
      ].sort((a, b) => `${a.day}${a.bookingId}`.localeCompare(`${b.day}${b.bookingId}`)),
    );
    assert.ok(
      counted.every((row) => !JSON.stringify(row).includes('@')),
      'no address is kept, only its hash',
    );

    assert.deepEqual(await recordNoShows(t.deps, now), { marked: 0, counted: 0, forgotten: 0 }, 'a second run changes nothing');

    // Two missed appointments of one address: booking needs a confirmed account now (limits/).
    const refusal = await limitRefusal(t.db, { email: 'ERIKA@example.org', user: null, serviceIds: [], today: thursday }, moduleSettingsOf(t));
    assert.equal(refusal?.reason, 'account_required');
  });

  it('two runs at once mark and count each booking once (on PGlite the race cannot show; the unique index decides)', async () => {
    const [tuesday, wednesday] = fixture.days as [string, string];
    for (const time of ['08:00', '08:30', '09:00', '09:30']) await book(tuesday, time, { email: `person-${time}@example.org` });
    await book(wednesday, '08:00', { email: 'noch-einer@example.org' });
    const now = berlinMoment(fixture.days[2]!, '01:00')!;
    const runs = await Promise.all([recordNoShows(t.deps, now), recordNoShows(t.deps, now)]);
    assert.equal(runs[0].marked + runs[1].marked, 5);
    assert.equal(runs[0].counted + runs[1].counted, 5);
    assert.equal((await t.db.select().from(appointmentNoShows)).length, 5);
  });

  it('forgets counted no-shows older than the window and never counts a booking that old again', async () => {
    const windowDays = moduleSettingsOf(t).noShowWindowDays;
    const [tuesday] = fixture.days as [string];
    const old = await book(tuesday, '09:00', { email: 'alt@example.org', state: 'no_show' });
    const now = berlinMoment(tuesday, '12:00')!;
    await recordNoShows(t.deps, berlinMoment(fixture.days[1]!, '01:00')!);
    assert.equal((await t.db.select().from(appointmentNoShows).where(eq(appointmentNoShows.bookingId, old.id))).length, 1);

    const later = new Date(now.getTime() + (windowDays + 2) * 86_400_000);
    assert.deepEqual(await recordNoShows(t.deps, later), { marked: 0, counted: 0, forgotten: 1 });
    assert.deepEqual(await recordNoShows(t.deps, later), { marked: 0, counted: 0, forgotten: 0 }, 'not counted again');
  });
});
