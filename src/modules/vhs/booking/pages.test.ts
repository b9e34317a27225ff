import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { errorMessages, tableRows, textOf } from '../../../../tests/support/html';
import { lastMailTo } from '../../../../tests/support/mail';
import { formatDate } from '../../../kernel/views';
import { citizen } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { vhsBookings, vhsCourses } from '../tables';
import { createCourse } from '../test-support';
import { BOOKING_PATHS } from './paths';

describe('booking pages: the form, "Meine Kurse" and cancelling', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  it('sends guests to log in and back to the form', async () => {
    const course = await createCourse(t);
    const response = await t.client().get(BOOKING_PATHS.book(course.slug));
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, `/konto/anmelden?weiter=${encodeURIComponent(BOOKING_PATHS.book(course.slug))}`);
  });

  it('books for a child, confirms by mail, lists it under "Meine Kurse" and refuses the same child twice', async () => {
    const course = await createCourse(t);
    const parent = await citizen(t);
    const child = { teilnahme: 'kind', kindName: 'Max Mustermann', 'geburtsdatum-day': '1', 'geburtsdatum-month': '4', 'geburtsdatum-year': '2015' };
    const booked = await parent.submit(BOOKING_PATHS.book(course.slug), child);
    assert.equal(booked.statusCode, 303, booked.body.slice(0, 500));
    const detail = await parent.get(String(booked.headers.location));
    assert.match(textOf(detail.body), /Ihre Buchung ist verbindlich/);
    assert.match(textOf(detail.body), /Max Mustermann/);
    const mail = await lastMailTo(t, parent.email);
    assert.match(mail.text, /die Anmeldung für Max Mustermann ist verbindlich gebucht/);
    assert.match(mail.text, /Kursgebühr: 89,00/);
    const inTime = `Sie können die Buchung bis zum ${formatDate(course.cancellableUntil)} kostenlos stornieren, danach ist die Kursgebühr zu zahlen.`;
    assert.ok(mail.text.includes(inTime) && textOf(detail.body).includes(inTime), 'the mail and the page say the same');
    assert.match(mail.text, /Ort: VHS-Haus, Theodor-Heuss-Ring 24, 58636 Iserlohn, Raum 204/);
    assert.ok(mail.text.endsWith('\n\nFreundliche Grüße\nVHS Iserlohn'), 'signed with the name the VHS pages use (vhs.name)');

    const list = await parent.get(BOOKING_PATHS.mineList);
    const [row] = tableRows(list.body);
    assert.equal(row?.[1], 'Max Mustermann');
    assert.equal(row?.[4], 'Gebucht');

    const again = await parent.submit(BOOKING_PATHS.book(course.slug), child);
    assert.equal(again.statusCode, 400);
    assert.match(errorMessages(again.body)[0]!, /Max Mustermann ist für diesen Kurs schon angemeldet/);
    assert.equal((await t.db.select().from(vhsCourses).where(eq(vhsCourses.id, course.id)))[0]?.seatsTaken, 1);
  });

  it('asks for the child’s name and a real birth date', async () => {
    const course = await createCourse(t);
    const parent = await citizen(t);
    const response = await parent.submit(BOOKING_PATHS.book(course.slug), {
      teilnahme: 'kind',
      'geburtsdatum-day': '31',
      'geburtsdatum-month': '2',
      'geburtsdatum-year': '2016',
    });
    assert.equal(response.statusCode, 400);
    assert.deepEqual(errorMessages(response.body), [
      'Geben Sie den Vor- und Nachnamen des Kindes an.',
      'Geben Sie das Geburtsdatum des Kindes als Tag, Monat und Jahr an, zum Beispiel 24 4 2016.',
    ]);
  });

  it('offers the waitlist when the course filled up meanwhile, and puts the person on it', async () => {
    const course = await createCourse(t, { maxParticipants: 1 });
    const first = await citizen(t);
    const late = await citizen(t);
    await late.get(BOOKING_PATHS.book(course.slug)); // the form still said "free"
    await first.submit(BOOKING_PATHS.book(course.slug), { teilnahme: 'selbst' });
    const refused = await late.post(BOOKING_PATHS.book(course.slug), { teilnahme: 'selbst' });
    assert.equal(refused.statusCode, 400);
    assert.match(errorMessages(refused.body)[0]!, /inzwischen ausgebucht.*Warteliste/);
    assert.match(refused.body, /<input type="hidden" name="warteliste" value="ja"\/>/);
    const waitlisted = await late.post(BOOKING_PATHS.book(course.slug), { teilnahme: 'selbst', warteliste: 'ja' });
    assert.equal(waitlisted.statusCode, 303);
    assert.match(textOf((await late.get(String(waitlisted.headers.location))).body), /Warteliste: Platz 1/);
    const later = await citizen(t);
    await later.submit(BOOKING_PATHS.book(course.slug), { teilnahme: 'selbst', warteliste: 'ja' });
    assert.equal(tableRows((await later.get(BOOKING_PATHS.mineList)).body)[0]?.[4], 'Warteliste: Platz 2');
  });

  it('says on the form that the time to cancel has passed when booking stays open after the Rücktrittsfrist', async () => {
    const passed = new Date(Date.now() - 24 * 60 * 60 * 1000);
    const person = await citizen(t);
    const paid = await createCourse(t, { cancellableUntil: passed });
    const paidForm = textOf((await person.get(BOOKING_PATHS.book(paid.slug))).body);
    assert.doesNotMatch(paidForm, /stornieren bis/i);
    assert.ok(paidForm.includes(`Stornieren Die Frist zum Stornieren ist am ${formatDate(passed)} abgelaufen. Die Kursgebühr ist zu zahlen.`), paidForm);

    const free = await createCourse(t, { cancellableUntil: passed, feeCents: 0, reducedFeeCents: null, reductionRule: '' });
    const freeForm = textOf((await person.get(BOOKING_PATHS.book(free.slug))).body);
    assert.doesNotMatch(freeForm, /stornieren bis|zu zahlen/i);
    assert.ok(freeForm.includes(`Stornieren Die Frist zum Stornieren ist am ${formatDate(passed)} abgelaufen.`), freeForm);
  });

  it('tells why a course cannot be booked', async () => {
    const course = await createCourse(t, { state: 'cancelled', cancellationReason: 'Die Kursleitung ist erkrankt' });
    const person = await citizen(t);
    const page = await person.get(BOOKING_PATHS.book(course.slug));
    assert.equal(page.statusCode, 200);
    assert.match(textOf(page.body), /Der Kurs wurde abgesagt und kann nicht gebucht werden\. Grund: Die Kursleitung ist erkrankt/);
    assert.equal((await person.get(BOOKING_PATHS.book('gibt-es-nicht'))).statusCode, 404);
  });

  it('cancels after a confirmation step; another person gets 404 for the booking', async () => {
    const course = await createCourse(t);
    const person = await citizen(t);
    const booked = await person.submit(BOOKING_PATHS.book(course.slug), { teilnahme: 'selbst' });
    const id = String(booked.headers.location).split('/').pop()!;
    const stranger = await citizen(t);
    assert.equal((await stranger.get(BOOKING_PATHS.mine(id))).statusCode, 404);
    assert.equal((await stranger.submit(BOOKING_PATHS.mineList, {}, BOOKING_PATHS.mineCancel(id))).statusCode, 404);

    const confirm = await person.get(BOOKING_PATHS.mineCancel(id));
    assert.match(textOf(confirm.body), /Buchung stornieren\?/);
    const done = await person.post(BOOKING_PATHS.mineCancel(id), {});
    assert.equal(done.statusCode, 303);
    assert.equal((await t.db.select().from(vhsBookings).where(eq(vhsBookings.id, id)))[0]?.state, 'cancelled');
    assert.match((await lastMailTo(t, person.email)).subject, /^Storniert:/);
    const again = await person.post(BOOKING_PATHS.mineCancel(id), {});
    assert.equal(again.statusCode, 400);
    assert.deepEqual(errorMessages(again.body), ['Diese Buchung ist bereits storniert.']);
  });

  it('speaks of no fee for a free course: the form, the booking page and the mails ask to cancel for the waitlist’s sake', async () => {
    const course = await createCourse(t, { feeCents: 0, reducedFeeCents: null, reductionRule: '' });
    const person = await citizen(t);
    const form = textOf((await person.get(BOOKING_PATHS.book(course.slug))).body);
    assert.match(form, /Kursgebühr\s*gebührenfrei/);
    assert.match(form, /Stornieren bis/);
    assert.doesNotMatch(form, /kostenlos/i);

    const booked = await person.submit(BOOKING_PATHS.book(course.slug), { teilnahme: 'selbst' });
    const id = String(booked.headers.location).split('/').pop()!;
    const please = `Wenn Sie nicht teilnehmen können, stornieren Sie die Buchung bitte bis zum ${formatDate(course.cancellableUntil)}. Dann bekommt die nächste Person der Warteliste Ihren Platz.`;
    const page = textOf((await person.get(BOOKING_PATHS.mine(id))).body);
    assert.ok(page.includes(please), page);
    assert.match(page, /Kursgebühr\s*gebührenfrei/);
    assert.doesNotMatch(page, /kostenlos|zu zahlen|Zahlung/);
    const confirmation = await lastMailTo(t, person.email);
    assert.ok(confirmation.text.includes(please), confirmation.text);
    assert.match(confirmation.text, /Kursgebühr: gebührenfrei\n/);
    assert.doesNotMatch(confirmation.text, /kostenlos|zu zahlen|Zahlung/);

    await person.get(BOOKING_PATHS.mineCancel(id));
    assert.equal((await person.post(BOOKING_PATHS.mineCancel(id), {})).statusCode, 303);
    const cancelled = await lastMailTo(t, person.email);
    assert.match(cancelled.subject, /^Storniert:/);
    assert.doesNotMatch(cancelled.text, /Gebühr/);
  });

  it('shows the Volkshochschule card on "Mein Konto"', async () => {
    const course = await createCourse(t);
    const person = await citizen(t);
    await person.submit(BOOKING_PATHS.book(course.slug), { teilnahme: 'selbst' });
    assert.match(textOf((await person.get('/konto')).body), /Volkshochschule\s*1 Kurs gebucht, 0 Plätze auf der Warteliste\./);
  });
});
