import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { createSession } from '../../src/kernel/auth';
import { BOOKING_PATHS } from '../../src/modules/vhs';
import { createCourse, MANAGE_PERMISSION } from '../../src/modules/vhs/testing';
import { SAMPLE_FILES } from '../support/files';
import { citizen, staffMember } from '../support/people';
import { browserSuite, type BrowserEnv } from './support/browser';
import { expectErrorSummary, watchProblems } from './support/checks';
import { expectAt, formDriver, keyboardDriver, step, type Driver } from './support/journey';
import { chooseRadio } from './support/keyboard';

async function logIn(env: BrowserEnv, page: Page, personId: string): Promise<void> {
  const token = await createSession(env.t.db, personId);
  await page.context().addCookies([{ name: 'sp_session', value: token, url: env.baseUrl }]);
}

let englishCourse: Awaited<ReturnType<typeof createCourse>> | undefined;

/** Booking form (child without a name: errors) → booked → Meine Kurse → cancel with confirmation. */
async function citizenJourney(env: BrowserEnv, page: Page, driver: Driver): Promise<void> {
  // One course for both runs: axe's coverage keys pages by path, so both runs load the same URLs.
  const course = (englishCourse ??= await createCourse(env.t, { title: 'Englisch A1 am Abend', slug: 'englisch-a1-am-abend' }));
  const person = await citizen(env.t);
  await logIn(env, page, person.id);
  const audited = new Set<string>();
  const at = (expected: Parameters<typeof expectAt>[1]) => expectAt(page, expected, audited);

  await step('Buchungsformular', async () => {
    await page.goto(BOOKING_PATHS.book(course.slug));
    await at({ path: BOOKING_PATHS.book(course.slug), h1: 'Kurs verbindlich buchen', text: 'Englisch A1 am Abend' });
  });
  await step('Kind ohne Namen zeigt die Fehler', async () => {
    if (driver === keyboardDriver) await chooseRadio(page, 'teilnahme', 'kind');
    else await page.locator('#teilnahme-2').check();
    await driver.submit(page, { kindName: ' ' });
    await at({ path: BOOKING_PATHS.book(course.slug), text: 'Geben Sie den Vor- und Nachnamen des Kindes an.' });
    await expectErrorSummary(page, { focusedByScript: driver === keyboardDriver });
  });
  await step('Für das Kind buchen', async () => {
    await driver.submit(page, { kindName: 'Max Mustermann', 'geburtsdatum-day': '4', 'geburtsdatum-month': '4', 'geburtsdatum-year': '2016' });
    const path = new URL(page.url()).pathname;
    assert.match(path, /^\/konto\/kurse\/[0-9a-f-]{36}$/);
    await at({ path, h1: 'Englisch A1 am Abend', text: 'Ihre Buchung ist verbindlich.' });
  });
  const detail = new URL(page.url()).pathname;
  await step('Kursgebühr per Überweisung', async () => {
    await driver.press(page, 'Kursgebühr bezahlen');
    await at({ path: detail, text: 'Bitte überweisen Sie die Kursgebühr' });
  });
  await step('Meine Kurse', async () => {
    await driver.follow(page, BOOKING_PATHS.mineList);
    await at({ path: BOOKING_PATHS.mineList, h1: 'Meine Kurse', text: 'Max Mustermann' });
    await driver.follow(page, detail);
  });
  // vhs refunds: staff saw the transfer, so cancelling in time owes the paid fee back.
  const staff = await staffMember(env.t, [], { permissions: [MANAGE_PERMISSION] });
  await staff.get(BOOKING_PATHS.staffCourse(course.id));
  assert.equal((await staff.post(BOOKING_PATHS.staffMarkPaid(course.id, detail.split('/').pop()!), {})).statusCode, 303);
  await step('Stornieren mit Bestätigung', async () => {
    await driver.follow(page, `${detail}/stornieren`);
    await at({ path: `${detail}/stornieren`, h1: 'Buchung stornieren?', text: 'bekommen Sie zurück' });
    await driver.press(page, 'Buchung stornieren');
    await at({ path: BOOKING_PATHS.mineList, text: 'Die Buchung ist storniert.' });
  });
  await step('Die Erstattung auf der Seite der Buchung', async () => {
    await driver.follow(page, detail);
    // The booking's page was audited before; with its refund section it is checked again.
    await expectAt(page, { path: detail, text: 'Wird überwiesen' }, new Set());
  });
}

/** Participants section → course → attendance → calling the course off (empty reason: errors; then confirmation). */
async function staffJourney(env: BrowserEnv, page: Page, driver: Driver): Promise<void> {
  const course = await createCourse(env.t, { title: 'Yoga am Morgen' });
  const booker = await citizen(env.t, { displayName: 'Anna Arendt' });
  const booked = await booker.submit(BOOKING_PATHS.book(course.slug), { teilnahme: 'selbst' });
  const bookingId = String(booked.headers.location).split('/').pop()!;
  await booker.get(BOOKING_PATHS.mine(bookingId));
  await booker.postMultipart(BOOKING_PATHS.mineReduction(bookingId), {}, [{ field: 'nachweis', filename: 'ausweis.png', bytes: SAMPLE_FILES.png }]);
  await booker.post(BOOKING_PATHS.minePay(bookingId), { zahlart: 'invoice' });
  const staff = await staffMember(env.t, [], { permissions: [MANAGE_PERMISSION] });
  await logIn(env, page, staff.id);
  const audited = new Set<string>();
  const at = (expected: Parameters<typeof expectAt>[1]) => expectAt(page, expected, audited);

  await step('Teilnehmende', async () => {
    await page.goto(BOOKING_PATHS.staffList);
    await at({ path: BOOKING_PATHS.staffList, h1: 'Teilnehmende', text: 'Yoga am Morgen' });
    await driver.follow(page, BOOKING_PATHS.staffCourse(course.id));
    await at({ path: BOOKING_PATHS.staffCourse(course.id), h1: 'Yoga am Morgen', text: 'Anna Arendt' });
  });
  await step('Ermäßigung gewähren', async () => {
    await driver.press(page, 'Gewähren für Anna Arendt');
    await at({ path: BOOKING_PATHS.staffCourse(course.id), text: 'Die Ermäßigung ist gewährt' });
  });
  await step('Überweisung ist eingegangen', async () => {
    await driver.press(page, 'Zahlung eingegangen von Anna Arendt');
    await at({ path: BOOKING_PATHS.staffCourse(course.id), text: 'Die Zahlung ist als eingegangen vermerkt.' });
  });
  await step('Anwesenheit speichern', async () => {
    await driver.press(page, 'Anwesenheit speichern');
    await at({ path: BOOKING_PATHS.staffCourse(course.id), text: 'Anwesenheit gespeichert' });
  });
  await step('Absagen ohne Grund zeigt den Fehler', async () => {
    await driver.follow(page, BOOKING_PATHS.staffCancelCourse(course.id));
    await at({ path: BOOKING_PATHS.staffCancelCourse(course.id), h1: '„Yoga am Morgen“ absagen' });
    await driver.submit(page, { grund: ' ' });
    await at({ path: BOOKING_PATHS.staffCancelCourse(course.id), text: 'Geben Sie den Grund der Absage an.' });
    await expectErrorSummary(page, { focusedByScript: driver === keyboardDriver });
  });
  await step('Absagen bestätigen', async () => {
    await driver.submit(page, { grund: 'Zu wenige Anmeldungen' });
    await at({ path: BOOKING_PATHS.staffCancelCourse(course.id), h1: '„Yoga am Morgen“ wirklich absagen?' });
    await driver.press(page, 'Kurs jetzt absagen');
    await at({ path: BOOKING_PATHS.staffCourse(course.id), text: 'Der Kurs ist abgesagt.' });
  });
  // vhs refunds: the paid (reduced) fee of the called-off course is owed back; staff mark it transferred after a confirmation.
  await step('Erstattungen: als überwiesen vermerken', async () => {
    await driver.follow(page, BOOKING_PATHS.staffRefunds);
    await at({ path: BOOKING_PATHS.staffRefunds, h1: 'Erstattungen', text: 'Kurs abgesagt' });
    const href = await page.locator('main tr', { hasText: 'Anna Arendt' }).locator('a', { hasText: 'Als überwiesen vermerken' }).first().getAttribute('href');
    assert.ok(href, 'an open refund with its link');
    await driver.follow(page, href);
    await at({ path: href, h1: /^Erstattung VHS-\d{4}-\d{6} als überwiesen vermerken\?$/, text: 'Anna Arendt' });
    await driver.press(page, 'Ja, die Erstattung ist überwiesen');
    await at({ path: BOOKING_PATHS.staffRefunds, text: 'Die Erstattung ist als überwiesen vermerkt.' });
  });
}

browserSuite('VHS-Buchung im Browser', (env) => {
  test('Buchen und Stornieren mit der Tastatur, axe ohne Verstöße auf jeder Seite', async () => {
    const page = await env.newPage();
    const problems = watchProblems(page);
    await citizenJourney(env, page, keyboardDriver);
    assert.deepEqual(problems, []);
  });

  test('Buchen und Stornieren ohne JavaScript', async () => {
    const page = await env.newPage({ javaScript: false });
    await citizenJourney(env, page, formDriver);
  });

  test('Teilnehmende, Anwesenheit und Kursabsage mit der Tastatur, axe ohne Verstöße', async () => {
    const page = await env.newPage();
    const problems = watchProblems(page);
    await staffJourney(env, page, keyboardDriver);
    assert.deepEqual(problems, []);
  });

  test('Teilnehmende und Kursabsage ohne JavaScript', async () => {
    const page = await env.newPage({ javaScript: false });
    await staffJourney(env, page, formDriver);
  });
});
