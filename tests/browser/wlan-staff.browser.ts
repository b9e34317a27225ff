import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { createUser } from '../../src/kernel/auth';
import { CLI_ACTOR } from '../../src/modules/admin';
import { importFeedLocation } from '../../src/modules/wlan';
import { feedFixture, MANAGE_PERMISSION, STAFF_PATHS, STATISTICS_PATH } from '../../src/modules/wlan/testing';
import { browserSuite } from './support/browser';
import { expectErrorSummary, watchProblems } from './support/checks';
import { expectAt, formDriver, keyboardDriver, step } from './support/journey';

const STAFF = { email: 'wlan.team@example.org', displayName: 'Wiebke WLAN', password: 'Freies Netz für alle 2026' };

/**
 * The WLAN staff sections: own hotspots (list, form with its error state), feed sources (form with its error state), import log
 * and a run; then the public statistics with charts (public-pages.ts scans it without history, so without charts).
 */
browserSuite('WLAN und Freifunk in der Verwaltung im Browser', (env) => {
  let runId = '';
  before(async () => {
    await createUser(env.t.db, { ...STAFF, role: 'staff', emailVerified: true, permissions: [MANAGE_PERMISSION] });
    runId = (await importFeedLocation(CLI_ACTOR, { location: feedFixture('nodes-v1.json') }, env.t.deps)).runId;
  });

  for (const driver of [keyboardDriver, formDriver]) {
    test(`Eigene Hotspots, Feed-Quellen und Import-Protokoll (${driver.label}); axe auf jeder Seite`, async () => {
      const withJs = driver === keyboardDriver;
      const page = await env.newPage(withJs ? {} : { javaScript: false });
      const problems = watchProblems(page);
      const audited = new Set<string>();
      const at = (expected: Parameters<typeof expectAt>[1]) => expectAt(page, expected, audited);

      await step('Anmelden und eigene Hotspots', async () => {
        await page.goto(`/konto/anmelden?weiter=${encodeURIComponent(STAFF_PATHS.hotspots)}`);
        await driver.submit(page, { email: STAFF.email, password: STAFF.password });
        await at({ path: STAFF_PATHS.hotspots, h1: 'Eigene Hotspots', text: '2 Knoten übernommen' });
      });
      await step('Hotspot hinzufügen: Fehler, dann gespeichert', async () => {
        await driver.follow(page, STAFF_PATHS.newHotspot);
        await at({ path: STAFF_PATHS.newHotspot, h1: 'Hotspot hinzufügen' });
        await driver.submit(page, { name: 'Rathaus', operator: 'Stadt', address: 'Schillerplatz 7', latitude: '151', longitude: 'sieben' });
        await at({ path: STAFF_PATHS.newHotspot, text: 'Der Breitengrad liegt zwischen' });
        await expectErrorSummary(page, { focusedByScript: withJs });
        await driver.submit(page, { latitude: '51,3757', longitude: '7,6961' });
        await at({ path: STAFF_PATHS.hotspots, text: 'Der Hotspot ist gespeichert' });
      });
      await step('Feed-Quelle hinzufügen: Fehler im Formular', async () => {
        await page.goto(STAFF_PATHS.sources);
        await at({ path: STAFF_PATHS.sources, h1: 'Feed-Quellen' });
        await driver.follow(page, STAFF_PATHS.newSource);
        await at({ path: STAFF_PATHS.newSource, h1: 'Feed-Quelle hinzufügen' });
        await driver.submit(page, { name: 'Nachbarn', url: 'ftp://kaputt', intervalMinutes: '1' });
        await at({ path: STAFF_PATHS.newSource, text: 'Geben Sie die Adresse mit https:// an' });
        await expectErrorSummary(page, { focusedByScript: withJs });
      });
      await step('Import-Protokoll und ein Import mit übersprungenen Knoten', async () => {
        await page.goto(STAFF_PATHS.runs);
        await at({ path: STAFF_PATHS.runs, h1: 'Import-Protokoll', text: 'erfolgreich' });
        await driver.follow(page, STAFF_PATHS.run(runId));
        await at({ path: STAFF_PATHS.run(runId), text: 'vertauscht' });
      });
      await step('Die Quelle mit „Jetzt importieren“ und ein Hotspot zum Bearbeiten', async () => {
        const sourcePath = (await page.locator('main dl a').first().getAttribute('href'))!;
        await driver.follow(page, sourcePath);
        await at({ path: sourcePath, text: 'Letzter guter Stand' });
        await page.goto(STAFF_PATHS.hotspots);
        const hotspotPath = (await page.locator('main table a').first().getAttribute('href'))!;
        await driver.follow(page, hotspotPath);
        await at({ path: hotspotPath, text: 'Außer Betrieb nehmen' });
      });
      await step('Die öffentliche Statistik mit Diagrammen und Tabellen', async () => {
        await page.goto(STATISTICS_PATH);
        await at({ path: STATISTICS_PATH, h1: 'Freies WLAN in Zahlen', text: 'Hotspots im Stadtgebiet je Monat – Werte' });
      });
      assert.deepEqual(problems, []);
    });
  }
});
