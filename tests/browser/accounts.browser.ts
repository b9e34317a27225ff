import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { findUserByEmail } from '../../src/kernel/auth';
import { browserSuite, type BrowserEnv } from './support/browser';
import { expectErrorSummary, watchProblems } from './support/checks';
import { expectAt, formDriver, keyboardDriver, step, type Driver } from './support/journey';
import { mailLink } from './support/mail';

const PASSWORD = 'Der Mond ist aufgegangen 1';
const CHANGED_PASSWORD = 'Die goldnen Sternlein prangen 2';
const RESET_PASSWORD = 'Am Himmel hell und klar 3';

/**
 * The whole life of a citizen account, through the pages only: register, confirm by mail link,
 * log out and in, change password and e-mail address, forget the password, reset it, delete
 * the account. Mail links are read from the outbox the way the person would read their inbox.
 * Login attempts stay few (one wrong, the rest right), well below the login rate limit.
 */
async function accountJourney(env: BrowserEnv, page: Page, driver: Driver, id: string): Promise<string[]> {
  const email = `buerger-${id}@example.org`;
  const newEmail = `neu-${id}@example.org`;
  const withJs = driver === keyboardDriver;
  const audited = new Set<string>();
  const at = (expected: Parameters<typeof expectAt>[1]) => expectAt(page, expected, audited);

  await step('Startseite → Registrieren', async () => {
    await page.goto('/');
    await at({ path: '/', h1: /Willkommen/ });
    await driver.follow(page, '/konto/registrieren');
    await at({ path: '/konto/registrieren', h1: 'Bürgerkonto anlegen' });
  });

  await step('Konto anlegen', async () => {
    await driver.submit(page, { displayName: 'Erika Mustermann', email, password: PASSWORD, privacy: true });
    await at({ path: '/konto/registrieren/bestaetigung' });
  });

  await step('Bestätigungslink aus der E-Mail öffnen', async () => {
    const link = await mailLink(env.t, email, '/konto/bestaetigen/');
    await page.goto(link);
    // Opening the link only shows the button (mail scanners open links too); the person confirms.
    await at({ path: link, h1: 'E-Mail-Adresse bestätigen' });
    await driver.press(page, 'E-Mail-Adresse bestätigen');
    await at({ path: '/konto', h1: 'Mein Konto', text: 'Ihre E-Mail-Adresse ist bestätigt.' });
    assert.ok(((await page.locator('main').textContent()) ?? '').includes('Erika Mustermann'));
  });

  await step('Abmelden (Schaltfläche in der Kopfzeile)', async () => {
    await driver.press(page, 'Abmelden');
    await at({ path: '/', text: 'Sie haben sich abgemeldet.' });
  });

  await step('Anmelden mit falschem Passwort zeigt den Fehler', async () => {
    await driver.follow(page, '/konto/anmelden');
    await at({ path: '/konto/anmelden', h1: 'Anmelden' });
    await driver.submit(page, { email, password: 'falsches Passwort 123' });
    await at({ path: '/konto/anmelden', text: 'E-Mail-Adresse oder Passwort ist falsch.' });
    await expectErrorSummary(page, { focusedByScript: withJs });
  });

  await step('Anmelden; Mein Konto zeigt die Übersicht aller Bereiche', async () => {
    await driver.submit(page, { email, password: PASSWORD });
    await at({ path: '/konto', h1: 'Mein Konto', text: 'Sie haben noch keinen Antrag online gestellt.' });
    assert.equal(await page.locator('#overview-title + ul.card-list > li h3').first().textContent(), 'Anträge');
    assert.equal(await page.locator('a[href="/konto/meine-daten.json"]').count(), 1, 'Meine Daten zum Herunterladen');
  });

  await step('Passwort ändern', async () => {
    await driver.follow(page, '/konto/passwort-aendern');
    await at({ path: '/konto/passwort-aendern' });
    await driver.submit(page, { currentPassword: PASSWORD, newPassword: CHANGED_PASSWORD });
    await at({ path: '/konto', text: 'Ihr Passwort ist geändert.' });
  });

  await step('E-Mail-Adresse ändern und neue Adresse bestätigen', async () => {
    await driver.follow(page, '/konto/email-aendern');
    await at({ path: '/konto/email-aendern' });
    await driver.submit(page, { email: newEmail, password: CHANGED_PASSWORD });
    await at({ path: '/konto', text: 'Wir haben Ihnen einen Link an die neue E-Mail-Adresse geschickt.' });
    const link = await mailLink(env.t, newEmail, '/konto/email-bestaetigen/');
    await page.goto(link);
    await at({ path: link, h1: 'E-Mail-Adresse bestätigen' });
    await driver.press(page, 'E-Mail-Adresse bestätigen');
    await at({ path: '/konto', text: 'Ihre neue E-Mail-Adresse ist bestätigt.' });
    assert.ok(((await page.locator('main').textContent()) ?? '').includes(newEmail), 'Mein Konto zeigt die neue Adresse');
  });

  await step('Abmelden', async () => {
    await driver.press(page, 'Abmelden');
    await at({ path: '/', text: 'Sie haben sich abgemeldet.' });
  });

  await step('Passwort vergessen', async () => {
    await driver.follow(page, '/konto/anmelden');
    await driver.follow(page, '/konto/passwort-vergessen');
    await at({ path: '/konto/passwort-vergessen' });
    await driver.submit(page, { email: newEmail });
    await at({ path: '/konto/passwort-vergessen/gesendet' });
  });

  await step('Link zum neuen Passwort öffnen und Passwort festlegen', async () => {
    await page.goto(await mailLink(env.t, newEmail, '/konto/passwort-neu/'));
    await at({ path: new URL(page.url()).pathname });
    assert.match(new URL(page.url()).pathname, /^\/konto\/passwort-neu\//);
    await driver.submit(page, { password: RESET_PASSWORD });
    await at({ path: '/konto/anmelden', text: 'Ihr neues Passwort ist gespeichert.' });
  });

  await step('Mit dem neuen Passwort anmelden', async () => {
    await driver.submit(page, { email: newEmail, password: RESET_PASSWORD });
    await at({ path: '/konto', h1: 'Mein Konto' });
  });

  await step('Konto löschen', async () => {
    await driver.follow(page, '/konto/loeschen');
    await at({ path: '/konto/loeschen', h1: 'Möchten Sie Ihr Konto endgültig löschen?' });
    await driver.submit(page, { password: RESET_PASSWORD, confirm: true });
    await at({ path: '/konto/geloescht', h1: 'Ihr Konto ist gelöscht', text: 'Das haben wir gelöscht' });
    assert.ok(((await page.locator('main').textContent()) ?? '').includes('Das bewahrt die Verwaltung auf, und warum'));
    assert.equal(await page.locator('header').getByText('Abmelden').count(), 0, 'abgemeldet');
    assert.equal(await findUserByEmail(env.t.db, newEmail), undefined, 'das Konto ist in der Datenbank gelöscht');
    assert.equal(await findUserByEmail(env.t.db, email), undefined);
  });
  return [...audited];
}

browserSuite('Bürgerkonto: Lebenslauf eines Kontos im Browser', (env) => {
  test('mit JavaScript, nur mit der Tastatur (Tab, Leertaste, Enter, Tippen); axe auf jeder Seite', async (t) => {
    const page = await env.newPage();
    const problems = watchProblems(page);
    const audited = await accountJourney(env, page, keyboardDriver, 'tastatur');
    t.diagnostic(`axe ohne Befund auf ${audited.length} Seiten: ${audited.join(' | ')}`);
    assert.ok(audited.length >= 12, 'jede Seite der Reise wurde mit axe geprüft');
    assert.deepEqual(problems, [], 'Fehler beim Laden der Seiten');
  });

  test('ohne JavaScript, mit gewöhnlichen Formularen', async () => {
    const page = await env.newPage({ javaScript: false });
    await accountJourney(env, page, formDriver, 'ohne-js');
  });
});
