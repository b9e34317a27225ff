import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createUser } from '../../src/kernel/auth';
import { queryRows } from '../../src/kernel/db';
import { HARVEST_PATHS } from '../../src/modules/opendata';
import { browserSuite } from './support/browser';
import { expectErrorSummary, watchProblems } from './support/checks';
import { expectAt, formDriver, keyboardDriver, step } from './support/journey';

const ADMIN = { email: 'ole.opendata@iserlohn.example', displayName: 'Ole Opendata', password: 'Offene Daten ernten 4 mal' };

/** The harvest back office: sources, a source with its runs, a run's log, the source form with its error state, "Jetzt ernten". */
browserSuite('Ernte (Harvesting) in der Verwaltung im Browser', (env) => {
  let sourceId = '';
  let runId = '';
  let harvestedId = '';
  before(async () => {
    await createUser(env.t.db, { ...ADMIN, role: 'admin', emailVerified: true });
    const id = async (query: ReturnType<typeof sql>) => (await queryRows<{ id: string }>(env.t.db, query))[0]!.id;
    const organizationId = await id(
      sql`insert into opendata_organizations (name, title, kind) values ('stadtwerke', 'Stadtwerke Iserlohn', 'company') returning id`,
    );
    sourceId = await id(sql`
      insert into opendata_harvest_sources (name, title, url, kind, organization_id, interval_hours)
      values ('stadtwerke-portal', 'Datenportal der Stadtwerke', 'https://daten.stadtwerke.example/api/3', 'ckan', ${organizationId}, 24) returning id`);
    runId = await id(sql`
      insert into opendata_harvest_runs (source_id, status, finished_at, created, failed) values (${sourceId}, 'partial', now(), 3, 1) returning id`);
    harvestedId = await id(sql`
      insert into opendata_datasets (name, organization_id, title, license_id, contact_name, contact_email, state, origin, harvest_source_id, origin_ref)
      values ('ladesaeulen', ${organizationId}, 'Ladesäulen', 'dl-by-de/2.0', 'Stadtwerke', 'daten@stadtwerke.example', 'active', 'harvest', ${sourceId}, 'ladesaeulen')
      returning id`);
    await env.t.db.execute(sql`
      insert into opendata_harvest_log (run_id, level, dataset_ref, message)
      values (${runId}, 'error', 'ladesaeulen', 'Geben Sie die E-Mail-Adresse der Kontaktstelle an.')`);
  });

  for (const driver of [keyboardDriver, formDriver]) {
    test(`Quellen, Läufe und Protokoll, Formular mit Fehlern (${driver.label}); axe auf jeder Seite`, async () => {
      const page = await env.newPage(driver === formDriver ? { javaScript: false } : {});
      const problems = watchProblems(page);
      const audited = new Set<string>();
      const at = (expected: Parameters<typeof expectAt>[1]) => expectAt(page, expected, audited);

      await step('Anmelden und Liste der Erntequellen', async () => {
        await page.goto(`/konto/anmelden?weiter=${encodeURIComponent(HARVEST_PATHS.sources)}`);
        await driver.submit(page, { email: ADMIN.email, password: ADMIN.password });
        await at({ path: HARVEST_PATHS.sources, h1: 'Ernte (Harvesting)', text: 'teilweise erfolgreich' });
      });
      await step('Quelle mit ihren Läufen', async () => {
        await driver.follow(page, HARVEST_PATHS.source(sourceId));
        await at({ path: HARVEST_PATHS.source(sourceId), h1: 'Datenportal der Stadtwerke', text: 'Letzte Läufe' });
      });
      await step('Protokoll eines Laufs', async () => {
        await driver.follow(page, HARVEST_PATHS.run(sourceId, runId));
        await at({ path: HARVEST_PATHS.run(sourceId, runId), h1: /^Ernte vom /, text: 'Geben Sie die E-Mail-Adresse der Kontaktstelle an.' });
      });
      await step('Ein geernteter Datensatz: nur zu lesen, mit seiner Quelle', async () => {
        await page.goto(`/verwaltung/daten/datensaetze/${harvestedId}`);
        await at({ path: `/verwaltung/daten/datensaetze/${harvestedId}`, h1: 'Ladesäulen', text: '„Datenportal der Stadtwerke“ übernommen' });
      });
      await step('Jetzt ernten', async () => {
        await page.goto(HARVEST_PATHS.source(sourceId));
        await driver.press(page, 'Jetzt ernten');
        await at({ path: HARVEST_PATHS.source(sourceId), text: 'Die Ernte ist angestoßen.' });
      });
      await step('Neue Quelle: Fehler im Formular', async () => {
        await page.goto(HARVEST_PATHS.sources);
        await driver.follow(page, HARVEST_PATHS.newSource);
        await at({ path: HARVEST_PATHS.newSource, h1: 'Erntequelle hinzufügen' });
        await driver.submit(page, { title: 'Katalog', url: 'ftp://daten.stadtwerke.example' });
        await at({ path: HARVEST_PATHS.newSource, text: 'Geben Sie die Adresse mit https:// an' });
        await expectErrorSummary(page, { focusedByScript: driver === keyboardDriver });
      });
      assert.deepEqual(problems, []);
    });
  }
});
