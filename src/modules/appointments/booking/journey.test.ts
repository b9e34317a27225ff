import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { errorSummary, parseHtml, textOf } from '../../../../tests/support/html';
import { lastMailTo } from '../../../../tests/support/mail';
import { citizen } from '../../../../tests/support/people';
import type { TestApp } from '../../../../tests/support/test-app';
import { PATHS } from '../paths';
import { addDays, berlinDay } from '../../../kernel/time';
import {
  appointmentBookingServices,
  appointmentBookings,
  appointmentClosures,
  appointmentOpeningHours,
  appointmentServices,
  appointmentSlots,
} from '../tables';
import type { AppointmentFixture } from '../test-support';
import { stepHref } from './choices';
import { germanDate } from './plan';
import { appointmentTestApp, postBooking, secretOf } from './test-support';

describe('booking an appointment, step by step without JavaScript', () => {
  const app = appointmentTestApp();
  let t: TestApp;
  let fx: AppointmentFixture;
  beforeEach(() => ({ t, fx } = app));

  const location = (response: { headers: Record<string, unknown> }) => String(response.headers.location);

  it('shows what one can book and where, with the start button', async () => {
    const response = await t.client().get(PATHS.public);
    assert.equal(response.statusCode, 200);
    const page = textOf(response.body);
    assert.match(page, /Personalausweis beantragen/);
    assert.match(page, /Ein biometrisches Passfoto/);
    assert.match(page, /Bürgerbüro Letmathe/);
    assert.match(page, /Montag\s*08:00 bis 12:00 Uhr und 14:00 bis 16:00 Uhr/);
    assert.ok(parseHtml(response.body).querySelector(`a[href="${PATHS.book}"]`));
    const place = await t.client().get(PATHS.location('letmathe'));
    assert.equal(place.statusCode, 200);
    assert.match(textOf(place.body), /Hagener Straße 62/);
    assert.equal((await t.client().get(PATHS.location('gibt-es-nicht'))).statusCode, 404);
  });

  it('shows a location’s coming opening hours and its closures within the booking window', async () => {
    const today = berlinDay(new Date());
    const [nextWeek, inThreeDays, inFiveDays] = [addDays(today, 7), addDays(today, 3), addDays(today, 5)];
    await t.db.insert(appointmentOpeningHours).values({ locationId: fx.branch.id, weekday: 1, opens: '09:00', closes: '13:00', validFrom: nextWeek });
    await t.db.insert(appointmentClosures).values([
      { locationId: fx.branch.id, firstDay: inThreeDays, lastDay: inThreeDays, reason: 'Betriebsversammlung' },
      { locationId: fx.branch.id, firstDay: inFiveDays, lastDay: inFiveDays, fromTime: '10:00', untilTime: '12:00', reason: 'Schulung' },
      { locationId: fx.branch.id, counterId: fx.branch.counter, firstDay: inThreeDays, lastDay: inThreeDays, reason: 'Ein Platz fehlt' },
      { locationId: fx.branch.id, firstDay: addDays(today, 200), lastDay: addDays(today, 200), reason: 'Umzug' },
      { locationId: fx.rathaus.id, firstDay: inThreeDays, lastDay: inThreeDays, reason: 'Im Rathaus' },
    ]);
    const page = textOf((await t.client().get(PATHS.location('letmathe'))).body);
    assert.match(page, new RegExp(`Bis ${germanDate(addDays(nextWeek, -1))}\\s*Montag\\s*08:00 bis 12:00 Uhr und 14:00 bis 16:00 Uhr`));
    assert.match(page, new RegExp(`Ab ${germanDate(nextWeek)}\\s*Montag\\s*09:00 bis 13:00 Uhr\\s*Geschlossen`), 'only the days the new set names');
    assert.match(page, new RegExp(`${germanDate(inThreeDays)} \\(ganztägig\\): Betriebsversammlung`));
    assert.match(page, new RegExp(`${germanDate(inFiveDays)}, 10:00 bis 12:00 Uhr: Schulung`));
    for (const other of ['Ein Platz fehlt', 'Umzug', 'Im Rathaus']) assert.ok(!page.includes(other), other);
  });

  it('walks a guest from the service to the booking, each step a GET but the time (held) and the details, and mails the confirmation with a calendar file', async () => {
    const client = t.client();
    const start = await client.get(`${PATHS.book}?dienst=personalausweis`);
    assert.equal(start.statusCode, 200);
    assert.ok(parseHtml(start.body).querySelector('input[name="dienst"][value="personalausweis"][checked]'), 'the Leistung link chose it');

    const services = await client.get(`${PATHS.book}?weiter=ja&dienst=personalausweis&anzahl-personalausweis=2`);
    assert.equal(services.statusCode, 303);
    assert.equal(location(services), `${PATHS.bookLocation}?dienst=personalausweis&anzahl-personalausweis=2`);

    const places = await client.get(location(services));
    const offered = parseHtml(places.body)
      .querySelectorAll('input[name="standort"]')
      .map((input) => input.getAttribute('value'));
    assert.deepEqual(offered, ['rathaus', 'letmathe'], 'both offer it, by name');
    const chosen = await client.get(`${location(services)}&standort=rathaus&weiter=ja`);
    assert.equal(chosen.statusCode, 303);

    // The month the first free day lies in (this one, or the next near a month's end).
    const days = await client.get(`${location(chosen)}&monat=${fx.days[0]!.slice(0, 7)}`);
    assert.equal(days.statusCode, 200);
    const dayLink = parseHtml(days.body).querySelector(`table a[href*="tag=${fx.days[0]}"]`);
    assert.ok(dayLink, 'the first day with free units is linked');
    assert.ok(parseHtml(days.body).querySelector('table caption'));

    const times = await client.get(dayLink.getAttribute('href')!);
    const offeredTimes = parseHtml(times.body)
      .querySelectorAll('input[name="zeit"]')
      .map((input) => input.getAttribute('value'));
    assert.equal(offeredTimes[0], '08:00');
    assert.equal(offeredTimes.at(-1), '11:20', 'two persons, 40 minutes: the last start is 11:20');

    // Choosing a time POSTs the time page's form, which holds the time while the details are typed.
    const timeForm = parseHtml(times.body).querySelector('main form');
    assert.equal(timeForm?.getAttribute('method'), 'post');
    const hidden = Object.fromEntries(
      timeForm!.querySelectorAll('input[type="hidden"]').map((input) => [input.getAttribute('name')!, input.getAttribute('value')!]),
    );
    const time = await client.post(timeForm!.getAttribute('action')!, { ...hidden, zeit: '09:00' });
    assert.equal(time.statusCode, 303, time.body.slice(0, 2000));
    const hold = /[?&]halten=([A-Za-z0-9_-]{32})/.exec(location(time))?.[1];
    assert.ok(hold, 'the details page carries the hold');
    const details = await client.get(location(time));
    assert.equal(details.statusCode, 200);
    assert.match(textOf(details.body), /Personalausweis beantragen \(für 2 Personen\)/);
    assert.match(textOf(details.body), /Wir halten diese Uhrzeit bis \d\d:\d\d Uhr für Sie frei/);

    const choices = { services: [{ slug: 'personalausweis', quantity: 2 }], location: 'rathaus', day: fx.days[0]!, time: '09:00', hold };
    const booked = await postBooking(t, client, choices, { name: 'Erika Mustermann', email: 'Erika@Example.org', erinnerung: 'ja', telefon: '0170 1234567' });
    assert.equal(booked.statusCode, 303, booked.body.slice(0, 3000));
    const secret = secretOf(booked.headers.location as string);

    const [booking] = await t.db.select().from(appointmentBookings);
    assert.equal(booking?.email, 'erika@example.org');
    assert.equal(booking?.phone, '+491701234567');
    assert.equal(booking?.state, 'booked');
    assert.match(booking?.reference ?? '', /^T-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    const held = await t.db.select().from(appointmentSlots).where(eq(appointmentSlots.bookingId, booking!.id));
    assert.equal(held.length, 4, '2 × 20 minutes in units of 10');
    assert.ok(held.every((unit) => unit.counterId === booking?.counterId));
    assert.ok(
      held.every((unit) => unit.heldUntil === null && unit.holdHash !== null),
      'the hold ends with the booking; its hash stays as the proof of who booked',
    );
    const [asked] = await t.db.select().from(appointmentBookingServices);
    assert.equal(asked?.quantity, 2);

    const mail = await lastMailTo(t, 'erika@example.org');
    assert.match(mail.subject, new RegExp(`^Ihr Termin ist gebucht: ${booking!.reference}`));
    assert.match(mail.text, /Guten Tag Erika Mustermann/);
    assert.match(mail.text, /Ein biometrisches Passfoto/);
    assert.ok(mail.text.includes(`${t.config.baseUrl}${PATHS.manage(secret)}`));
    const ics = mail.attachments.find((file) => file.filename === 'termin.ics');
    assert.ok(ics);
    assert.match(ics.content, /BEGIN:VEVENT/);
    assert.match(ics.content, /LOCATION:Bürgerbüro im Rathaus\\, Schillerplatz 7/);
    assert.match(ics.content, /STATUS:CONFIRMED/);
    assert.match(ics.content, /BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Morgen: Termin im Bürgerbüro im Rathaus[^]*?TRIGGER:-P1D\r\nEND:VALARM/);
    assert.match(ics.content, /TRIGGER:-PT60M/);
  });

  it('books for a logged-in citizen with the account’s name and address, linked to the account', async () => {
    const erika = await citizen(t, { email: 'konto@example.org', displayName: 'Erika Konto' });
    const choices = { services: [{ slug: 'meldebescheinigung', quantity: 1 }], location: 'rathaus', day: fx.days[1]!, time: '10:00' };
    const details = await erika.get(stepHref(PATHS.bookDetails, choices));
    assert.match(textOf(details.body), /Sie buchen mit Ihrem Bürgerkonto als Erika Konto/);
    assert.equal(parseHtml(details.body).querySelector('input[name="email"]'), null);
    const booked = await postBooking(t, erika.client, choices);
    assert.equal(booked.statusCode, 303, booked.body.slice(0, 3000));
    const [booking] = await t.db.select().from(appointmentBookings);
    assert.equal(booking?.userId, erika.id);
    assert.equal(booking?.email, 'konto@example.org');
    assert.equal(booking?.name, 'Erika Konto');
  });

  it('asks again at the step whose answer is missing or wrong', async () => {
    const none = await t.client().get(`${PATHS.book}?weiter=ja`);
    assert.equal(none.statusCode, 400);
    assert.deepEqual(errorSummary(none.body), [{ text: 'Wählen Sie mindestens eine Dienstleistung aus.', href: '#dienst' }]);
    const tooMany = await t.client().get(`${PATHS.book}?weiter=ja&dienst=personalausweis&anzahl-personalausweis=4`);
    assert.equal(tooMany.statusCode, 400);
    assert.match(errorSummary(tooMany.body)[0]!.text, /1 bis 3 Personen/);
    const noPlace = await t.client().get(`${PATHS.bookLocation}?dienst=personalausweis&weiter=ja`);
    assert.equal(noPlace.statusCode, 400);
    assert.equal(errorSummary(noPlace.body)[0]!.text, 'Wählen Sie einen Standort aus.');
    const wrongPlace = await t.client().get(`${PATHS.bookDay}?dienst=meldebescheinigung&standort=letmathe`);
    assert.equal(wrongPlace.statusCode, 400);
    assert.match(errorSummary(wrongPlace.body)[0]!.text, /bietet nicht alle gewählten Dienstleistungen an/);
    const noTime = await t.client().get(`${PATHS.bookTime}?dienst=meldebescheinigung&standort=rathaus&tag=${fx.days[0]}&weiter=ja`);
    assert.equal(noTime.statusCode, 400);
    assert.equal(errorSummary(noTime.body)[0]!.text, 'Wählen Sie eine Uhrzeit aus.');
  });

  it('says that nothing can be booked when no service is offered', async () => {
    await t.db.update(appointmentServices).set({ active: false });
    const response = await t.client().get(`${PATHS.book}?weiter=ja`);
    assert.equal(response.statusCode, 200);
    assert.match(textOf(response.body), /Zurzeit können keine Termine online gebucht werden/);
    assert.equal(parseHtml(response.body).querySelector('main form'), null);
  });
});
