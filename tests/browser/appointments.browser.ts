import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { addDays, berlinDay } from '../../src/kernel/time';
import { appointmentClosures, appointmentOpeningHours, insertAppointmentFixture, PATHS, type AppointmentFixture } from '../../src/modules/appointments/testing';
import { expectNoAxeViolations } from './support/axe';
import { browserSuite } from './support/browser';
import { expectErrorSummary, expectPageBasics, watchProblems } from './support/checks';
import { expectAt, step } from './support/journey';

/** The spam guard refuses a form sent back within 3 seconds of its page: the journey waits like a person who reads. */
async function likeAPerson(page: Page): Promise<void> {
  await page.waitForTimeout(3200);
}

async function clickAndWait(page: Page, selector: string): Promise<void> {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.locator(selector).first().click()]);
}

const NEXT = 'main form button[type="submit"]';

/** Follows a day's link in the month table, paging to the next month when the day lies there. */
async function chooseDay(page: Page, day: string): Promise<void> {
  const link = `main table a[href*="tag=${day}"]`;
  if ((await page.locator(link).count()) === 0) await clickAndWait(page, 'main a[rel="next"]');
  await clickAndWait(page, link);
}

browserSuite('Termine: buchen ohne JavaScript, jede Frage eine Seite, absagen; axe auf jeder Seite', (env) => {
  let fx: AppointmentFixture;
  // The planning helper's demo data are not here: the suite makes its own locations, services and units.
  before(async () => {
    fx = await insertAppointmentFixture(env.t.db);
  });

  test('ein Gast bucht ohne JavaScript einen Termin und sagt ihn ab', async () => {
    const page = await env.newPage({ javaScript: false });
    const problems = watchProblems(page);
    const scan = async (label: string) => {
      await expectPageBasics(page, env.t.config.municipality.officialName);
      await expectNoAxeViolations(page, label);
    };
    await step('Start /termine', async () => {
      await page.goto('/termine');
      await expectAt(page, { path: '/termine', h1: 'Termine im Bürgerbüro', text: 'Personalausweis beantragen' });
      await scan('Termine');
      await clickAndWait(page, 'main a.button[href="/termine/buchen"]');
    });
    await step('Anliegen: leer absenden, dann wählen', async () => {
      await clickAndWait(page, NEXT);
      await expectAt(page, { path: '/termine/buchen', text: 'Es gibt ein Problem' });
      await expectErrorSummary(page, { focusedByScript: false });
      await scan('Anliegen mit Fehler');
      await page.locator('main input[name="dienst"][value="personalausweis"]').check();
      await clickAndWait(page, NEXT);
    });
    await step('Standort', async () => {
      await expectAt(page, { path: '/termine/buchen/standort', h1: 'Wo möchten Sie hingehen?' });
      await scan('Standort');
      await page.locator('main input[name="standort"][value="rathaus"]').check();
      await clickAndWait(page, NEXT);
    });
    await step('Tag im Monat', async () => {
      await expectAt(page, { path: '/termine/buchen/tag', h1: 'An welchem Tag?' });
      await scan('Tag');
      await chooseDay(page, fx.days[0]!);
    });
    await step('Uhrzeit', async () => {
      await expectAt(page, { path: '/termine/buchen/uhrzeit', text: '08:00 Uhr' });
      await scan('Uhrzeit');
      await page.locator('main input[name="zeit"][value="09:00"]').check();
      await clickAndWait(page, NEXT);
    });
    await step('Angaben: leer absenden, dann buchen', async () => {
      await expectAt(page, { path: '/termine/buchen/angaben', h1: 'Ihre Angaben und Ihr Termin' });
      await scan('Angaben');
      await likeAPerson(page);
      await clickAndWait(page, NEXT);
      await expectAt(page, { path: '/termine/buchen/angaben', text: 'Es gibt ein Problem' });
      await scan('Angaben mit Fehler');
      await page.locator('main [name="name"]').fill('Erika Mustermann');
      await page.locator('main [name="email"]').fill('erika@example.org');
      await likeAPerson(page);
      await clickAndWait(page, NEXT);
    });
    await step('Der gebuchte Termin', async () => {
      await expectAt(page, { path: new URL(page.url()).pathname, h1: /^Ihr Termin T-/, text: 'Gebucht' });
      assert.match(new URL(page.url()).pathname, /^\/termine\/termin\/[A-Za-z0-9_-]+$/);
      await scan('Termin');
      const manage = new URL(page.url()).pathname;
      await clickAndWait(page, 'main a[href$="/umbuchen"]');
      await expectAt(page, { path: `${manage}/umbuchen`, h1: 'An welchem Tag?' });
      await scan('Umbuchen: Tag');
      await chooseDay(page, fx.days[1]!);
      await expectAt(page, { path: `${manage}/umbuchen`, text: '10:00 Uhr' });
      await scan('Umbuchen: Uhrzeit');
      await page.goto(manage);
      await clickAndWait(page, 'main a[href$="/absagen"]');
    });
    await step('Absagen', async () => {
      await scan('Absagen');
      await clickAndWait(page, NEXT);
      await expectAt(page, { path: new URL(page.url()).pathname, text: 'Abgesagt' });
      await scan('Abgesagter Termin');
    });
    assert.deepEqual(problems, []);
  });

  test('Standortseite mit kommenden Öffnungszeiten und Schließtagen: axe', async () => {
    const inAWeek = addDays(berlinDay(new Date()), 7);
    await env.t.db.insert(appointmentOpeningHours).values({ locationId: fx.branch.id, weekday: 2, opens: '09:00', closes: '13:00', validFrom: inAWeek });
    await env.t.db.insert(appointmentClosures).values({ locationId: fx.branch.id, firstDay: inAWeek, lastDay: inAWeek, reason: 'Betriebsversammlung' });
    const page = await env.newPage();
    await page.goto(PATHS.location(fx.branch.slug));
    await expectPageBasics(page, env.t.config.municipality.officialName);
    await page.getByRole('heading', { name: /^Ab \d{2}\.\d{2}\.\d{4}$/ }).waitFor();
    await page.getByText('Betriebsversammlung').waitFor();
    await expectNoAxeViolations(page, 'Standort');
  });
});
