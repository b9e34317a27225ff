import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { after, before, test } from 'node:test';
import { createUser } from '../../src/kernel/auth';
import { COCKPIT_STAFF_PATHS, COORDINATE_PERMISSION, startFeedSource } from '../../src/modules/cockpit/testing';
import { browserSuite } from './support/browser';
import { expectErrorSummary, watchProblems } from './support/checks';
import { expectAt, formDriver, keyboardDriver, step } from './support/journey';

const COORDINATOR = { email: 'digitalisierung@example.org', displayName: 'Dana Digital', password: 'Digitalisierung koordinieren 2026' };
const PATH = COCKPIT_STAFF_PATHS.comparison;

/** The coordinator's comparison with other towns: the page, a wrong address, a feed added, a feed refused with its problems. */
browserSuite('Digitalisierung: Vergleich mit anderen Städten im Browser', (env) => {
  let source: { base: string; server: Server };
  before(async () => {
    await createUser(env.t.db, { ...COORDINATOR, role: 'staff', emailVerified: true, permissions: [COORDINATE_PERMISSION] });
    source = await startFeedSource();
  });
  after(() => source.server.close());

  for (const driver of [keyboardDriver, formDriver]) {
    test(`Vergleich, Feed hinzufügen, Fehler (${driver.label}); axe auf jeder Seite`, async () => {
      const withJs = driver === keyboardDriver;
      const page = await env.newPage(withJs ? {} : { javaScript: false });
      const problems = watchProblems(page);
      const audited = new Set<string>();
      const at = (expected: Parameters<typeof expectAt>[1]) => expectAt(page, expected, audited);

      await step('Anmelden und Vergleich', async () => {
        await page.goto(`/konto/anmelden?weiter=${encodeURIComponent(PATH)}`);
        await driver.submit(page, { email: COORDINATOR.email, password: COORDINATOR.password });
        await at({ path: PATH, h1: 'Vergleich mit anderen Städten', text: 'Stadt hinzufügen' });
      });
      await step('Keine http(s)-Adresse: Fehler im Formular', async () => {
        await driver.submit(page, { url: 'ftp://daten.menden.example/feed.json' });
        await at({ path: PATH, text: 'mit http:// oder https:// beginnt' });
        await expectErrorSummary(page, { focusedByScript: withJs });
      });
      await step('Ein Feed gegen das Schema: jedes Problem aufgeführt', async () => {
        await driver.submit(page, { url: `${source.base}/wrong-schema` });
        await at({ path: PATH, text: 'muss höchstens 100 sein' });
      });
      await step('Ein gültiger Feed: die Stadt steht im Vergleich', async () => {
        await driver.submit(page, { url: `${source.base}/feed.json` });
        await at({ path: PATH, text: 'Der Feed von Menden (Sauerland) ist gelesen' });
      });
      assert.deepEqual(problems, []);
    });
  }
});
