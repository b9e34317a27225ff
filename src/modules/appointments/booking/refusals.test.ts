import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { addDays, berlinDay } from '../../../kernel/time';
import { SPAM_ERROR_KEY, SPAM_FIELDS } from '../../../kernel/http';
import { errorSummary, parseHtml, textOf } from '../../../../tests/support/html';
import { outbox } from '../../../../tests/support/mail';
import type { TestApp } from '../../../../tests/support/test-app';
import { emailHashOf } from '../limits/person-limits';
import { PATHS } from '../paths';
import { appointmentBookings, appointmentNoShows, appointmentSlots } from '../tables';
import { insertFixtureBooking, type AppointmentFixture } from '../test-support';
import { stepHref, type BookingChoices } from './choices';
import { appointmentTestApp, choiceFields, postBooking, someoneTakes } from './test-support';

const GUEST = { name: 'Erika Mustermann', email: 'erika@example.org' };

describe('booking refusals: each a clear message at the right step, nothing booked twice', () => {
  const app = appointmentTestApp();
  let t: TestApp;
  let fx: AppointmentFixture;
  beforeEach(() => ({ t, fx } = app));

  const choicesAt = (day: string, time = '09:00', slug = 'personalausweis'): BookingChoices => ({
    services: [{ slug, quantity: 1 }],
    location: 'rathaus',
    day,
    time,
  });
  const bookings = () => t.db.select().from(appointmentBookings);

  it('gives the time page again with fresh times when the time was taken meanwhile (400, not 409)', async () => {
    await someoneTakes(t, fx, fx.days[0]!, '09:00');
    const response = await postBooking(t, t.client(), choicesAt(fx.days[0]!), GUEST);
    assert.equal(response.statusCode, 400);
    assert.deepEqual(errorSummary(response.body), [{ text: 'Diese Uhrzeit ist inzwischen vergeben. Wählen Sie bitte eine andere Uhrzeit.', href: '#zeit' }]);
    const times = parseHtml(response.body)
      .querySelectorAll('input[name="zeit"]')
      .map((input) => input.getAttribute('value'));
    assert.ok(times.includes('09:20') && !times.includes('09:00') && !times.includes('08:50'), 'fresh times without the taken ones');
    assert.equal((await bookings()).length, 2);
  });

  it('lets only one of two people who send the same last free time at once have it (PGlite runs them one after the other; the PostgreSQL run proves it)', async () => {
    await t.db.update(appointmentSlots).set({ bookingId: null });
    const other = await insertFixtureBooking(t.db, {
      locationId: fx.rathaus.id,
      counterId: fx.rathaus.counters[1],
      serviceId: fx.services.personalausweis.id,
      day: fx.days[0]!,
      time: '09:00',
      units: 2,
      email: 'other@example.org',
    });
    assert.ok(other);
    const [first, second] = await Promise.all([
      postBooking(t, t.client(), choicesAt(fx.days[0]!), GUEST),
      postBooking(t, t.client(), choicesAt(fx.days[0]!), { name: 'Max Muster', email: 'max@example.org' }),
    ]);
    assert.deepEqual([first.statusCode, second.statusCode].sort(), [303, 400]);
    const loser = first.statusCode === 400 ? first : second;
    assert.match(textOf(loser.body), /Diese Uhrzeit ist inzwischen vergeben/);
    const held = await t.db.select().from(appointmentSlots).where(eq(appointmentSlots.counterId, fx.rathaus.counters[0]));
    const holders = new Set(held.filter((unit) => unit.bookingId).map((unit) => unit.bookingId));
    assert.equal(holders.size, 1, 'one booking holds the last free counter’s units');
  });

  it('refuses a day in the past, beyond the window, and a day without free time, at the day', async () => {
    const today = berlinDay(new Date());
    const past = await postBooking(t, t.client(), choicesAt(addDays(today, -1)), GUEST);
    assert.equal(past.statusCode, 400);
    assert.match(errorSummary(past.body)[0]!.text, /in der Vergangenheit/);
    const far = await t.client().get(stepHref(PATHS.bookTime, { ...choicesAt(addDays(today, 60)), time: undefined }));
    assert.equal(far.statusCode, 400);
    assert.match(errorSummary(far.body)[0]!.text, /^Termine können nur bis zum/);
    const closed = await t.client().get(stepHref(PATHS.bookTime, { ...choicesAt(addDays(fx.days[2]!, 1)), time: undefined }));
    assert.equal(closed.statusCode, 400);
    assert.equal(errorSummary(closed.body)[0]!.text, 'An diesem Tag ist der Standort geschlossen. Wählen Sie einen anderen Tag.');
    assert.equal((await bookings()).length, 0);
  });

  it('says why a day inside the window has no free time: closed, more to be released later, or booked up', async () => {
    const messageOf = async (day: string) => {
      const page = await postBooking(t, t.client(), choicesAt(day), GUEST);
      assert.equal(page.statusCode, 400);
      return errorSummary(page.body)[0]!.text;
    };
    const unitsOf = (day: string) => sql`(starts_at at time zone 'Europe/Berlin')::date = ${day}::date`;
    await t.db
      .update(appointmentSlots)
      .set({ releasedAt: new Date(Date.now() + 86_400_000) })
      .where(unitsOf(fx.days[1]!));
    assert.match(await messageOf(fx.days[1]!), /^An diesem Tag ist zurzeit kein Termin frei\. Weitere Termine für diesen Tag werden später freigegeben/);
    // Someone else holds every unit of the day while typing: nothing free, nothing more to come.
    await t.db
      .update(appointmentSlots)
      .set({ holdHash: 'someone-else', heldUntil: new Date(Date.now() + 600_000) })
      .where(unitsOf(fx.days[2]!));
    assert.equal(await messageOf(fx.days[2]!), 'An diesem Tag ist kein Termin mehr frei. Wählen Sie einen anderen Tag.');
    assert.equal(await messageOf(addDays(fx.days[2]!, 1)), 'An diesem Tag ist der Standort geschlossen. Wählen Sie einen anderen Tag.');
    assert.equal((await bookings()).length, 0);
  });

  it('says the limit and what to do when a person holds too many appointments', async () => {
    assert.equal((await postBooking(t, t.client(), choicesAt(fx.days[0]!, '09:00'), GUEST)).statusCode, 303);
    const sameService = await postBooking(t, t.client(), choicesAt(fx.days[1]!, '09:00'), { ...GUEST, email: 'ERIKA@example.org' });
    assert.equal(sameService.statusCode, 400);
    assert.match(
      errorSummary(sameService.body)[0]!.text,
      /für „Personalausweis beantragen“ schon einen offenen Termin\. Sagen Sie einen anderen Termin über den Link/,
    );
    assert.equal((await postBooking(t, t.client(), choicesAt(fx.days[1]!, '10:00', 'meldebescheinigung'), GUEST)).statusCode, 303);
    const third = await postBooking(t, t.client(), choicesAt(fx.days[2]!, '10:00', 'meldebescheinigung'), GUEST);
    assert.match(errorSummary(third.body)[0]!.text, /^Sie haben schon 2 offene Termine/);
    assert.equal((await bookings()).length, 2);
  });

  it('asks for a confirmed account after missed appointments, says until when and links to login and registration', async () => {
    const hash = emailHashOf(GUEST.email);
    const today = berlinDay(new Date());
    await t.db.insert(appointmentNoShows).values([
      { emailHash: hash, day: addDays(today, -20) },
      { emailHash: hash, day: addDays(today, -10) },
    ]);
    const response = await postBooking(t, t.client(), choicesAt(fx.days[0]!), GUEST);
    assert.equal(response.statusCode, 400);
    const until = addDays(addDays(today, -10), 56).split('-').reverse().join('.');
    assert.ok(errorSummary(response.body)[0]!.text.includes(`Bis zum ${until} können Sie deshalb nur mit einem Bürgerkonto buchen`));
    const page = parseHtml(response.body);
    assert.ok(page.querySelector('a[href="/konto/anmelden"]') && page.querySelector('a[href="/konto/registrieren"]'));
    assert.equal((await bookings()).length, 0);
  });

  it('keeps bots out with the spam guard: a filled-in trap or a form sent at once is refused at the form', async () => {
    const client = t.client();
    await client.get(stepHref(PATHS.bookDetails, choicesAt(fx.days[0]!)));
    const trap = await client.post(PATHS.bookDetails, {
      ...choiceFields(choicesAt(fx.days[0]!)),
      ...GUEST,
      [SPAM_FIELDS.trap]: 'http://spam.example',
      [SPAM_FIELDS.stamp]: 'x',
    });
    assert.equal(trap.statusCode, 400);
    assert.equal(errorSummary(trap.body)[0]?.href, `#${SPAM_ERROR_KEY}`);
    assert.equal((await bookings()).length, 0);
    assert.equal((await outbox(t)).length, 0);
  });

  it('answers bad input in the details form at its fields, keeping what was typed', async () => {
    const response = await postBooking(t, t.client(), choicesAt(fx.days[0]!), { name: '', email: 'keine-adresse', erinnerung: 'ja', telefon: '12' });
    assert.equal(response.statusCode, 400);
    assert.deepEqual(
      errorSummary(response.body).map((entry) => entry.href),
      ['#name', '#email', '#telefon'],
    );
    assert.match(response.body, /value="keine-adresse"/);
  });
});
