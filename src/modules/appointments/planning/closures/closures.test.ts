import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { errorMessages, hiddenValue, textOf } from '../../../../../tests/support/html';
import { mailsTo } from '../../../../../tests/support/mail';
import { smsOutbox } from '../../../../kernel/sms';
import { staffMember, type Person } from '../../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../../tests/support/test-app';
import { auditLog } from '../../../../kernel/audit';
import { queryRows } from '../../../../kernel/db';
import { addDays, berlinDay, publicHolidaysBetween } from '../../../../kernel/time';
import { PATHS, STAFF_PATHS } from '../../paths';
import { manageSecretOf, PLAN_PERMISSION } from '../../policies';
import { appointmentBookings, appointmentClosures } from '../../tables';
import { insertAppointmentFixture, insertFixtureBooking, type AppointmentFixture } from '../../test-support';

/**
 * The fixture's day to count from: today, or the first later day whose next three weekdays are no
 * public holidays (the generator withdraws a holiday's units, which would change the counts below).
 */
function fixtureToday(): string {
  for (let day = berlinDay(new Date()); ; day = addDays(day, 1)) {
    const holidays = publicHolidaysBetween('Nordrhein-Westfalen', day, addDays(day, 7));
    const weekdays = [1, 2, 3, 4, 5, 6, 7].map((offset) => addDays(day, offset)).filter((next) => ![0, 6].includes(new Date(`${next}T12:00:00Z`).getUTCDay()));
    if (weekdays.slice(0, 3).every((next) => !holidays.has(next))) return day;
  }
}

describe('closures after bookings (issue 14, point 3)', () => {
  let t: TestApp;
  let planner: Person;
  let fx: AppointmentFixture;
  before(async () => (t = await createTestApp()));
  beforeEach(async () => {
    await t.reset();
    fx = await insertAppointmentFixture(t.db, fixtureToday());
    await t.settled();
    planner = await staffMember(t, [], { permissions: [PLAN_PERMISSION] });
  });
  after(() => t.close());

  const book = (counter: 0 | 1, time: string, email: string) =>
    insertFixtureBooking(t.db, {
      locationId: fx.rathaus.id,
      counterId: fx.rathaus.counters[counter],
      serviceId: fx.services.personalausweis.id,
      day: fx.days[0]!,
      time,
      units: 2,
      email,
    });
  const freeUnits = async (counter: string, from: string, until: string) =>
    (
      await queryRows<{ n: number }>(
        t.db,
        sql`select count(*)::int as "n" from appointment_slots where counter_id = ${counter} and booking_id is null
          and (starts_at at time zone 'Europe/Berlin')::date = ${fx.days[0]}::date
          and (starts_at at time zone 'Europe/Berlin')::time >= ${from}::time and (starts_at at time zone 'Europe/Berlin')::time < ${until}::time`,
      )
    )[0]!.n;

  it('asks to confirm, then cancels the covered bookings by the office, frees and withdraws their units and mails each person the link to rebook', async () => {
    const erika = await book(0, '09:00', 'erika@example.org');
    const max = await book(1, '10:40', 'max@example.org');
    const outside = await book(1, '11:20', 'else@example.org');
    // Erika asked for the SMS reminder, so the notice goes by SMS too.
    await t.db.update(appointmentBookings).set({ phone: '+491701234567' }).where(eq(appointmentBookings.id, erika.id));
    const form = { place: fx.rathaus.id, firstDay: fx.days[0]!, fromTime: '09:00', untilTime: '11:00', reason: 'Betriebsversammlung' };

    const asked = await planner.submit(STAFF_PATHS.planningClosures, form);
    assert.equal(asked.statusCode, 200);
    assert.match(textOf(asked.body), /In dieser Zeit sind 2 Termine gebucht/);
    assert.equal(hiddenValue(asked.body, 'confirmedCancellations'), '2');
    assert.equal((await t.db.select().from(appointmentClosures)).length, 0, 'nothing happens before the confirmation');

    const done = await planner.post(STAFF_PATHS.planningClosures, { ...form, confirmedCancellations: '2' });
    assert.equal(done.statusCode, 303);
    const states = await t.db
      .select({ id: appointmentBookings.id, state: appointmentBookings.state, by: appointmentBookings.cancelledBy })
      .from(appointmentBookings);
    const stateOf = (id: string) => states.find((row) => row.id === id);
    assert.deepEqual(
      [stateOf(erika.id), stateOf(max.id), stateOf(outside.id)].map((row) => `${row!.state} ${row!.by}`),
      ['cancelled office', 'cancelled office', 'booked null'],
    );
    const held = await queryRows<{ n: number }>(t.db, sql`select count(*)::int as "n" from appointment_slots where booking_id in (${erika.id}, ${max.id})`);
    assert.equal(held[0]!.n, 0, 'their units are given back');
    assert.equal(await freeUnits(fx.rathaus.counters[0], '09:00', '11:00'), 0, 'and withdrawn with the closure');
    assert.equal(await freeUnits(fx.rathaus.counters[0], '08:00', '09:00'), 6, 'the rest of the day stays');

    const [mail] = await mailsTo(t, 'erika@example.org');
    assert.ok(mail);
    assert.match(mail.subject, new RegExp(`Ihr Termin ${erika.reference} ist abgesagt`));
    assert.match(mail.text, /Grund: Betriebsversammlung/);
    assert.match(mail.text, /Bürgerbüro im Rathaus, Schillerplatz 7, 58636 Iserlohn/);
    assert.ok(
      mail.text.includes(`Wählen Sie über diesen Link einen neuen Termin: ${t.config.baseUrl}${PATHS.manage(manageSecretOf(t.config.secret, erika.id))}`),
    );
    assert.equal((await mailsTo(t, 'max@example.org')).length, 1);
    assert.equal((await mailsTo(t, 'else@example.org')).length, 0);
    const texts = await t.db.select({ to: smsOutbox.toNumber, text: smsOutbox.text }).from(smsOutbox);
    assert.deepEqual(
      texts.map((sms) => sms.to),
      ['+491701234567'],
      'one SMS, to the one who gave a number',
    );
    assert.match(texts[0]!.text, new RegExp(`\\(${erika.reference}\\) fällt aus: Betriebsversammlung\\. Neuen Termin wählen: http`));
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'appointments.closure.created'));
    assert.deepEqual((entry!.details as { cancelled: string[] }).cancelled.sort(), [erika.reference, max.reference].sort());
    assert.match(textOf((await planner.get(STAFF_PATHS.planningClosures)).body), /2 Termine sind abgesagt; 2 Personen bekommen eine E-Mail/);
  });

  it('asks again when the number changed meanwhile, and closes one counter only', async () => {
    await book(0, '09:00', 'erika@example.org');
    const form = { place: fx.rathaus.id, firstDay: fx.days[0]!, reason: 'Stromausfall' };
    await planner.submit(STAFF_PATHS.planningClosures, form);
    await book(1, '09:00', 'max@example.org');
    const again = await planner.post(STAFF_PATHS.planningClosures, { ...form, confirmedCancellations: '1' });
    assert.equal(again.statusCode, 200);
    assert.match(textOf(again.body), /In dieser Zeit sind 2 Termine gebucht/);

    const counterOnly = await planner.post(STAFF_PATHS.planningClosures, {
      place: `${fx.rathaus.id}:${fx.rathaus.counters[1]}`,
      firstDay: fx.days[1]!,
      lastDay: fx.days[2]!,
      reason: 'Schulung',
    });
    assert.equal(counterOnly.statusCode, 303, 'no booking there: closed at once');
    assert.equal(await freeUnits(fx.rathaus.counters[1], '08:00', '12:00'), 22, 'the first day keeps its units');
    const days = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as "n" from appointment_slots where counter_id = ${fx.rathaus.counters[1]}
        and (starts_at at time zone 'Europe/Berlin')::date between ${fx.days[1]}::date and ${fx.days[2]}::date`,
    );
    assert.equal(days[0]!.n, 0);
  });

  it('refuses a closure in the past, days or hours in the wrong order, half-given hours and an unknown place (400)', async () => {
    const today = berlinDay(new Date());
    const cases: Array<[Record<string, string>, string[]]> = [
      [{ place: fx.rathaus.id, firstDay: addDays(today, -1), reason: 'x' }, ['Der erste Tag darf nicht in der Vergangenheit liegen.']],
      [{ place: fx.rathaus.id, firstDay: fx.days[1]!, lastDay: fx.days[0]!, reason: 'x' }, ['Der letzte Tag darf nicht vor dem ersten liegen.']],
      [
        { place: fx.rathaus.id, firstDay: fx.days[0]!, fromTime: '10:00', reason: 'x' },
        ['Geben Sie Beginn und Ende an, oder keines von beiden für ganze Tage.'],
      ],
      [{ place: fx.rathaus.id, firstDay: fx.days[0]!, fromTime: '10:00', untilTime: '9:30', reason: 'x' }, ['Das Ende muss nach dem Beginn liegen.']],
      [
        { place: `${fx.branch.id}:${fx.rathaus.counters[0]}`, firstDay: fx.days[0]!, reason: 'x' },
        ['Wählen Sie einen Standort oder einen Platz aus der Liste.'],
      ],
      [
        { place: '', firstDay: '31.02.2027', reason: '' },
        ['Wählen Sie, was geschlossen ist.', 'Geben Sie den ersten Tag als Datum an, zum Beispiel 24.12.2026.', 'Geben Sie den Grund an.'],
      ],
    ];
    for (const [form, messages] of cases) {
      const response = await planner.submit(STAFF_PATHS.planningClosures, form);
      assert.equal(response.statusCode, 400, JSON.stringify(form));
      assert.deepEqual(errorMessages(response.body), messages);
    }
    assert.equal((await t.db.select().from(appointmentClosures)).length, 0);
  });

  it('lifts a closure: its units come back', async () => {
    await planner.submit(STAFF_PATHS.planningClosures, { place: fx.branch.id, firstDay: fx.days[0]!, reason: 'Umzug' });
    assert.equal(await freeUnits(fx.branch.counter, '08:00', '16:00'), 0);
    const [closure] = await t.db.select().from(appointmentClosures);
    const lifted = await planner.submit(STAFF_PATHS.planningClosures, {}, STAFF_PATHS.planningClosureDelete(closure!.id));
    assert.equal(lifted.statusCode, 303);
    assert.equal(await freeUnits(fx.branch.counter, '08:00', '16:00'), 36);
  });
});
