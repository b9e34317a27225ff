import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { createSession } from '../../src/kernel/auth';
import { APPLICATION_PATHS as PATHS } from '../../src/modules/applications';
import { addStaffActivity, createApplication } from '../support/applications';
import { citizen } from '../support/people';
import { expectNoAxeViolations } from './support/axe';
import { browserSuite, type BrowserEnv } from './support/browser';
import { expectErrorSummary, watchProblems } from './support/checks';
import { expectAt, formDriver, keyboardDriver, step, type Driver } from './support/journey';

/** A citizen with a submitted application that the department asked a question about. */
async function citizenWithApplication(env: BrowserEnv, page: Page) {
  const person = await citizen(env.t);
  const application = await createApplication(env.t, { applicantId: person.id });
  await addStaffActivity(env.t, application, {
    reason: 'Das Foto des Fahrzeugscheins ist nicht lesbar.',
    note: 'Interner Vermerk',
    subject: 'Bitte neues Foto',
    body: 'Bitte schicken Sie uns ein lesbares Foto.',
  });
  const token = await createSession(env.t.db, person.id);
  await page.context().addCookies([{ name: 'sp_session', value: token, url: env.baseUrl }]);
  return application;
}

/** Meine Anträge → the application → a reply (first empty: errors) → withdraw with confirmation. */
async function journey(env: BrowserEnv, page: Page, driver: Driver): Promise<void> {
  const application = await citizenWithApplication(env, page);
  const withJs = driver === keyboardDriver;
  const audited = new Set<string>();
  const at = (expected: Parameters<typeof expectAt>[1]) => expectAt(page, expected, audited);
  const detail = PATHS.mineDetail(application.id);

  await step('Mein Konto → Meine Anträge', async () => {
    await page.goto('/konto');
    await at({ path: '/konto', h1: 'Mein Konto', text: '0 Entwürfe, 1 Antrag eingereicht oder in Bearbeitung, 0 Anträge abgeschlossen.' });
    await driver.follow(page, PATHS.mine);
    await at({ path: PATHS.mine, h1: 'Meine Anträge', text: '1 neue' });
  });

  await step('Antrag öffnen', async () => {
    await driver.follow(page, detail);
    await at({ path: detail, h1: `Antrag ${application.reference}`, text: 'Wir brauchen noch etwas von Ihnen' });
    const main = (await page.locator('main').textContent()) ?? '';
    assert.ok(main.includes('Bitte schicken Sie uns ein lesbares Foto.'));
    assert.ok(!main.includes('Interner Vermerk'));
  });

  await step('Leere Antwort zeigt die Fehler', async () => {
    await driver.submit(page, { subject: ' ' });
    await at({ path: PATHS.mineMessage(application.id), text: 'Geben Sie einen Betreff an.' });
    await expectErrorSummary(page, { focusedByScript: withJs });
  });

  await step('Antwort senden', async () => {
    await driver.submit(page, { subject: 'Neues Foto', body: 'Ich schicke das Foto per Post.' });
    await at({ path: detail, text: 'Ihre Nachricht wurde gesendet.' });
    assert.ok(((await page.locator('main').textContent()) ?? '').includes('Ich schicke das Foto per Post.'));
  });

  await step('Zurückziehen bestätigen', async () => {
    await driver.follow(page, PATHS.mineWithdraw(application.id));
    await at({ path: PATHS.mineWithdraw(application.id), h1: `Möchten Sie Ihren Antrag ${application.reference} zurückziehen?` });
    await driver.press(page, 'Antrag zurückziehen');
    await at({ path: detail, text: 'Ihr Antrag wurde zurückgezogen.' });
  });
}

browserSuite('Meine Anträge im Browser', (env) => {
  test('nur mit der Tastatur, mit JavaScript, axe ohne Verstöße auf jeder Seite', async () => {
    const page = await env.newPage();
    const problems = watchProblems(page);
    await journey(env, page, keyboardDriver);
    assert.deepEqual(problems, []);
  });

  test('leere Liste, Entwurf und Löschen des Entwurfs, axe ohne Verstöße', async () => {
    const page = await env.newPage();
    const person = await citizen(env.t);
    await page.context().addCookies([{ name: 'sp_session', value: await createSession(env.t.db, person.id), url: env.baseUrl }]);
    const audited = new Set<string>();
    await page.goto(PATHS.mine);
    await expectAt(page, { path: PATHS.mine, h1: 'Meine Anträge', text: 'Sie haben noch keinen Antrag gestellt.' }, audited);
    const draft = await createApplication(env.t, { applicantId: person.id }, { status: 'draft' });
    await page.goto(PATHS.mine);
    await expectAt(page, { path: PATHS.mine, text: 'Entwürfe' });
    await expectNoAxeViolations(page, 'Meine Anträge mit Entwurf');
    await keyboardDriver.follow(page, PATHS.mineDelete(draft.id));
    await expectAt(page, { path: PATHS.mineDelete(draft.id), h1: 'Möchten Sie diesen Entwurf löschen?' }, audited);
    await keyboardDriver.press(page, 'Entwurf löschen');
    await expectAt(page, { path: PATHS.mine, text: 'Der Entwurf wurde gelöscht.' });
  });

  test('ohne JavaScript', async () => {
    const page = await env.newPage({ javaScript: false });
    await journey(env, page, formDriver);
  });
});
