import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { createSession, createUser, type UserRow } from '../../src/kernel/auth';
import { berlinDay } from '../../src/kernel/time';
import {
  insertAppointmentFixture,
  insertFixtureBooking,
  PATHS,
  SERVE_PERMISSION,
  STAFF_PATHS,
  type AppointmentFixture,
} from '../../src/modules/appointments/testing';
import { expectNoAxeViolations } from './support/axe';
import { browserSuite, MOBILE } from './support/browser';
import { expectErrorSummary, expectNoHorizontalScroll, expectPageBasics, expectSkipLinkWorks, expectVisibleFocus, watchProblems } from './support/checks';
import { expectAt, formDriver, keyboardDriver, step } from './support/journey';

const CLERK = { email: 'schalter@iserlohn.example', displayName: 'Bürgerbüro (Test)', password: 'Am Schalter freundlich bleiben 7' };
const TV = { width: 1920, height: 1080 } as const;

browserSuite('Termine am Schalter und Aufrufanzeige im Browser', (env) => {
  let clerk: UserRow;
  let fx: AppointmentFixture;
  const today = berlinDay(new Date());

  before(async () => {
    fx = await insertAppointmentFixture(env.t.db);
    clerk = await createUser(env.t.db, { ...CLERK, role: 'staff', emailVerified: true, departments: [fx.departmentId], permissions: [SERVE_PERMISSION] });
  });

  async function asClerk(page: Page) {
    await page.context().addCookies([{ name: 'sp_session', value: await createSession(env.t.db, clerk.id), url: env.baseUrl }]);
  }
  const booking = (time: string) =>
    insertFixtureBooking(env.t.db, {
      locationId: fx.rathaus.id,
      counterId: fx.rathaus.counters[0],
      serviceId: fx.services.personalausweis.id,
      day: today,
      time,
    });

  async function callNext(page: Page, counter: string) {
    await page.locator('main select[name="platz"]').selectOption({ label: counter });
    await keyboardDriver.press(page, 'Nächste Person aufrufen');
  }

  test('Tagesplan nur mit der Tastatur: einchecken, aufrufen, erledigt; die Anzeige meldet neue Aufrufe live', async () => {
    const page = await env.newPage();
    const problems = watchProblems(page);
    await asClerk(page);
    const first = await booking('23:00');
    const second = await booking('23:20');
    const plan = STAFF_PATHS.dayPlanOf(fx.rathaus.slug, today);
    const audited = new Set<string>();
    const at = (expected: Parameters<typeof expectAt>[1]) => expectAt(page, expected, audited);

    await step('Standort wählen', async () => {
      await page.goto(STAFF_PATHS.dayPlan);
      await at({ path: STAFF_PATHS.dayPlan, h1: 'Tagesplan' });
      await keyboardDriver.follow(page, plan);
      await at({ path: plan, h1: /^Tagesplan Bürgerbüro im Rathaus/ });
    });
    await step('Einchecken', async () => {
      await keyboardDriver.press(page, `Einchecken ${first.reference}`);
      await at({ path: plan, text: 'Eingecheckt: Aufrufnummer A 001.' });
      await keyboardDriver.press(page, `Einchecken ${second.reference}`);
      await at({ path: plan, text: 'Eingecheckt: Aufrufnummer A 002.' });
    });
    await step('Aufrufen', async () => {
      await callNext(page, 'Platz 2');
      await at({ path: plan, text: 'Aufgerufen: A 001 an Platz 2.' });
    });

    const display = await env.newPage({ viewport: TV });
    const displayProblems = watchProblems(display);
    await step('Aufrufanzeige', async () => {
      await display.goto(PATHS.display(fx.rathaus.slug));
      await display.locator('[data-call-newest]').filter({ hasText: 'A 001' }).waitFor();
      assert.match((await display.locator('[data-call-newest]').textContent()) ?? '', /A 001\s*→\s*bitte zu Platz 2/);
      assert.equal(await display.locator('[data-call-waiting]').textContent(), '1');
      assert.equal(await display.locator('.site-header, nav[aria-label="Hauptnavigation"], footer').count(), 0, 'a bare page: no header, navigation or footer');
      assert.equal(await display.getByRole('heading', { name: 'Zuvor aufgerufen' }).isVisible(), false, 'nothing called before yet');
      await expectNoAxeViolations(display, 'Aufrufanzeige (1920×1080)');
      await expectNoHorizontalScroll(display);
    });
    await step('Neuer Aufruf erscheint und wird angesagt', async () => {
      await callNext(page, 'Platz 1');
      await at({ path: plan, text: 'Aufgerufen: A 002 an Platz 1.' });
      await display.locator('[data-call-live]').filter({ hasText: 'A 002 bitte zu Platz 1' }).waitFor({ timeout: 20_000 });
      assert.equal(await display.locator('[data-call-waiting]').textContent(), '0');
      assert.match((await display.locator('[data-call-earlier]').textContent()) ?? '', /A 001/);
      assert.equal(await display.getByRole('heading', { name: 'Zuvor aufgerufen' }).isVisible(), true, 'shown once it holds a call');
      await expectNoAxeViolations(display, 'Aufrufanzeige mit früheren Aufrufen (1920×1080)');
    });
    await step('Erledigt', async () => {
      await keyboardDriver.press(page, 'Erledigt A 001');
      await at({ path: plan, text: 'A 001 ist erledigt.' });
    });
    assert.deepEqual(problems, []);
    assert.deepEqual(displayProblems, []);
  });

  test('Laufkundschaft bei 375 px ohne JavaScript (erst ohne Auswahl); die Anzeige lädt sich selbst neu', async () => {
    const page = await env.newPage({ javaScript: false, viewport: MOBILE });
    await asClerk(page);
    const walkIn = STAFF_PATHS.walkIn(fx.rathaus.slug);
    await page.goto(walkIn);
    await expectAt(page, { path: walkIn, h1: 'Laufkundschaft aufnehmen: Bürgerbüro im Rathaus' });
    await formDriver.press(page, 'Aufrufnummer vergeben');
    await expectAt(page, { path: walkIn, text: 'Wählen Sie mindestens eine Dienstleistung' });
    await expectErrorSummary(page, { focusedByScript: false });
    await page.locator('main input[name="dienste"]').first().check();
    await formDriver.press(page, 'Aufrufnummer vergeben');
    await expectAt(page, { path: STAFF_PATHS.dayPlanOf(fx.rathaus.slug, today), text: /Aufrufnummer A \d{3} vergeben/ });
    await expectNoHorizontalScroll(page);

    const display = await env.newPage({ javaScript: false, viewport: MOBILE });
    await display.goto(PATHS.display(fx.rathaus.slug));
    assert.equal(await display.locator('head noscript').count(), 1);
    assert.match(await display.content(), /<meta http-equiv="refresh" content="12">/);
    await expectNoHorizontalScroll(display);
  });

  test('Seiten des Schalters und die Anzeige bei 375 px mit JavaScript ohne axe-Verstöße', async () => {
    const page = await env.newPage({ viewport: MOBILE });
    await asClerk(page);
    const { id } = await booking('23:40');
    for (const [path, label] of [
      [STAFF_PATHS.dayPlanOf(fx.rathaus.slug, today), 'Tagesplan'],
      [STAFF_PATHS.booking(id), 'Termin'],
      [STAFF_PATHS.walkIn(fx.rathaus.slug), 'Laufkundschaft'],
      [PATHS.display(fx.rathaus.slug), 'Aufrufanzeige'],
    ] as const) {
      await page.goto(path);
      await expectNoAxeViolations(page, `${label} (375 px)`);
      await expectNoHorizontalScroll(page);
    }
    // The display is a bare page (pages.browser.ts asks this of every public page): its skip link and the town's link still work.
    await expectPageBasics(page, env.t.config.municipality.officialName);
    await expectSkipLinkWorks(page);
    await expectVisibleFocus(page);
  });
});
