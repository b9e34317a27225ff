import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { parseHtml, tableRows, textOf } from '../../../../tests/support/html';
import { staffMember, type Person } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { addDays, berlinDay, berlinMoment } from '../../../kernel/time';
import { STAFF_PATHS } from '../paths';
import { PLAN_PERMISSION } from '../policies';
import { releaseUnits } from '../slots/take-units';
import { appointmentBookings } from '../tables';
import { insertAppointmentFixture, insertFixtureBooking, insertSlots, type AppointmentFixture } from '../test-support';
import { figuresByPeriod } from './repository';

/**
 * One day by hand, two weeks back, at the Rathaus (two counters, 08:00–12:00, 48 units):
 * waits 4, 6, 10, 20 minutes → median 8, 90th percentile 10 + 0.7 × 10 = 17;
 * services 5, 10, 15, 30 minutes → median 12.5, 90th percentile 15 + 0.7 × 15 = 25.5;
 * four online bookings hold 2 units each: 8 of 48 units = 16.7 %.
 */
describe('appointment statistics', () => {
  let t: TestApp;
  let planner: Person;
  let fx: AppointmentFixture;
  let day: string;
  before(async () => (t = await createTestApp()));
  beforeEach(async () => {
    await t.reset();
    fx = await insertAppointmentFixture(t.db);
    planner = await staffMember(t, [], { permissions: [PLAN_PERMISSION] });
    // The Monday two weeks back: its week holds this day only.
    const today = berlinDay(new Date());
    const monday = addDays(today, -((new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7));
    day = addDays(monday, -14);
    for (const counterId of fx.rathaus.counters) await insertSlots(t.db, { locationId: fx.rathaus.id, counterId }, day);
    const at = (time: string) => berlinMoment(day, time)!;
    const visit = async (
      counter: 0 | 1,
      time: string,
      times: { checkedIn?: string; called?: string; done?: string; state: 'done' | 'no_show' | 'cancelled' },
    ) => {
      const booking = await insertFixtureBooking(t.db, {
        locationId: fx.rathaus.id,
        counterId: fx.rathaus.counters[counter],
        serviceId: fx.services.personalausweis.id,
        day,
        time,
        units: 2,
        state: times.state,
      });
      await t.db
        .update(appointmentBookings)
        .set({
          checkedInAt: times.checkedIn ? at(times.checkedIn) : null,
          calledAt: times.called ? at(times.called) : null,
          doneAt: times.done ? at(times.done) : null,
        })
        .where(eq(appointmentBookings.id, booking.id));
      if (times.state === 'cancelled') await releaseUnits(t.db, booking.id);
    };
    await visit(0, '09:00', { checkedIn: '08:55', called: '09:04', done: '09:19', state: 'done' });
    await visit(0, '09:20', { checkedIn: '09:25', called: '09:35', done: '09:45', state: 'done' });
    await visit(1, '10:00', { checkedIn: '09:50', called: '10:20', done: '10:50', state: 'done' });
    await visit(1, '11:00', { state: 'no_show' });
    await visit(0, '11:30', { state: 'cancelled' });
    await t.db.insert(appointmentBookings).values({
      reference: 'T-WALK-IN1',
      kind: 'walk_in',
      state: 'done',
      locationId: fx.rathaus.id,
      counterId: fx.rathaus.counters[1],
      day,
      checkedInAt: at('10:00'),
      calledAt: at('10:06'),
      doneAt: at('10:11'),
    });
    await t.settled();
  });
  after(() => t.close());

  it('counts the day and takes median and 90th percentile of waiting and service times, and the utilisation', async () => {
    const [week] = await figuresByPeriod(t.db, { period: 'week', locationId: fx.rathaus.id, from: day, until: addDays(day, 6) });
    assert.deepEqual(week, {
      start: day,
      booked: 4,
      walkIns: 1,
      noShows: 1,
      cancelled: 1,
      waitMedian: 8,
      waitP90: 17,
      serviceMedian: 12.5,
      serviceP90: 25.5,
      utilisation: 16.7,
    });
    const [branch] = await figuresByPeriod(t.db, { period: 'week', locationId: fx.branch.id, from: day, until: addDays(day, 6) });
    assert.deepEqual([branch!.booked, branch!.waitMedian, branch!.utilisation], [0, null, null], 'another location: nothing, no times, no units');
  });

  it('shows the figures as charts with their tables, per location and week or month', async () => {
    const page = await planner.get(`${STAFF_PATHS.statistics}?standort=rathaus&zeitraum=wochen`);
    assert.equal(page.statusCode, 200);
    const charts = parseHtml(page.body).querySelectorAll('.chart-with-table');
    assert.equal(charts.length, 4, 'appointments, waiting, service, utilisation');
    const rowsOf = (index: number) => tableRows(charts[index]!);
    assert.equal(rowsOf(0).length, 13, 'eight weeks back, this one, four ahead');
    const ofTheDay = (index: number) =>
      rowsOf(index)
        .find((row) => row.slice(1).some((cell) => cell !== '0' && cell !== '–'))
        ?.slice(1);
    assert.deepEqual(ofTheDay(0), ['4', '1', '1', '1']);
    assert.deepEqual(ofTheDay(1), ['8', '17']);
    assert.deepEqual(ofTheDay(2), ['12,5', '25,5']);
    assert.match(textOf(page.body), /Wartezeit in Minuten je Woche/);
    const months = await planner.get(`${STAFF_PATHS.statistics}?zeitraum=monate&standort=unbekannt`);
    assert.equal(months.statusCode, 200);
    assert.match(textOf(months.body), /Termine je Monat/);
    assert.equal(tableRows(months.body).length, 7, 'five months back, this one and the next');
    const odd = await planner.get(`${STAFF_PATHS.statistics}?zeitraum=jahre&zeitraum=monate&standort[]=x`);
    assert.equal(odd.statusCode, 200, 'odd query values fall back to the defaults');
    assert.match(textOf(odd.body), /Termine je Woche/);
  });
});
