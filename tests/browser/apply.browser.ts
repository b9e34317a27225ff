import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { createUser } from '../../src/kernel/auth';
import { formsModule } from '../../src/modules/forms';
import { servicesModule } from '../../src/modules/services';
import { browserSuite, isJavaScriptEnabled, type BrowserEnv } from './support/browser';
import { expectErrorSummary, watchProblems } from './support/checks';
import { expectAt, formDriver, keyboardDriver, step, type Driver } from './support/journey';
import { chooseRadio, pressAndWait, pressButton, tabUntil, typeInto } from './support/keyboard';
import { mailLink } from './support/mail';

const START = '/leistungen/maengelmeldung/antrag';
const ACCOUNT_PASSWORD = 'Der Mond ist aufgegangen 1';
const PAGE = /^\/antraege\/([0-9a-f-]{36})\/seite\/([a-zA-Z]+)$/;

/** One question page answered: radios chosen and text typed (keyboard or mouse), then "Weiter" or another button. */
async function answerPage(
  page: Page,
  driver: Driver,
  answers: { radios?: Record<string, string>; text?: Record<string, string> },
  button = 'Weiter',
): Promise<void> {
  const keyboard = driver === keyboardDriver;
  for (const [name, value] of Object.entries(answers.radios ?? {})) {
    if (keyboard) await chooseRadio(page, name, value);
    else await page.locator(`main input[name="${name}"][value="${value}"]`).check();
  }
  for (const [name, value] of Object.entries(answers.text ?? {})) {
    if (keyboard) await typeInto(page, name, value);
    else await page.locator(`main [name="${name}"]`).fill(value);
  }
  if (keyboard) await pressButton(page, button);
  else await driver.press(page, button);
}

function current(page: Page): { id: string; pageId: string; path: string } {
  const path = new URL(page.url()).pathname;
  const match = PAGE.exec(path);
  assert.ok(match, `eine Seite des Antrags, ist ${path}`);
  return { id: match[1]!, pageId: match[2]!, path };
}

/**
 * A guest reports a pothole (Mängelmeldung) through the pages only: start page, e-mail address,
 * a page sent empty (error summary), each question page, save for later and the resume link from
 * the mail, check answers, declaration, confirmation with the reference number.
 */
async function guestJourney(env: BrowserEnv, page: Page, driver: Driver, email: string): Promise<string[]> {
  const audited = new Set<string>();
  const at = (expected: Parameters<typeof expectAt>[1]) => expectAt(page, expected, audited);

  await step('Startseite des Antrags', async () => {
    await page.goto(START);
    await at({ path: START, h1: 'Mangel melden', text: 'Ohne Konto fortfahren' });
  });

  await step('Ohne Konto fortfahren mit falscher, dann richtiger E-Mail-Adresse', async () => {
    await driver.submit(page, { email: 'keine-adresse' });
    await at({ path: START, text: 'Geben Sie eine E-Mail-Adresse im richtigen Format an' });
    await expectErrorSummary(page, { focusedByScript: isJavaScriptEnabled(page) });
    await driver.submit(page, { email });
    assert.equal(current(page).pageId, 'mangel');
    await at({ path: current(page).path, h1: 'Was möchten Sie melden?', text: 'Schritt 1 von 3' });
  });

  await step('Seite ohne Angaben absenden zeigt die Fehler', async () => {
    await answerPage(page, driver, {});
    await at({ path: current(page).path, text: 'Es gibt ein Problem' });
    assert.match(await page.title(), /^Fehler: /);
    await expectErrorSummary(page, { focusedByScript: isJavaScriptEnabled(page) });
  });

  await step('Was und wo', async () => {
    await answerPage(page, driver, { radios: { category: 'strasse' }, text: { description: 'Schlagloch mitten auf dem Radweg, etwa 30 cm breit' } });
    assert.equal(current(page).pageId, 'ort');
    await at({ path: current(page).path, h1: 'Wo ist der Mangel?', text: 'Schritt 2 von 3' });
    await answerPage(page, driver, { text: { location: 'Radweg am Seilersee, Höhe Eissporthalle' } }, 'Speichern und später fortsetzen');
    await at({ path: current(page).path, text: 'Ihre Angaben sind gespeichert' });
  });

  await step('Mit dem Link aus der E-Mail fortsetzen', async () => {
    await page.goto(await mailLink(env.t, email, `${env.t.config.baseUrl}/antraege/fortsetzen/`).then((link) => new URL(link).pathname));
    assert.equal(current(page).pageId, 'kontakt');
    await at({ path: current(page).path, h1: 'Möchten Sie eine Rückmeldung?', text: 'Schritt 3 von 3' });
    await answerPage(page, driver, { radios: { wantsFeedback: 'nein' } });
  });

  await step('Angaben prüfen und absenden', async () => {
    const id = /^\/antraege\/([0-9a-f-]{36})\/pruefen$/.exec(new URL(page.url()).pathname)?.[1];
    assert.ok(id, `Prüfseite erwartet, ist ${page.url()}`);
    await at({ path: `/antraege/${id}/pruefen`, h1: 'Prüfen Sie Ihre Angaben', text: 'Schlagloch mitten auf dem Radweg' });
    await driver.press(page, 'Antrag absenden');
    // The form comes back at the address it was sent to, with the message (HTTP 400).
    await at({ path: `/antraege/${id}/absenden`, text: 'Bestätigen Sie die Erklärung' });
    await expectErrorSummary(page, { focusedByScript: isJavaScriptEnabled(page) });
    await driver.submit(page, { declaration: true });
    await at({ path: `/antraege/${id}/bestaetigung`, h1: 'Antrag eingegangen', text: /ISN-\d{4}-\d{6}/ });
  });

  await step('Stand des Antrags als Gast', async () => {
    const id = /^\/antraege\/([0-9a-f-]{36})\/bestaetigung$/.exec(new URL(page.url()).pathname)?.[1];
    await driver.follow(page, `/antraege/${id}/stand`);
    await at({ path: `/antraege/${id}/stand`, h1: /Antrag ISN-\d{4}-\d{6}/, text: 'Nachrichten' });
  });
  return [...audited];
}

/**
 * A citizen with an account: "Anmelden und starten" leads through the login back to the start
 * page, the draft belongs to the account, the confirmation points to "Meine Anträge".
 */
async function accountJourney(env: BrowserEnv, page: Page): Promise<string[]> {
  const driver = keyboardDriver;
  const audited = new Set<string>();
  const at = (expected: Parameters<typeof expectAt>[1]) => expectAt(page, expected, audited);
  const email = 'konto-antrag@example.org';
  await createUser(env.t.db, { email, displayName: 'Erika Mustermann', password: ACCOUNT_PASSWORD, emailVerified: true });

  await step('Anmelden und zurück zum Antrag', async () => {
    await page.goto(START);
    // The start page's own link (with the way back), not the header's plain "Anmelden".
    await tabUntil(page, (info) => info.tag === 'a' && info.href.startsWith('/konto/anmelden?weiter='), 'Anmelden und starten');
    await pressAndWait(page);
    await at({ path: '/konto/anmelden', h1: 'Anmelden' });
    await driver.submit(page, { email, password: ACCOUNT_PASSWORD });
    await at({ path: START, h1: 'Mangel melden' });
    await driver.press(page, 'Antrag starten');
    assert.equal(current(page).pageId, 'mangel');
  });

  await step('Fragen beantworten, prüfen, absenden', async () => {
    await answerPage(page, driver, { radios: { category: 'beleuchtung' }, text: { description: 'Laterne Nummer 42 brennt seit Tagen nicht' } });
    await answerPage(page, driver, { text: { location: 'Hauptstraße 12' } });
    await answerPage(page, driver, { radios: { wantsFeedback: 'nein' } });
    const id = /^\/antraege\/([0-9a-f-]{36})\/pruefen$/.exec(new URL(page.url()).pathname)?.[1];
    assert.ok(id, `Prüfseite erwartet, ist ${page.url()}`);
    await at({ path: `/antraege/${id}/pruefen`, h1: 'Prüfen Sie Ihre Angaben' });
    await driver.submit(page, { declaration: true });
    await at({ path: `/antraege/${id}/bestaetigung`, h1: 'Antrag eingegangen', text: 'Meine Anträge' });
  });
  return [...audited];
}

browserSuite('Antrag stellen: Mängelmeldung als Gast und mit Konto im Browser', (env) => {
  const seed = async () => {
    await servicesModule.seedDemo!(env.t.deps);
    await formsModule.seedDemo!(env.t.deps);
  };

  test('mit JavaScript, nur mit der Tastatur; axe auf jeder Seite', async (t) => {
    await seed();
    const page = await env.newPage();
    const problems = watchProblems(page);
    const audited = await guestJourney(env, page, keyboardDriver, 'gast-tastatur@example.org');
    t.diagnostic(`axe ohne Befund auf ${audited.length} Seiten: ${audited.join(' | ')}`);
    assert.ok(audited.length >= 7, 'Start, Fehler, jede Frageseite, Prüfen und Bestätigung wurden mit axe geprüft');
    assert.deepEqual(problems, [], 'Fehler beim Laden der Seiten');
  });

  test('ohne JavaScript, mit gewöhnlichen Formularen', async () => {
    await seed();
    const page = await env.newPage({ javaScript: false });
    await guestJourney(env, page, formDriver, 'gast-ohne-js@example.org');
  });

  test('mit Konto: anmelden, Antrag stellen; nur Tastatur, axe auf jeder Seite', async () => {
    await seed();
    const page = await env.newPage();
    const problems = watchProblems(page);
    await accountJourney(env, page);
    assert.deepEqual(problems, [], 'Fehler beim Laden der Seiten');
  });
});
