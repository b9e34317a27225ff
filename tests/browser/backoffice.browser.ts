import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { createUser } from '../../src/kernel/auth';
import { APPLICATION_PATHS as PATHS, PROCESS_PERMISSION } from '../../src/modules/applications';
import { applications, webhookSubscriptions } from '../../src/modules/applications/testing';
import { createApplication, indexForSearch, seedCatalogue } from '../support/applications';
import { citizen } from '../support/people';
import { expectNoAxeViolations } from './support/axe';
import { browserSuite, MOBILE } from './support/browser';
import { expectErrorSummary, expectNoHorizontalScroll, watchProblems } from './support/checks';
import { chooseRadio } from './support/keyboard';
import { expectAt, formDriver, keyboardDriver, step, type Driver } from './support/journey';

const STAFF = { email: 'petra.pruefer@iserlohn.example', displayName: 'Petra Prüfer', password: 'Anträge prüfen mit Sorgfalt 7' };
const ADMIN = { email: 'walter.webhook@iserlohn.example', displayName: 'Walter Webhook', password: 'Fachverfahren anbinden mit Sorgfalt 9' };

async function logIn(page: Page, account: { email: string; password: string }, next: string): Promise<void> {
  await page.goto(`/konto/anmelden?weiter=${encodeURIComponent(next)}`);
  await formDriver.submit(page, { email: account.email, password: account.password });
}

/** Radios: arrow keys for the keyboard run, a plain click without JavaScript. */
async function choose(page: Page, driver: Driver, name: string, value: string): Promise<void> {
  if (driver === keyboardDriver) await chooseRadio(page, name, value);
  else await page.locator(`main input[name="${name}"][value="${value}"]`).check();
}

browserSuite('Anträge bearbeiten (/verwaltung/antraege) im Browser', (env) => {
  let department: string;

  before(async () => {
    department = (await seedCatalogue(env.t)).departmentId;
    await createUser(env.t.db, { ...STAFF, role: 'staff', emailVerified: true, departments: [department], permissions: [PROCESS_PERMISSION] });
    await createUser(env.t.db, { ...ADMIN, role: 'admin', emailVerified: true, departments: [department], permissions: [] });
  });

  test('Posteingang bei 375 px: Ergebnisse zuerst, Filter als Aufklapper, aktive Filter als entfernbare Chips (axe)', async () => {
    const applicant = await citizen(env.t);
    const application = await createApplication(
      env.t,
      { applicantId: applicant.id },
      { applicantName: 'Mia Schmal', dueAt: new Date(Date.now() + 3 * 86_400_000) },
    );
    await indexForSearch(env.t, application.id);
    const page = await env.newPage({ viewport: MOBILE });
    const problems = watchProblems(page);
    await logIn(page, STAFF, PATHS.inbox);
    await expectAt(page, { path: PATHS.inbox, h1: 'Anträge bearbeiten', text: 'Mia Schmal' });
    const disclosure = page.locator('details.filter-panel');
    assert.equal(await disclosure.getAttribute('open'), null, 'the filters start closed on a phone');
    assert.ok(await page.locator('main table').isVisible(), 'the table is shown without opening the filters');
    assert.ok(!(await page.locator('main input[name="q"]').isVisible()), 'the filter fields are hidden in the closed disclosure');
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);

    await page.locator('summary.filter-panel__toggle').focus();
    await page.keyboard.press('Enter');
    assert.ok(await page.locator('main input[name="q"]').isVisible(), 'Enter on the summary opens the filters');
    await expectNoAxeViolations(page);
    await keyboardDriver.submit(page, { q: 'Schmal' });
    await expectAt(page, { path: PATHS.inbox, text: 'Gefunden: 1 Antrag' });
    const chip = page.locator('a.filter-chip');
    assert.equal(((await chip.textContent()) ?? '').replace(/\s+/g, ' ').trim(), 'Suche: Schmal – Filter entfernen×');
    await expectNoAxeViolations(page);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), chip.click()]);
    assert.equal(new URL(page.url()).search, '', 'removing the only chip leaves the unfiltered list');
    assert.equal(await page.locator('a.filter-chip').count(), 0);
    assert.deepEqual(problems, [], 'Fehler beim Laden der Seiten');
  });

  for (const javaScript of [true, false]) {
    test(`Webhooks${javaScript ? ' mit axe auf jeder Seite' : ' ohne JavaScript'}: anlegen (Fehler, Geheimnis einmal), Liste, abschalten mit Bestätigung`, async () => {
      const page = await env.newPage({ javaScript });
      const problems = watchProblems(page);
      const audited = new Set<string>();
      const at = (expected: Parameters<typeof expectAt>[1]) => expectAt(page, expected, audited);
      const url = `https://fachverfahren-${javaScript ? 'js' : 'nojs'}.example/stadtportal`;

      await step('Anmelden und zur Liste', async () => {
        await logIn(page, ADMIN, PATHS.staffWebhooks);
        await at({ path: PATHS.staffWebhooks, h1: 'Webhooks' });
      });

      await step('Formular öffnen, http-Adresse wird abgelehnt', async () => {
        await formDriver.follow(page, PATHS.staffWebhookNew);
        await at({ path: PATHS.staffWebhookNew, h1: 'Webhook anlegen' });
        await page.locator('main select[name="department"]').selectOption(department);
        await formDriver.submit(page, { url: 'http://fachverfahren.example/stadtportal' });
        if (javaScript) await expectErrorSummary(page, { focusedByScript: true });
        await at({ path: PATHS.staffWebhookNew, text: 'Die Adresse muss mit https:// beginnen' });
      });

      await step('Mit https anlegen: das Geheimnis wird einmal gezeigt', async () => {
        await formDriver.submit(page, { url });
        await at({ path: PATHS.staffWebhookNew, h1: 'Webhook angelegt', text: 'So prüft der Empfänger die Signatur' });
        assert.match((await page.locator('#webhook-secret').textContent()) ?? '', /whsec_/);
      });

      const [hook] = await env.t.db.select({ id: webhookSubscriptions.id }).from(webhookSubscriptions).where(eq(webhookSubscriptions.url, url));
      assert.ok(hook);

      await step('Abschalten bestätigen', async () => {
        await page.goto(PATHS.staffWebhooks);
        await at({ path: PATHS.staffWebhooks, text: url });
        await formDriver.follow(page, PATHS.staffWebhookDisable(hook.id));
        await at({ path: PATHS.staffWebhookDisable(hook.id), h1: 'Webhook abschalten?' });
        await formDriver.press(page, 'Webhook abschalten');
        await at({ path: PATHS.staffWebhooks, text: `Der Webhook für ${url} ist abgeschaltet.` });
      });
      assert.deepEqual(problems, [], 'Fehler beim Laden der Seiten');
    });
  }

  for (const [driver, javaScript] of [
    [keyboardDriver, true],
    [formDriver, false],
  ] as const) {
    test(`Sachbearbeitung ${driver.label}${javaScript ? ' mit axe auf jeder Seite' : ' ohne JavaScript'}: Eingang, Filter, Antrag, Zuweisung, Status, Notiz, Nachricht, Bescheid`, async (t) => {
      const applicant = await citizen(env.t);
      const name = javaScript ? 'Erika Tastatur' : 'Otto Ohnescript';
      const application = await createApplication(env.t, { applicantId: applicant.id }, { applicantName: name, dueAt: new Date(Date.now() + 7 * 86_400_000) });
      await indexForSearch(env.t, application.id);
      await createApplication(env.t, { applicantId: applicant.id }, { applicantName: 'Andere Person' });
      const detail = PATHS.staffDetail(application.id);
      const page = await env.newPage({ javaScript });
      const problems = watchProblems(page);
      const audited = new Set<string>();
      const at = (expected: Parameters<typeof expectAt>[1]) => expectAt(page, expected, audited);

      await step('Anmelden und zum Posteingang', async () => {
        await page.goto(`/konto/anmelden?weiter=${encodeURIComponent(PATHS.inbox)}`);
        await driver.submit(page, { email: STAFF.email, password: STAFF.password });
        await at({ path: PATHS.inbox, h1: 'Anträge bearbeiten', text: name });
      });

      await step('Nach dem Namen suchen', async () => {
        await driver.submit(page, { q: name.split(' ')[1]! });
        await at({ path: PATHS.inbox, text: 'Gefunden: 1 Antrag' });
        assert.doesNotMatch((await page.locator('main table').textContent()) ?? '', /Andere Person/);
      });

      await step('Antrag öffnen', async () => {
        await driver.follow(page, detail);
        await at({ path: detail, h1: new RegExp(`Antrag ${application.reference}`), text: name });
      });

      await step('Mir zuweisen', async () => {
        await driver.press(page, 'Mir zuweisen');
        await at({ path: detail, text: 'Die Zuweisung wurde gespeichert.' });
      });

      await step('Rückfrage ohne Begründung zeigt den Fehler', async () => {
        await choose(page, driver, 'status', 'awaiting_citizen');
        await driver.press(page, 'Status speichern');
        if (javaScript) await expectErrorSummary(page, { focusedByScript: true });
        await at({ path: PATHS.staffAction(application.id, 'status'), text: 'Geben Sie an, was die antragstellende Person tun soll.' });
      });

      await step('Status „In Bearbeitung“ mit Begründung', async () => {
        await choose(page, driver, 'status', 'in_progress');
        await driver.submit(page, { reason: 'Wir prüfen Ihre Angaben.' });
        await at({ path: detail, text: 'Der Status ist jetzt „In Bearbeitung“.' });
      });

      await step('Interne Notiz', async () => {
        await driver.submit(page, { note: 'Halterauskunft angefragt.' });
        await at({ path: detail, text: 'Die interne Notiz wurde gespeichert.' });
      });

      await step('Nachricht an die antragstellende Person', async () => {
        await driver.submit(page, { subject: 'Ihre Unterlagen', body: 'Vielen Dank, die Unterlagen sind vollständig.' });
        await at({ path: detail, text: 'Die Nachricht wurde gesendet.' });
      });

      await step('Bescheid erstellen', async () => {
        await choose(page, driver, 'decision', 'approved');
        await driver.submit(page, { reasoning: 'Die Voraussetzungen liegen vor.' });
        await at({ path: detail, text: 'Der Bescheid wurde erstellt' });
        const [row] = await env.t.db.select({ status: applications.status }).from(applications).where(eq(applications.id, application.id));
        assert.equal(row?.status, 'approved');
      });

      if (javaScript) t.diagnostic(`axe ohne Befund auf ${audited.size} Seiten: ${[...audited].join(' | ')}`);
      assert.deepEqual(problems, [], 'Fehler beim Laden der Seiten');
    });
  }
});
