import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { errorMessages, errorSummary, textOf } from '../../../../tests/support/html';
import { staffMember, type Person } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { auditLog } from '../../../kernel/audit';
import { queryRows } from '../../../kernel/db';
import { addDays, berlinDay, publicHolidaysBetween } from '../../../kernel/time';
import { STAFF_PATHS } from '../paths';
import { PLAN_PERMISSION } from '../policies';
import {
  appointmentBookings,
  appointmentCounters,
  appointmentLocations,
  appointmentOpeningHours,
  appointmentReleaseWaves,
  appointmentServices,
} from '../tables';
import { insertAppointmentFixture, insertFixtureBooking, type AppointmentFixture } from '../test-support';

const LOCATION = {
  name: 'Bürgerbüro Hennen',
  slug: 'hennen',
  departmentId: 'buergerservice',
  street: 'Kirchstraße 1',
  postalCode: '58640',
  city: 'Iserlohn',
  directions: 'Bus 3 bis Hennen Kirche.',
  accessibility: 'Stufenloser Eingang.',
  slotMinutes: '15',
  ticketPrefix: 'H',
  active: 'ja',
};

/** Monday to Friday 08:00–12:00, Thursday also 14:00–18:00, from today. */
function hoursForm(today: string, changes: Record<string, string> = {}): Record<string, string> {
  const form: Record<string, string> = { validFrom: today };
  for (const weekday of [1, 2, 3, 4, 5]) Object.assign(form, { [`opens-${weekday}-a`]: '8:00', [`closes-${weekday}-a`]: '12:00' });
  return { ...form, 'opens-4-b': '14.00', 'closes-4-b': '18', ...changes };
}

/** The units of one counter from tomorrow to the window's end (28 days) for `hoursForm` in 15-minute units. */
function expectedUnits(today: string): number {
  const holidays = publicHolidaysBetween('Nordrhein-Westfalen', today, addDays(today, 28));
  let units = 0;
  for (let offset = 1; offset <= 28; offset++) {
    const day = addDays(today, offset);
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    if (weekday >= 1 && weekday <= 5 && !holidays.has(day)) units += weekday === 4 ? 32 : 16;
  }
  return units;
}

describe('slot planning in /verwaltung', () => {
  let t: TestApp;
  let planner: Person;
  let today: string;
  let fx: AppointmentFixture;
  before(async () => (t = await createTestApp()));
  beforeEach(async () => {
    await t.reset();
    fx = await insertAppointmentFixture(t.db);
    await t.settled();
    planner = await staffMember(t, [], { permissions: [PLAN_PERMISSION] });
    today = berlinDay(new Date());
  });
  after(() => t.close());

  const audited = async () => (await t.db.select({ action: auditLog.action }).from(auditLog)).map((row) => row.action).sort();
  const unitsAt = async (locationId: string) =>
    (await queryRows<{ n: number }>(t.db, sql`select count(*)::int as "n" from appointment_slots where location_id = ${locationId}`))[0]!.n;

  it('plans a new location: its data, a counter with services, opening hours and release waves make its units; audited', async () => {
    const created = await planner.submit(STAFF_PATHS.planningNewLocation, LOCATION);
    assert.equal(created.statusCode, 303);
    const [location] = await t.db.select().from(appointmentLocations).where(eq(appointmentLocations.slug, 'hennen'));
    assert.deepEqual([location!.name, location!.slotMinutes, location!.ticketPrefix, location!.active], ['Bürgerbüro Hennen', 15, 'H', true]);
    const [service] = await t.db.select().from(appointmentServices).where(eq(appointmentServices.slug, 'personalausweis'));
    assert.equal((await planner.submit(STAFF_PATHS.planningNewCounter(location!.id), { name: 'Platz 1', services: [service!.id] })).statusCode, 303);
    assert.equal(await unitsAt(location!.id), 0, 'no opening hours yet');
    assert.equal((await planner.submit(STAFF_PATHS.planningHours(location!.id), hoursForm(today))).statusCode, 303);
    const hours = await t.db.select().from(appointmentOpeningHours).where(eq(appointmentOpeningHours.locationId, location!.id));
    assert.equal(hours.length, 6);
    assert.ok(hours.some((row) => row.weekday === 4 && row.opens === '14:00:00' && row.closes === '18:00:00'));
    const fromTomorrow = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as "n" from appointment_slots where location_id = ${location!.id} and (starts_at at time zone 'Europe/Berlin')::date > ${today}::date`,
    );
    assert.equal(fromTomorrow[0]!.n, expectedUnits(today), 'the window of 28 days: 16 units a morning, 16 more on Thursday afternoons, none on holidays');
    const waves = await planner.submit(STAFF_PATHS.planningWaves(location!.id), {
      'days-1': '28',
      'time-1': '7:00',
      'share-1': '70',
      'days-2': '2',
      'time-2': '07:00',
      'share-2': '30',
    });
    assert.equal(waves.statusCode, 303);
    assert.equal((await t.db.select().from(appointmentReleaseWaves).where(eq(appointmentReleaseWaves.locationId, location!.id))).length, 2);
    const page = textOf((await planner.get(STAFF_PATHS.planningLocation(location!.id))).body);
    for (const expected of [
      'Kirchstraße 1, 58640 Iserlohn',
      'Platz 1',
      'Personalausweis beantragen',
      'Donnerstag: 08:00–12:00, 14:00–18:00 Uhr',
      '70 % 28 Tage vorher um 07:00 Uhr',
    ]) {
      assert.ok(page.includes(expected), expected);
    }
    assert.deepEqual(await audited(), [
      'appointments.counter.created',
      'appointments.hours.saved',
      'appointments.location.created',
      'appointments.waves.saved',
    ]);
  });

  it('says of a release wave beyond the booking window that it releases when the day enters the window', async () => {
    const saved = await planner.submit(STAFF_PATHS.planningWaves(fx.branch.id), { 'days-1': '60', 'time-1': '07:00', 'share-1': '100' });
    assert.equal(saved.statusCode, 303);
    const [unreleased] = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as "n" from appointment_slots where location_id = ${fx.branch.id} and released_at > now()`,
    );
    assert.equal(unreleased!.n, 0, 'the model: a day is made inside the window, after the wave’s time, so on sale at once');
    const beyond = '100 % 60 Tage vorher um 07:00 Uhr, liegt vor dem Buchungszeitraum: erst buchbar 28 Tage vorher kurz nach Mitternacht';
    assert.ok(textOf((await planner.get(STAFF_PATHS.planningLocation(fx.branch.id))).body).includes(beyond), 'in the list of waves');
    const form = textOf((await planner.get(STAFF_PATHS.planningWaves(fx.branch.id))).body);
    assert.match(form, /Termine sind höchstens 28 Tage im Voraus buchbar \(Buchungszeitraum\)\. Eine Welle mit mehr Tagen vorher/);
    assert.ok(form.includes(beyond), 'in the form’s present waves');

    await planner.submit(STAFF_PATHS.planningWaves(fx.branch.id), { 'days-1': '28', 'time-1': '07:00', 'share-1': '100' });
    assert.ok(
      !textOf((await planner.get(STAFF_PATHS.planningLocation(fx.branch.id))).body).includes('liegt vor dem Buchungszeitraum'),
      'within the window: no note',
    );
  });

  it('tells the planner of booked appointments left outside shorter opening hours (they stay until a closure)', async () => {
    const booked = (time: string) =>
      insertFixtureBooking(t.db, {
        locationId: fx.rathaus.id,
        counterId: fx.rathaus.counters[0],
        serviceId: fx.services.personalausweis.id,
        day: fx.days[0]!,
        time,
        units: 2,
      });
    await booked('09:00');
    const late = await booked('11:00');
    const noteAfter = async (closes: string) => {
      const form = hoursForm(today, Object.fromEntries([1, 2, 3, 4, 5].map((weekday) => [`closes-${weekday}-a`, closes])));
      const saved = await planner.submit(STAFF_PATHS.planningHours(fx.rathaus.id), form);
      assert.equal(saved.statusCode, 303);
      return textOf((await planner.get(String(saved.headers.location))).body);
    };
    assert.match(await noteAfter('12:00'), /Die Öffnungszeiten sind gespeichert; die buchbaren Zeiten sind angepasst\. Bürgerbüro/);
    assert.match(
      await noteAfter('10:30'),
      /1 gebuchter Termin liegt außerhalb der neuen Öffnungszeiten und bleibt bestehen\. Um ihn abzusagen und die Personen zu benachrichtigen, tragen Sie für diese Zeit einen Schließtag ein\./,
    );
    assert.equal((await t.db.select().from(appointmentBookings).where(eq(appointmentBookings.id, late.id)))[0]?.state, 'booked');
  });

  it('shows each form again with 400, an error summary and the message at the field', async () => {
    const location = await planner.submit(STAFF_PATHS.planningNewLocation, {
      ...LOCATION,
      slug: 'rathaus',
      postalCode: '586',
      slotMinutes: '90',
      ticketPrefix: 'ab',
    });
    assert.equal(location.statusCode, 400);
    assert.deepEqual(errorMessages(location.body), [
      'Geben Sie die Postleitzahl mit fünf Ziffern an.',
      'Die Länge einer Zeiteinheit liegt zwischen 5 und 60.',
      'Geben Sie einen Großbuchstaben an, zum Beispiel A.',
    ]);
    assert.deepEqual(
      errorSummary(location.body).map((entry) => entry.href),
      ['#postalCode', '#slotMinutes', '#ticketPrefix'],
      'the form’s own checks first; the address name is checked once they pass',
    );
    const taken = await planner.submit(STAFF_PATHS.planningNewLocation, { ...LOCATION, slug: 'rathaus' });
    assert.deepEqual(errorMessages(taken.body), ['Diese Kurzbezeichnung hat schon der Standort „Bürgerbüro im Rathaus“.']);
    assert.match(taken.body, /value="Kirchstraße 1"/, 'the input is kept');

    const [rathaus] = await t.db.select().from(appointmentLocations).where(eq(appointmentLocations.slug, 'rathaus'));
    const hours = await planner.submit(
      STAFF_PATHS.planningHours(rathaus!.id),
      hoursForm(today, { 'closes-1-a': '07:30', 'opens-4-b': '11:00', 'opens-2-b': '14:00', 'opens-3-a': '25:00', validFrom: addDays(today, -1) }),
    );
    assert.equal(hours.statusCode, 400);
    assert.deepEqual(errorMessages(hours.body), [
      'Am Montag muss die Schließzeit nach der Öffnungszeit (08:00) liegen.',
      'Geben Sie an, wann am Dienstag geschlossen wird.',
      'Geben Sie die Öffnungszeit am Mittwoch als Uhrzeit an, zum Beispiel 08:00.',
      'Am Donnerstag überschneiden sich die Zeiten: die zweite beginnt vor 12:00, dem Ende der ersten.',
      'Die Zeiten können nicht für die Vergangenheit gelten: geben Sie heute oder einen späteren Tag an.',
    ]);
    assert.deepEqual(
      errorSummary(hours.body).map((entry) => entry.href),
      ['#closes-1-a', '#closes-2-b', '#opens-3-a', '#opens-4-b', '#validFrom'],
    );

    const waves = await planner.submit(STAFF_PATHS.planningWaves(rathaus!.id), {
      'days-1': '28',
      'time-1': '07:00',
      'share-1': '70',
      'days-2': '2',
      'time-2': '07:00',
      'share-2': '20',
    });
    assert.equal(waves.statusCode, 400);
    assert.deepEqual(errorMessages(waves.body), ['Die Anteile ergeben zusammen 90 %; sie müssen zusammen 100 % ergeben.']);

    const service = await planner.submit(STAFF_PATHS.planningNewService, { name: 'Reisepass', slug: 'Reise Pass', durationMinutes: '0', maxQuantity: '1' });
    assert.equal(service.statusCode, 400);
    assert.deepEqual(
      errorSummary(service.body).map((entry) => entry.href),
      ['#slug', '#durationMinutes'],
    );
    assert.deepEqual(await audited(), [], 'nothing saved');
  });

  it('creates and changes services, what to bring one per line; a counter switched off loses its free units', async () => {
    const created = await planner.submit(STAFF_PATHS.planningNewService, {
      name: 'Reisepass beantragen',
      slug: 'reisepass',
      durationMinutes: '20',
      maxQuantity: '1',
      bring: '- Ihr Personalausweis\n\n• Ein biometrisches Passfoto ',
      note: 'Gebühr: 70 Euro.',
      active: 'ja',
    });
    assert.equal(created.statusCode, 303);
    const [service] = await t.db.select().from(appointmentServices).where(eq(appointmentServices.slug, 'reisepass'));
    assert.deepEqual(service!.bring, ['Ihr Personalausweis', 'Ein biometrisches Passfoto']);
    const list = textOf((await planner.get(STAFF_PATHS.planningServices)).body);
    assert.match(list, /Reisepass beantragen/);

    const [rathaus] = await t.db.select().from(appointmentLocations).where(eq(appointmentLocations.slug, 'rathaus'));
    const [counter] = await t.db.select().from(appointmentCounters).where(eq(appointmentCounters.locationId, rathaus!.id)).limit(1);
    const before = await unitsAt(rathaus!.id);
    const off = await planner.submit(STAFF_PATHS.planningCounter(rathaus!.id, counter!.id), { name: 'Platz 1', services: [service!.id] });
    assert.equal(off.statusCode, 303);
    const left = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as "n" from appointment_slots where counter_id = ${counter!.id} and starts_at > now()`,
    );
    assert.equal(left[0]!.n, 0);
    assert.ok((await unitsAt(rathaus!.id)) > 0 && before > 0);
  });

  it('answers 404 for a location, counter or service that does not exist or is malformed', async () => {
    for (const url of [
      STAFF_PATHS.planningLocation('kein-uuid'),
      STAFF_PATHS.planningLocation('00000000-0000-4000-8000-000000000000'),
      STAFF_PATHS.planningService('x'),
      STAFF_PATHS.planningCounter('00000000-0000-4000-8000-000000000000', 'x'),
    ]) {
      assert.equal((await planner.get(url)).statusCode, 404, url);
    }
    const [branch] = await t.db.select().from(appointmentLocations).where(eq(appointmentLocations.slug, 'letmathe'));
    const [rathausCounter] = await t.db
      .select()
      .from(appointmentCounters)
      .where(sql`location_id <> ${branch!.id}`)
      .limit(1);
    assert.equal((await planner.get(STAFF_PATHS.planningCounter(branch!.id, rathausCounter!.id))).statusCode, 404, 'a counter of another location');
  });
});
