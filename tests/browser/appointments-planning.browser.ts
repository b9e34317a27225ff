import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { createUser } from '../../src/kernel/auth';
import { insertAppointmentFixture, insertFixtureBooking, PLAN_PERMISSION, STAFF_PATHS } from '../../src/modules/appointments/testing';
import { browserSuite } from './support/browser';
import { expectErrorSummary, watchProblems } from './support/checks';
import { expectAt, formDriver, keyboardDriver, step } from './support/journey';

const PLANNER = { email: 'planung@example.org', displayName: 'Paula Planung', password: 'Termine planen mit Weitblick 2026' };

/**
 * Slot planning and the statistics in /verwaltung: the overview, a location, its opening hours (with
 * their error state), release waves, a counter, the services, the closures (a closure that would
 * cancel a booking asks first) and the statistics with charts; axe on every page.
 */
browserSuite('Terminplanung in der Verwaltung im Browser', (env) => {
  let locationId = '';
  let counterId = '';
  let day = '';
  before(async () => {
    await createUser(env.t.db, { ...PLANNER, role: 'staff', emailVerified: true, permissions: [PLAN_PERMISSION] });
    const fx = await insertAppointmentFixture(env.t.db);
    [locationId, counterId, day] = [fx.rathaus.id, fx.rathaus.counters[0], fx.days[1]!];
    await insertFixtureBooking(env.t.db, { locationId, counterId, serviceId: fx.services.personalausweis.id, day, time: '09:00', units: 2 });
  });

  for (const driver of [keyboardDriver, formDriver]) {
    test(`Standorte, Öffnungszeiten, Freigabewellen, Dienstleistungen, Schließtage und Statistik (${driver.label}); axe auf jeder Seite`, async () => {
      const withJs = driver === keyboardDriver;
      const page = await env.newPage(withJs ? {} : { javaScript: false });
      const problems = watchProblems(page);
      const audited = new Set<string>();
      const at = (expected: Parameters<typeof expectAt>[1]) => expectAt(page, expected, audited);

      await step('Anmelden und die Planung', async () => {
        await page.goto(`/konto/anmelden?weiter=${encodeURIComponent(STAFF_PATHS.planning)}`);
        await driver.submit(page, { email: PLANNER.email, password: PLANNER.password });
        await at({ path: STAFF_PATHS.planning, h1: 'Terminplanung', text: 'Bürgerbüro Letmathe' });
        await driver.follow(page, STAFF_PATHS.planningLocation(locationId));
        await at({ path: STAFF_PATHS.planningLocation(locationId), h1: 'Bürgerbüro im Rathaus', text: 'Montag: 08:00–12:00, 14:00–16:00 Uhr' });
      });
      await step('Öffnungszeiten: Fehler, dann die Seite des Platzes und der Stammdaten', async () => {
        await page.goto(STAFF_PATHS.planningHours(locationId));
        await at({ path: STAFF_PATHS.planningHours(locationId), h1: 'Öffnungszeiten (Bürgerbüro im Rathaus)' });
        await driver.submit(page, { 'closes-1-a': '07:00' });
        await at({ path: STAFF_PATHS.planningHours(locationId), text: 'Am Montag muss die Schließzeit nach der Öffnungszeit' });
        await expectErrorSummary(page, { focusedByScript: withJs });
        await page.goto(STAFF_PATHS.planningWaves(locationId));
        await at({ path: STAFF_PATHS.planningWaves(locationId), h1: 'Freigabewellen (Bürgerbüro im Rathaus)' });
        await page.goto(STAFF_PATHS.planningCounter(locationId, counterId));
        await at({ path: STAFF_PATHS.planningCounter(locationId, counterId), text: 'Dienstleistungen an diesem Platz' });
        await page.goto(STAFF_PATHS.planningLocationEdit(locationId));
        await at({ path: STAFF_PATHS.planningLocationEdit(locationId), h1: 'Bürgerbüro im Rathaus bearbeiten' });
      });
      await step('Dienstleistungen und ihr Formular', async () => {
        await page.goto(STAFF_PATHS.planningServices);
        await at({ path: STAFF_PATHS.planningServices, h1: 'Dienstleistungen', text: 'Personalausweis beantragen' });
        await page.goto(STAFF_PATHS.planningNewService);
        await at({ path: STAFF_PATHS.planningNewService, h1: 'Dienstleistung anlegen' });
      });
      await step('Schließtag: erst die Rückfrage wegen eines gebuchten Termins', async () => {
        await page.goto(STAFF_PATHS.planningClosures);
        await at({ path: STAFF_PATHS.planningClosures, h1: 'Schließtage' });
        await page.selectOption('select[name="place"]', locationId);
        await driver.submit(page, { firstDay: day.split('-').reverse().join('.'), reason: 'Betriebsversammlung' });
        await at({ path: STAFF_PATHS.planningClosures, text: 'In dieser Zeit ist 1 Termin gebucht' });
      });
      await step('Die Statistik mit Diagrammen und Tabellen', async () => {
        await page.goto(`${STAFF_PATHS.statistics}?zeitraum=monate`);
        await at({ path: STAFF_PATHS.statistics, h1: 'Termine in Zahlen', text: 'Wartezeit in Minuten je Monat – Werte' });
      });
      assert.deepEqual(problems, []);
    });
  }
});
