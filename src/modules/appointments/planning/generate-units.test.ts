import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { openTestDatabase, TEST_DATABASE_URL, type TestDatabase } from '../../../../tests/support/database';
import { queryRows, type Database } from '../../../kernel/db';
import { addDays, berlinMoment, berlinTime, publicHolidaysBetween } from '../../../kernel/time';
import { appointmentsModule } from '../index';
import { appointmentClosures, appointmentOpeningHours, appointmentReleaseWaves } from '../tables';
import { insertAppointmentFixture, insertFixtureBooking, type AppointmentFixture } from '../test-support';
import { generateUnits } from './generate-units';

const STATE = 'Nordrhein-Westfalen';
/** Friday 29 May 2026, 06:00: the window of a week holds Fronleichnam (Thursday 4 June). */
const TODAY = '2026-05-29';
const NOW = berlinMoment(TODAY, '06:00')!;
const FRONLEICHNAM = '2026-06-04';

/** The fixture's opening hours: Monday to Friday 08:00–12:00 and 14:00–16:00. */
const HOURS: Array<[string, string]> = [
  ['08:00', '12:00'],
  ['14:00', '16:00'],
];

/**
 * The same units made plainly in JavaScript, one by one: the reference for the statement (no
 * closures, no waves; the fixture's opening hours, 10-minute units, holidays of NRW).
 */
function plainUnits(counters: readonly string[], windowDays: number): string[] {
  const holidays = publicHolidaysBetween(STATE, TODAY, addDays(TODAY, windowDays));
  const units: string[] = [];
  for (let offset = 0; offset <= windowDays; offset++) {
    const day = addDays(TODAY, offset);
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6 || holidays.has(day)) continue;
    for (const counter of counters) {
      for (const [opens, closes] of HOURS) {
        for (let start = berlinMoment(day, opens)!; start < berlinMoment(day, closes)!; start = new Date(start.getTime() + 600_000)) {
          units.push(`${counter} ${start.toISOString()}`);
        }
      }
    }
  }
  return units.sort();
}

describe(`the units generator (${TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
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
    fx = await insertAppointmentFixture(db, TODAY);
    await db.execute(sql`delete from appointment_slots`);
  });

  const generate = (windowDays = 7, now = NOW) => generateUnits(db, { state: STATE, localHolidays: [], windowDays, now });
  const unitsOf = async (counterId: string) =>
    (
      await queryRows<{ startsAt: Date | string }>(
        db,
        sql`select starts_at as "startsAt" from appointment_slots where counter_id = ${counterId} order by starts_at`,
      )
    ).map((row) => new Date(row.startsAt));
  const onDay = (units: Date[], day: string) => units.filter((unit) => unit >= berlinMoment(day, '00:00')! && unit < berlinMoment(addDays(day, 1), '00:00')!);

  it('makes the units of the opening hours, with the break, without weekends and holidays, as the plain version does', async () => {
    const made = await generate();
    const rows = await queryRows<{ key: string }>(
      db,
      sql`select counter_id || ' ' || to_char(starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "key" from appointment_slots`,
    );
    const expected = plainUnits([...fx.rathaus.counters, fx.branch.counter], 7);
    assert.deepEqual(rows.map((row) => row.key).sort(), expected);
    assert.equal(made.added, expected.length);
    assert.equal(expected.length, 3 * 5 * 36, 'three counters, five working days (Fronleichnam off), 36 units a day');
    const monday = onDay(await unitsOf(fx.rathaus.counters[0]), '2026-06-01').map(berlinTime);
    assert.equal(monday.includes('11:50'), true);
    assert.equal(monday.includes('12:00') || monday.includes('13:50'), false, 'no units in the lunch break');
    assert.equal(onDay(await unitsOf(fx.rathaus.counters[0]), FRONLEICHNAM).length, 0);
  });

  it('makes no units on the town’s own holidays either', async () => {
    await generateUnits(db, { state: STATE, localHolidays: [{ name: 'Stadtfest', monthDay: '06-01' }], windowDays: 7, now: NOW });
    const units = await unitsOf(fx.branch.counter);
    assert.equal(onDay(units, '2026-06-01').length, 0, 'Monday, the town’s own holiday');
    assert.equal(onDay(units, '2026-06-02').length, 36);
  });

  it('is idempotent and leaves past units alone', async () => {
    await generate();
    const again = await generate();
    assert.deepEqual(again, { added: 0, removed: 0 });
    const later = await generate(7, berlinMoment('2026-06-01', '10:00')!);
    assert.equal(later.removed, 0, 'the units of the morning already past stay');
    assert.equal(later.added, 36 * 3, 'one new working day (Monday 8 June) at three counters');
  });

  it('leaves out closures of the location (whole days) and of one counter (hours)', async () => {
    await db.insert(appointmentClosures).values([
      { locationId: fx.rathaus.id, firstDay: '2026-06-01', lastDay: '2026-06-02', reason: 'Umzug der Server' },
      {
        locationId: fx.rathaus.id,
        counterId: fx.rathaus.counters[1],
        firstDay: '2026-06-03',
        lastDay: '2026-06-03',
        fromTime: '10:05',
        untilTime: '11:00',
        reason: 'Schulung',
      },
    ]);
    await generate();
    const first = await unitsOf(fx.rathaus.counters[0]);
    const second = await unitsOf(fx.rathaus.counters[1]);
    assert.equal(onDay(first, '2026-06-01').length + onDay(first, '2026-06-02').length, 0);
    assert.equal(onDay(await unitsOf(fx.branch.counter), '2026-06-01').length, 36, 'the branch is open');
    assert.equal(onDay(first, '2026-06-03').length, 36);
    const closedHours = onDay(second, '2026-06-03').map(berlinTime);
    assert.equal(closedHours.length, 36 - 6, '10:00 (overlapping 10:05) to 10:50 are closed');
    assert.equal(closedHours.includes('10:00') || closedHours.includes('10:50'), false);
    assert.equal(closedHours.includes('09:50') && closedHours.includes('11:00'), true);
  });

  it('spreads a day’s units over the release waves by their shares', async () => {
    await db.insert(appointmentReleaseWaves).values([
      { locationId: fx.rathaus.id, daysAhead: 28, atTime: '07:00', sharePercent: 70 },
      { locationId: fx.rathaus.id, daysAhead: 2, atTime: '07:00', sharePercent: 30 },
    ]);
    await generate();
    const waves = await queryRows<{ releasedAt: Date | string; n: number; morning: number }>(
      db,
      sql`select released_at as "releasedAt", count(*)::int as "n",
          count(*) filter (where (starts_at at time zone 'Europe/Berlin')::time < '12:00')::int as "morning"
        from appointment_slots where location_id = ${fx.rathaus.id} and starts_at >= ${berlinMoment('2026-06-03', '00:00')}
          and starts_at < ${berlinMoment('2026-06-04', '00:00')} group by released_at order by released_at`,
    );
    assert.deepEqual(
      waves.map((wave) => [new Date(wave.releasedAt).toISOString(), wave.n]),
      [
        [berlinMoment(addDays('2026-06-03', -28), '07:00')!.toISOString(), 48],
        [berlinMoment('2026-06-01', '07:00')!.toISOString(), 24],
      ],
      '12 blocks of an hour at a counter: 8 (70 %, rounded) and 4',
    );
    const blocks = await queryRows<{ waves: number }>(
      db,
      sql`select count(distinct released_at)::int as "waves" from appointment_slots where location_id = ${fx.rathaus.id}
        group by counter_id, date_trunc('hour', starts_at)`,
    );
    assert.ok(
      blocks.every((block) => block.waves === 1),
      'an hour at a counter is released at once, so a run of units is bookable',
    );
    assert.ok(waves[1]!.morning >= 12 && waves[1]!.morning <= 18, 'the late wave has mornings and afternoons alike');
    const branch = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as "n" from appointment_slots where location_id = ${fx.branch.id} and released_at <> ${NOW}`,
    );
    assert.equal(branch[0]!.n, 0, 'without waves the branch’s units are bookable at once');
  });

  it('removes free units that no longer belong and never touches a booked one', async () => {
    await generate();
    const booking = await insertFixtureBooking(db, {
      locationId: fx.rathaus.id,
      counterId: fx.rathaus.counters[0],
      serviceId: fx.services.personalausweis.id,
      day: '2026-06-02',
      time: '15:00',
      units: 2,
    });
    // A new timetable from 2 June: mornings only.
    await db
      .insert(appointmentOpeningHours)
      .values([1, 2, 3, 4, 5].map((weekday) => ({ locationId: fx.rathaus.id, weekday, opens: '08:00', closes: '12:00', validFrom: '2026-06-02' })));
    const made = await generate();
    assert.equal(made.added, 0);
    assert.equal(made.removed, 3 * 2 * 12 - 2, 'three afternoons (2, 3, 5 June) at two counters, less the booked units');
    const held = await queryRows<{ n: number }>(db, sql`select count(*)::int as "n" from appointment_slots where booking_id = ${booking.id}`);
    assert.equal(held[0]!.n, 2);
    assert.equal(onDay(await unitsOf(fx.rathaus.counters[1]), '2026-06-01').length, 36, 'the old timetable still holds on 1 June');
  });
});
