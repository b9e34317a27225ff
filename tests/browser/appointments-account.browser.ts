import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { createSession } from '../../src/kernel/auth';
import { addDays, berlinDay } from '../../src/kernel/time';
import { insertAppointmentFixture, insertFixtureBooking } from '../../src/modules/appointments/testing';
import { citizen } from '../support/people';
import { browserSuite, type BrowserEnv } from './support/browser';
import { watchProblems } from './support/checks';
import { expectAt, formDriver, keyboardDriver, step, type Driver } from './support/journey';

const DAY_MONTH = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', timeZone: 'Europe/Berlin' });

let fixtureOnce: ReturnType<typeof insertAppointmentFixture> | undefined;

/** A citizen with an upcoming appointment and a past one, logged in on `page`. */
async function citizenWithAppointments(env: BrowserEnv, page: Page) {
  const person = await citizen(env.t);
  const today = berlinDay(new Date());
  // One app per file: the locations are made by the first test and shared.
  const fixture = await (fixtureOnce ??= insertAppointmentFixture(env.t.db, today));
  const place = { locationId: fixture.rathaus.id, counterId: fixture.rathaus.counters[0], serviceId: fixture.services.personalausweis.id, userId: person.id };
  const upcoming = await insertFixtureBooking(env.t.db, { ...place, day: fixture.days[0]!, time: '09:00', email: person.email });
  const past = await insertFixtureBooking(env.t.db, { ...place, day: addDays(today, -14), time: '10:00', email: person.email, state: 'done' });
  await page.context().addCookies([{ name: 'sp_session', value: await createSession(env.t.db, person.id), url: env.baseUrl }]);
  return { upcoming, past, day: fixture.days[0]! };
}

/** Mein Konto → the card "Termine" → Meine Termine. */
async function journey(env: BrowserEnv, page: Page, driver: Driver): Promise<void> {
  const { upcoming, past, day } = await citizenWithAppointments(env, page);
  const audited = new Set<string>();
  const at = (expected: Parameters<typeof expectAt>[1]) => expectAt(page, expected, audited);
  await step('Mein Konto zeigt den nächsten Termin', async () => {
    await page.goto('/konto');
    await at({ path: '/konto', h1: 'Mein Konto', text: `1 Termin am ${DAY_MONTH.format(new Date(`${day}T12:00:00Z`))}.` });
  });
  await step('Meine Termine: anstehende zuerst, dann frühere', async () => {
    await driver.follow(page, '/konto/termine');
    await at({ path: '/konto/termine', h1: 'Meine Termine', text: 'Anstehende Termine' });
    const main = (await page.locator('main').textContent()) ?? '';
    assert.ok(main.indexOf(upcoming.reference) < main.indexOf(past.reference), 'the upcoming one first');
    assert.ok(main.includes('Erledigt'));
  });
}

browserSuite('Meine Termine im Browser', (env) => {
  test('nur mit der Tastatur, mit JavaScript, axe ohne Verstöße', async () => {
    const page = await env.newPage();
    const problems = watchProblems(page);
    await journey(env, page, keyboardDriver);
    assert.deepEqual(problems, []);
  });

  test('ohne JavaScript', async () => {
    const page = await env.newPage({ javaScript: false });
    await journey(env, page, formDriver);
  });
});
