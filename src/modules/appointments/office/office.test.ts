import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { count, eq, sql } from 'drizzle-orm';
import { auditLog } from '../../../kernel/audit';
import { queryRows } from '../../../kernel/db';
import { addDays, berlinDay } from '../../../kernel/time';
import { parseHtml, textOf } from '../../../../tests/support/html';
import { staffMember, type Person } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { emailHashOf } from '../limits/person-limits';
import { PATHS, STAFF_PATHS } from '../paths';
import { SERVE_PERMISSION } from '../policies';
import { appointmentBookings, appointmentNoShows } from '../tables';
import { insertAppointmentFixture, insertFixtureBooking, type AppointmentFixture } from '../test-support';

describe('the counters: check-in, call-up, done, no-show, walk-ins', () => {
  let t: TestApp;
  let fx: AppointmentFixture;
  let clerk: Person;
  const today = berlinDay(new Date());

  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());
  beforeEach(async () => {
    await t.reset();
    fx = await insertAppointmentFixture(t.db);
    clerk = await staffMember(t, [fx.departmentId], { permissions: [SERVE_PERMISSION] });
  });

  const booking = (overrides: { day?: string; time?: string; email?: string; locationId?: string; counterId?: string } = {}) =>
    insertFixtureBooking(t.db, {
      locationId: overrides.locationId ?? fx.rathaus.id,
      counterId: overrides.counterId ?? fx.rathaus.counters[0],
      serviceId: fx.services.personalausweis.id,
      day: overrides.day ?? today,
      time: overrides.time ?? '23:40',
      units: 2,
      ...(overrides.email ? { email: overrides.email } : {}),
    });
  const row = async (id: string) => (await t.db.select().from(appointmentBookings).where(eq(appointmentBookings.id, id)))[0]!;
  const audits = async () => (await t.db.select({ n: count() }).from(auditLog))[0]!.n;
  const post = async (url: string, form: Record<string, string | string[]> = {}) => {
    await clerk.get(STAFF_PATHS.dayPlanOf(fx.rathaus.slug, today));
    return clerk.post(url, form as Record<string, string>);
  };

  it('checks in on the day with the next call-up number of the location, and refuses a second check-in', async () => {
    const first = await booking();
    const second = await booking({ time: '23:20' });
    const branch = await booking({ locationId: fx.branch.id, counterId: fx.branch.counter });
    assert.equal((await post(STAFF_PATHS.bookingCheckIn(first.id))).statusCode, 303);
    assert.equal((await post(STAFF_PATHS.bookingCheckIn(second.id))).statusCode, 303);
    assert.equal((await post(STAFF_PATHS.bookingCheckIn(branch.id))).statusCode, 303);
    const [a, b, l] = [await row(first.id), await row(second.id), await row(branch.id)];
    assert.deepEqual([a.state, a.ticket, b.ticket, l.ticket], ['waiting', 'A 001', 'A 002', 'L 001']);
    assert.ok(a.checkedInAt);

    const before = await audits();
    const again = await post(STAFF_PATHS.bookingCheckIn(first.id));
    assert.equal(again.statusCode, 400);
    assert.match(again.body, new RegExp(`${first.reference} ist schon eingecheckt \\(Aufrufnummer A 001\\)`));
    assert.equal((await row(first.id)).ticket, 'A 001');
    assert.equal(await audits(), before, 'nothing written');
  });

  it('refuses a check-in on another day than the appointment', async () => {
    const later = await booking({ day: fx.days[0]!, time: '08:00' });
    const response = await post(STAFF_PATHS.bookingCheckIn(later.id));
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /nicht heute/);
    assert.equal((await row(later.id)).state, 'booked');
  });

  it('says on the booking’s page when there is no next step yet, or none any more', async () => {
    const later = await booking({ day: fx.days[0]!, time: '08:00' });
    const nextStep = async (id: string) => textOf((await clerk.get(STAFF_PATHS.booking(id))).body).split('Nächster Schritt')[1]!;
    assert.match(await nextStep(later.id), /^\s*Einchecken geht erst am Tag des Termins, \w+, \d+\. \w+ \d{4}\./);
    await t.db.update(appointmentBookings).set({ state: 'done' }).where(eq(appointmentBookings.id, later.id));
    assert.match(await nextStep(later.id), /^\s*Für diesen Termin ist hier nichts mehr zu tun\./);
    const now = await booking();
    assert.doesNotMatch(await nextStep(now.id), /Einchecken geht erst|nichts mehr zu tun/, 'a button, no note');
  });

  it('calls the next waiting person the counter can serve, then marks them done; a second call or done changes nothing', async () => {
    const early = await booking({ time: '23:00' });
    const late = await booking({ time: '23:30' });
    await post(STAFF_PATHS.bookingCheckIn(late.id));
    await post(STAFF_PATHS.bookingCheckIn(early.id));
    const call = await post(STAFF_PATHS.callNext(fx.rathaus.slug), { platz: fx.rathaus.counters[1] });
    assert.equal(call.statusCode, 303);
    const plan = parseHtml((await clerk.get(String(call.headers.location))).body);
    assert.equal(
      plan.querySelector('select[name="platz"] option[selected]')?.getAttribute('value'),
      fx.rathaus.counters[1],
      'the counter stays chosen for the next call',
    );
    const called = await row(early.id);
    assert.deepEqual(
      [called.state, called.calledCounterId, called.counterId],
      ['called', fx.rathaus.counters[1], fx.rathaus.counters[0]],
      'by appointment time, not arrival',
    );
    assert.ok(called.calledAt);

    const twice = await post(STAFF_PATHS.callNext(fx.rathaus.slug), { platz: fx.rathaus.counters[0], buchung: early.id });
    assert.equal(twice.statusCode, 400);
    assert.match(twice.body, /A 002 ist schon aufgerufen/);
    assert.equal((await row(early.id)).calledCounterId, fx.rathaus.counters[1]);

    assert.equal((await post(STAFF_PATHS.bookingDone(early.id))).statusCode, 303);
    assert.equal((await row(early.id)).state, 'done');
    const doneTwice = await post(STAFF_PATHS.bookingDone(early.id));
    assert.equal(doneTwice.statusCode, 400);
    assert.match(doneTwice.body, /A 002 ist schon erledigt/);
    const notCalled = await post(STAFF_PATHS.bookingDone(late.id));
    assert.match(notCalled.body, /A 001 wartet und ist noch nicht aufgerufen/);

    await post(STAFF_PATHS.callNext(fx.rathaus.slug), { platz: fx.rathaus.counters[0] });
    const nobody = await post(STAFF_PATHS.callNext(fx.rathaus.slug), { platz: fx.rathaus.counters[0] });
    assert.equal(nobody.statusCode, 400);
    assert.match(nobody.body, /Niemand wartet, den Platz 1 bedienen kann/);
    const noCounter = await post(STAFF_PATHS.callNext(fx.rathaus.slug), { platz: fx.branch.counter });
    assert.match(noCounter.body, /Wählen Sie Ihren Platz/);
  });

  it('ends the person still at a counter when that counter calls the next one, and no one at another counter', async () => {
    const [first, second, third] = [await booking({ time: '22:00' }), await booking({ time: '22:20' }), await booking({ time: '22:40' })];
    for (const b of [first, second, third]) await post(STAFF_PATHS.bookingCheckIn(b.id));
    await post(STAFF_PATHS.callNext(fx.rathaus.slug), { platz: fx.rathaus.counters[0] });
    await post(STAFF_PATHS.callNext(fx.rathaus.slug), { platz: fx.rathaus.counters[1] });
    assert.deepEqual([(await row(first.id)).state, (await row(second.id)).state], ['called', 'called']);
    const before = await audits();
    assert.equal((await post(STAFF_PATHS.callNext(fx.rathaus.slug), { platz: fx.rathaus.counters[0] })).statusCode, 303);
    const ended = await row(first.id);
    assert.deepEqual([ended.state, (await row(second.id)).state, (await row(third.id)).state], ['done', 'called', 'called']);
    assert.ok(ended.doneAt);
    assert.equal(await audits(), before + 2, 'the call and the end');
  });

  it('marks a past appointment as not attended and counts it against the address; a future one is refused', async () => {
    const yesterday = addDays(today, -1);
    const missed = await booking({ day: yesterday, time: '08:00', email: 'Vergesslich@Example.org' });
    assert.equal((await post(STAFF_PATHS.bookingNoShow(missed.id))).statusCode, 303);
    assert.equal((await row(missed.id)).state, 'no_show');
    const counted = await t.db.select().from(appointmentNoShows);
    assert.deepEqual(
      counted.map((n) => [n.emailHash, n.day, n.bookingId]),
      [[emailHashOf('vergesslich@example.org'), yesterday, missed.id]],
    );
    assert.equal((await post(STAFF_PATHS.bookingNoShow(missed.id))).statusCode, 400, 'not twice');
    assert.equal((await t.db.select().from(appointmentNoShows)).length, 1);

    const future = await booking({ day: fx.days[0]!, time: '08:00' });
    const early = await post(STAFF_PATHS.bookingNoShow(future.id));
    assert.equal(early.statusCode, 400);
    assert.match(early.body, /beginnt erst am/);
    assert.equal((await row(future.id)).state, 'booked');
  });

  it('takes a walk-in straight into the queue with a number and no contact', async () => {
    const form = await clerk.get(STAFF_PATHS.walkIn(fx.rathaus.slug));
    assert.equal(form.statusCode, 200);
    const empty = await clerk.post(STAFF_PATHS.walkIn(fx.rathaus.slug), {});
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /Wählen Sie mindestens eine Dienstleistung/);
    const taken = await clerk.post(STAFF_PATHS.walkIn(fx.rathaus.slug), { dienste: fx.services.meldebescheinigung.id });
    assert.equal(taken.statusCode, 303);
    const [walkIn] = await queryRows<{ kind: string; state: string; ticket: string; name: string | null; email: string | null; starts_at: Date | null }>(
      t.db,
      sql`select kind, state, ticket, name, email, starts_at from appointment_bookings`,
    );
    assert.deepEqual(walkIn, { kind: 'walk_in', state: 'waiting', ticket: 'A 001', name: null, email: null, starts_at: null });
    const elsewhere = await clerk.post(STAFF_PATHS.walkIn(fx.branch.slug), { dienste: fx.services.meldebescheinigung.id });
    assert.equal(elsewhere.statusCode, 400, 'the branch does not offer it');
  });

  it('shows the day plan with names for staff, and the waiting room only numbers and counters', async () => {
    const first = await booking({ time: '23:00' });
    await post(STAFF_PATHS.bookingCheckIn(first.id));
    await post(STAFF_PATHS.callNext(fx.rathaus.slug), { platz: fx.rathaus.counters[1] });
    const plan = await clerk.get(STAFF_PATHS.dayPlanOf(fx.rathaus.slug, today));
    assert.equal(plan.statusCode, 200);
    assert.match(plan.body, /Erika Mustermann/);
    assert.match(plan.body, new RegExp(first.reference));

    const display = await t.client().get(PATHS.display(fx.rathaus.slug));
    assert.equal(display.statusCode, 200);
    assert.match(display.body, /A 001<\/span> <span aria-hidden="true">→<\/span>/);
    assert.match(display.body, /Platz 2/);
    assert.match(display.body, /<noscript><meta http-equiv="refresh" content="12"\/?><\/noscript>/);
    assert.match(display.body, /aria-live="polite"/);
    for (const secret of ['Erika', 'Mustermann', 'erika@example.org', first.reference]) assert.ok(!display.body.includes(secret), secret);
    assert.equal((await t.client().get(PATHS.display('gibt-es-nicht'))).statusCode, 404);
  });

  it('shows the display as a bare page, its earlier calls only once there are some', async () => {
    const first = await booking({ time: '23:00' });
    await post(STAFF_PATHS.bookingCheckIn(first.id));
    await post(STAFF_PATHS.callNext(fx.rathaus.slug), { platz: fx.rathaus.counters[1] });
    const alone = await t.client().get(PATHS.display(fx.rathaus.slug));
    assert.match(alone.body, /<body class="bare-page">/);
    assert.match(alone.body, /<main id="main"[^>]*><div class="call-display"/);
    for (const part of ['site-header', '<footer', 'Hauptnavigation']) assert.ok(!alone.body.includes(part), part);
    assert.match(alone.body, /<section aria-labelledby="call-display-earlier" hidden/, 'nothing called before: hidden');

    const second = await booking({ time: '23:10' });
    await post(STAFF_PATHS.bookingCheckIn(second.id));
    await post(STAFF_PATHS.callNext(fx.rathaus.slug), { platz: fx.rathaus.counters[0] });
    const both = await t.client().get(PATHS.display(fx.rathaus.slug));
    assert.match(both.body, /<section aria-labelledby="call-display-earlier" data-call-earlier-part[^>]*>.*A 001/s);
    assert.match(both.body, /data-call-newest[^>]*>.*A 002/);
  });

  it('answers bad input with 400 or 404, never a 500', async () => {
    assert.equal((await clerk.get(STAFF_PATHS.dayPlanOf(fx.rathaus.slug, '2026-02-30'))).statusCode, 404);
    assert.equal((await clerk.get(STAFF_PATHS.dayPlanOf('gibt-es-nicht', today))).statusCode, 404);
    assert.equal((await clerk.get(STAFF_PATHS.booking('x'))).statusCode, 404);
    assert.equal((await clerk.get(STAFF_PATHS.booking('00000000-0000-4000-8000-000000000000'))).statusCode, 404);
    const garbageCounter = await post(STAFF_PATHS.callNext(fx.rathaus.slug), { platz: 'x', buchung: 'y' });
    assert.equal(garbageCounter.statusCode, 400);
    assert.match(garbageCounter.body, /Wählen Sie Ihren Platz/);
    const garbageServices = await post(STAFF_PATHS.walkIn(fx.rathaus.slug), { dienste: ['x', 'y'] });
    assert.equal(garbageServices.statusCode, 400);
    assert.equal((await post(STAFF_PATHS.bookingCheckIn('x'))).statusCode, 404);
    assert.equal((await t.client().get(PATHS.display('a'.repeat(90)))).statusCode, 404);
  });
});
