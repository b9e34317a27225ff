import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createUser } from '../../src/kernel/auth';
import { importOparl } from '../../src/modules/council';
import { beispielstadtRoutes, IMPORT_PATHS, MANAGE_PERMISSION, startFixtureServer, TEST_LIMITS } from '../../src/modules/council/testing';
import { browserSuite } from './support/browser';
import { expectErrorSummary, watchProblems } from './support/checks';
import { expectAt, formDriver, keyboardDriver, step } from './support/journey';

const STAFF = { email: 'rat.import@example.org', displayName: 'Rita Rat', password: 'Ratsinformation für alle 2026' };

/** The council import's staff sections: sources (list, form with its error state, a source's page), reports and one run's report. */
browserSuite('Ratsinformation: Import-Quellen und Import-Berichte im Browser', (env) => {
  let runId = '';
  let close: () => Promise<void> = async () => {};
  before(async () => {
    await createUser(env.t.db, { ...STAFF, role: 'staff', emailVerified: true, permissions: [MANAGE_PERMISSION] });
    const server = await startFixtureServer(await beispielstadtRoutes());
    close = server.close;
    const report = await importOparl(`${server.base}/oparl/system`, env.t.deps, { limits: TEST_LIMITS });
    runId = report.runId;
  });
  after(() => close());

  for (const driver of [keyboardDriver, formDriver]) {
    test(`Import-Quellen und Import-Berichte (${driver.label}); axe auf jeder Seite`, async () => {
      const withJs = driver === keyboardDriver;
      const page = await env.newPage(withJs ? {} : { javaScript: false });
      const problems = watchProblems(page);
      const audited = new Set<string>();
      const at = (expected: Parameters<typeof expectAt>[1]) => expectAt(page, expected, audited);

      await step('Anmelden und Import-Quellen', async () => {
        await page.goto(`/konto/anmelden?weiter=${encodeURIComponent(IMPORT_PATHS.sources)}`);
        await driver.submit(page, { email: STAFF.email, password: STAFF.password });
        await at({ path: IMPORT_PATHS.sources, h1: 'Import-Quellen', text: 'erfolgreich' });
      });
      await step('Quelle hinzufügen: Fehler im Formular', async () => {
        await driver.follow(page, IMPORT_PATHS.newSource);
        await at({ path: IMPORT_PATHS.newSource, h1: 'Import-Quelle hinzufügen' });
        await driver.submit(page, { name: 'Nachbarstadt', url: 'ftp://kaputt', intervalMinutes: '1' });
        await at({ path: IMPORT_PATHS.newSource, text: 'Geben Sie die Adresse mit https:// an' });
        await expectErrorSummary(page, { focusedByScript: withJs });
      });
      await step('Import-Berichte und ein Bericht mit übersprungenen Objekten', async () => {
        await page.goto(IMPORT_PATHS.runs);
        await at({ path: IMPORT_PATHS.runs, h1: 'Import-Berichte', text: 'erfolgreich' });
        await driver.follow(page, IMPORT_PATHS.run(runId));
        await at({ path: IMPORT_PATHS.run(runId), text: 'organization/99' });
      });
      await step('Die Quelle mit „Jetzt importieren“', async () => {
        const sourcePath = (await page.locator('main dl a').first().getAttribute('href'))!;
        await driver.follow(page, sourcePath);
        await at({ path: sourcePath, text: 'Jetzt importieren' });
      });
      assert.deepEqual(problems, []);
    });
  }
});
