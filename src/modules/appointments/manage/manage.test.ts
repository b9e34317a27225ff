import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { auditLog } from '../../../kernel/audit';
import { errorSummary, parseHtml, textOf } from '../../../../tests/support/html';
import { lastMailTo, mailsTo } from '../../../../tests/support/mail';
import { citizen } from '../../../../tests/support/people';
import type { TestApp } from '../../../../tests/support/test-app';
import { appointmentTestApp, postBooking, secretOf, someoneTakes } from '../booking/test-support';
import { PATHS } from '../paths';
import { appointmentBookings, appointmentSlots } from '../tables';
import type { AppointmentFixture } from '../test-support';

/** A page with a form, for the CSRF token (a locked booking's pages have none). */
const ANY_FORM = '/konto/anmelden';

describe('managing a booking: the mail’s link, the calendar file, cancel and move', () => {
  const app = appointmentTestApp();
  let t: TestApp;
  let fx: AppointmentFixture;
  beforeEach(() => ({ t, fx } = app));

  const book = async (time = '09:00', client = t.client()) => {
    const response = await postBooking(
      t,
      client,
      { services: [{ slug: 'personalausweis', quantity: 1 }], location: 'rathaus', day: fx.days[0]!, time },
      { name: 'Erika Mustermann', email: 'erika@example.org' },
    );
    assert.equal(response.statusCode, 303, response.body.slice(0, 2000));
    return secretOf(response.headers.location as string);
  };
  const heldBy = async (bookingId: string) => (await t.db.select().from(appointmentSlots).where(eq(appointmentSlots.bookingId, bookingId))).length;

  it('shows the booking behind the link with what to bring, and gives its calendar file', async () => {
    const secret = await book();
    const page = await t.client().get(PATHS.manage(secret));
    assert.equal(page.statusCode, 200);
    const text = textOf(page.body);
    assert.match(text, /Gebucht/);
    assert.match(text, /Bürgerbüro im Rathaus, Schillerplatz 7/);
    assert.match(text, /Ein biometrisches Passfoto/);
    const ics = await t.client().get(PATHS.manageCalendar(secret));
    assert.equal(ics.statusCode, 200);
    assert.match(String(ics.headers['content-type']), /^text\/calendar/);
    assert.match(ics.body, /BEGIN:VEVENT[\s\S]*STATUS:CONFIRMED/);
    assert.equal((await t.client().get(PATHS.manage('x'.repeat(32)))).statusCode, 404);
  });

  it('cancels once: the units are free again, a short mail goes out; a second cancel changes nothing and says why', async () => {
    const secret = await book();
    const client = t.client();
    const confirm = await client.get(PATHS.manageCancel(secret));
    assert.equal(confirm.statusCode, 200);
    const cancelled = await client.post(PATHS.manageCancel(secret));
    assert.equal(cancelled.statusCode, 303);
    const [booking] = await t.db.select().from(appointmentBookings);
    assert.equal(booking?.state, 'cancelled');
    assert.equal(booking?.cancelledBy, 'citizen');
    assert.equal(await heldBy(booking!.id), 0);
    assert.match((await lastMailTo(t, 'erika@example.org')).subject, /^Ihr Termin ist abgesagt/);
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.action, 'appointments.booking.cancelled'));
    assert.equal(audits.length, 1);

    const again = await client.post(PATHS.manageCancel(secret));
    assert.equal(again.statusCode, 400);
    assert.match(errorSummary(again.body)[0]!.text, /schon abgesagt/);
    assert.equal((await mailsTo(t, 'erika@example.org')).length, 2, 'no second mail');
    const ics = await t.client().get(PATHS.manageCalendar(secret));
    assert.match(ics.body, /STATUS:CANCELLED/);
    assert.equal(parseHtml((await t.client().get(PATHS.manage(secret))).body).querySelector(`a[href="${PATHS.manageCancel(secret)}"]`), null);
  });

  it('moves a booking in one go: a new booking replacing the old, the old cancelled and its units free, a new mail', async () => {
    const secret = await book('09:00');
    const client = t.client();
    const day = await client.get(`${PATHS.manageRebook(secret)}?monat=${fx.days[1]!.slice(0, 7)}`);
    assert.equal(day.statusCode, 200);
    assert.ok(parseHtml(day.body).querySelector(`table a[href*="tag=${fx.days[1]}"]`));
    const times = await client.get(`${PATHS.manageRebook(secret)}?tag=${fx.days[1]}`);
    assert.ok(parseHtml(times.body).querySelector('input[name="zeit"][value="10:00"]'));
    const confirm = await client.get(`${PATHS.manageRebook(secret)}?tag=${fx.days[1]}&zeit=10:00&weiter=ja`);
    assert.match(textOf(confirm.body), /Termin auf diese Zeit verschieben\?/);
    const moved = await client.post(PATHS.manageRebook(secret), { tag: fx.days[1]!, zeit: '10:00' });
    assert.equal(moved.statusCode, 303, moved.body.slice(0, 2000));
    const newSecret = secretOf(moved.headers.location as string);

    const rows = await t.db.select().from(appointmentBookings);
    const old = rows.find((row) => row.replacesId === null)!;
    const fresh = rows.find((row) => row.replacesId === old.id)!;
    assert.equal(old.state, 'cancelled');
    assert.equal(fresh.state, 'booked');
    assert.equal(fresh.day, fx.days[1]);
    assert.equal(await heldBy(old.id), 0);
    assert.equal(await heldBy(fresh.id), 2);
    assert.match((await lastMailTo(t, 'erika@example.org')).subject, /^Ihr Termin wurde verschoben/);
    const oldPage = await t.client().get(PATHS.manage(secret));
    assert.ok(parseHtml(oldPage.body).querySelector(`a[href="${PATHS.manage(newSecret)}"]`), 'the old link leads to the new booking');
    const usedAgain = await t.client().submit(ANY_FORM, { tag: fx.days[2]!, zeit: '10:00' }, PATHS.manageRebook(secret));
    assert.equal(usedAgain.statusCode, 400);
    assert.match(textOf(usedAgain.body), /schon abgesagt/);
  });

  it('offers a new time through the link of a booking the office cancelled (a closure), once', async () => {
    const secret = await book('09:00');
    // What a closure does to it (planning/use-cases/add-closure.ts, closures.test.ts).
    const [old] = await t.db
      .update(appointmentBookings)
      .set({ state: 'cancelled', cancelledBy: 'office', cancelledAt: new Date() })
      .returning({ id: appointmentBookings.id });
    await t.db.update(appointmentSlots).set({ bookingId: null }).where(eq(appointmentSlots.bookingId, old!.id));

    const page = await t.client().get(PATHS.manage(secret));
    assert.match(textOf(page.body), /Das Bürgerbüro hat diesen Termin abgesagt\. Bitte wählen Sie einen neuen Termin/);
    assert.ok(parseHtml(page.body).querySelector(`a[href="${PATHS.manageRebook(secret)}"]`), 'the way to a new time');
    assert.equal(parseHtml(page.body).querySelector(`a[href="${PATHS.manageCancel(secret)}"]`), null, 'nothing left to cancel');
    const confirm = await t.client().get(`${PATHS.manageRebook(secret)}?tag=${fx.days[1]}&zeit=10:00`);
    assert.match(textOf(confirm.body), /Termin zu dieser Zeit buchen\?/);

    const client = t.client();
    const booked = await client.submit(ANY_FORM, { tag: fx.days[1]!, zeit: '10:00' }, PATHS.manageRebook(secret));
    assert.equal(booked.statusCode, 303, booked.body.slice(0, 2000));
    const fresh = (await t.db.select().from(appointmentBookings).where(eq(appointmentBookings.replacesId, old!.id)))[0]!;
    assert.equal(fresh.state, 'booked');
    assert.equal(fresh.day, fx.days[1]);
    assert.equal(await heldBy(fresh.id), 2);
    assert.equal(
      (await t.db.select().from(appointmentBookings).where(eq(appointmentBookings.id, old!.id)))[0]?.cancelledBy,
      'office',
      'the old one stays as the office left it',
    );

    const again = await client.submit(ANY_FORM, { tag: fx.days[2]!, zeit: '10:00' }, PATHS.manageRebook(secret));
    assert.equal(again.statusCode, 400, 'one new time per cancelled booking');
    assert.equal((await t.db.select().from(appointmentBookings).where(eq(appointmentBookings.state, 'booked'))).length, 1);
    assert.ok(
      parseHtml((await t.client().get(PATHS.manage(secret))).body).querySelector(`a[href="${PATHS.manage(secretOf(booked.headers.location as string))}"]`),
    );
  });

  it('counts not the booking being moved against the limits (one per service)', async () => {
    const secret = await book('09:00');
    const moved = await t.client().submit(ANY_FORM, { tag: fx.days[0]!, zeit: '11:00' }, PATHS.manageRebook(secret));
    assert.equal(moved.statusCode, 303, moved.body.slice(0, 2000));
  });

  it('says a time was taken meanwhile when moving, and changes nothing', async () => {
    const secret = await book('09:00');
    await someoneTakes(t, fx, fx.days[1]!, '10:00');
    const taken = await t.client().submit(ANY_FORM, { tag: fx.days[1]!, zeit: '10:00' }, PATHS.manageRebook(secret));
    assert.equal(taken.statusCode, 400);
    assert.equal(errorSummary(taken.body)[0]!.text, 'Diese Uhrzeit ist inzwischen vergeben. Wählen Sie bitte eine andere Uhrzeit.');
    assert.equal((await t.db.select().from(appointmentBookings).where(eq(appointmentBookings.state, 'booked'))).length, 3, 'the old booking stays booked');
  });

  it('says what a link that leads to no booking may mean: mistyped, or ended after a missed appointment (404)', async () => {
    const secret = await book('09:00');
    // What the no-show job does (lifecycle/no-shows.ts): the link ends with the missed appointment.
    await t.db.update(appointmentBookings).set({ state: 'no_show', manageTokenHash: null });
    for (const link of [PATHS.manage(secret), PATHS.manageCancel(secret), PATHS.manage('x'.repeat(32))]) {
      const page = await t.client().get(link);
      assert.equal(page.statusCode, 404);
      assert.match(
        textOf(page.body),
        /Zu diesem Link gibt es keinen Termin\. .*Nach einem verpassten Termin und einige Zeit nach dem Termin gilt der Link nicht mehr\./,
      );
    }
  });

  it('refuses to change a booking that has begun or is done', async () => {
    const secret = await book('09:00');
    await t.db.update(appointmentBookings).set({ state: 'done' });
    const page = await t.client().get(PATHS.manage(secret));
    assert.match(textOf(page.body), /hat schon stattgefunden/);
    const cancel = await t.client().submit(ANY_FORM, {}, PATHS.manageCancel(secret));
    assert.equal(cancel.statusCode, 400);
    assert.equal((await t.db.select().from(appointmentBookings))[0]?.state, 'done');
  });

  it('shows the owner the booking on the account page, with the same actions', async () => {
    const erika = await citizen(t, { email: 'konto@example.org' });
    const response = await postBooking(t, erika.client, {
      services: [{ slug: 'meldebescheinigung', quantity: 1 }],
      location: 'rathaus',
      day: fx.days[0]!,
      time: '10:00',
    });
    const secret = secretOf(response.headers.location as string);
    const [booking] = await t.db.select().from(appointmentBookings);
    const page = await erika.get(PATHS.accountBooking(booking!.id));
    assert.equal(page.statusCode, 200);
    assert.ok(parseHtml(page.body).querySelector(`a[href="${PATHS.manageCancel(secret)}"]`));
    assert.equal((await t.client().get(PATHS.accountBooking(booking!.id))).statusCode, 404);
  });
});
