import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { createSession, createUser, type UserRow } from '../../src/kernel/auth';
import {
  insertHold,
  insertItem,
  insertLoan,
  insertReader,
  insertRecord,
  LENDING_PATHS,
  LEND_PERMISSION,
  lentCopy,
  TEST_PIN,
} from '../../src/modules/library/testing';
import { expectNoAxeViolations } from './support/axe';
import { browserSuite, MOBILE, type BrowserEnv } from './support/browser';
import { expectErrorSummary, expectNoHorizontalScroll, watchProblems } from './support/checks';
import { expectAt, formDriver, keyboardDriver, step, type Driver } from './support/journey';

const LIBRARIAN = { email: 'ausleihe@iserlohn.example', displayName: 'Ausleihtheke (Test)', password: 'Bücher verleihen mit Sorgfalt 5' };

/** A reader with a loan due soon, one someone else has held (not renewable) and a hold in the queue of a lent copy. */
async function readerWithAccount(env: BrowserEnv) {
  const reader = await insertReader(env.t, { name: 'Lena Leserin' });
  await lentCopy(env.t, reader, 'Tintenherz', 3);
  const held = await lentCopy(env.t, reader, 'Der Schwarm', 5);
  await insertHold(env.t, (await insertReader(env.t)).id, held.item.id);
  const wanted = await insertRecord(env.t, { title: 'Momo' });
  const copy = await insertItem(env.t, wanted.id);
  await insertLoan(env.t, (await insertReader(env.t)).id, copy.id, 7);
  await insertHold(env.t, reader.id, copy.id);
  return reader;
}

/** Card login (first a wrong PIN: errors) → account → renew → delete the hold → log out. */
async function readerJourney(env: BrowserEnv, page: Page, driver: Driver): Promise<void> {
  const reader = await readerWithAccount(env);
  const withJs = driver === keyboardDriver;
  const audited = new Set<string>();
  const at = (expected: Parameters<typeof expectAt>[1]) => expectAt(page, expected, audited);

  await step('Falsche PIN', async () => {
    await page.goto(LENDING_PATHS.login);
    await driver.submit(page, { cardNumber: reader.cardNumber, pin: '0000' });
    await at({ path: LENDING_PATHS.login, text: 'Ausweisnummer oder PIN ist falsch.' });
    await expectErrorSummary(page, { focusedByScript: withJs });
  });

  await step('Anmelden', async () => {
    await driver.submit(page, { cardNumber: reader.cardNumber, pin: TEST_PIN });
    await at({ path: LENDING_PATHS.account, h1: 'Mein Büchereikonto', text: 'Platz 1 in der Warteschlange' });
    assert.ok(((await page.locator('main').textContent()) ?? '').includes('vorgemerkt – nicht verlängerbar'));
  });

  await step('Verlängern', async () => {
    await driver.press(page, 'Verlängern – Funke, Cornelia: Tintenherz (2020)');
    await at({ path: LENDING_PATHS.account, text: 'ist verlängert bis zum' });
  });

  await step('Vormerkung löschen', async () => {
    await driver.press(page, 'Vormerkung löschen – Funke, Cornelia: Momo (2020)');
    await at({ path: LENDING_PATHS.account, text: 'Die Vormerkung ist gelöscht.' });
  });

  await step('Abmelden', async () => {
    await driver.press(page, 'Vom Büchereikonto abmelden');
    await at({ path: LENDING_PATHS.login, text: 'Sie haben sich vom Büchereikonto abgemeldet.' });
  });
}

browserSuite('Büchereikonto und Ausleihtheke im Browser', (env) => {
  let librarian: UserRow;
  before(async () => {
    librarian = await createUser(env.t.db, { ...LIBRARIAN, role: 'staff', emailVerified: true, departments: [], permissions: [LEND_PERMISSION] });
  });

  test('Büchereikonto nur mit der Tastatur, mit JavaScript, axe ohne Verstöße auf jeder Seite', async () => {
    const page = await env.newPage();
    const problems = watchProblems(page);
    await readerJourney(env, page, keyboardDriver);
    assert.deepEqual(problems, []);
  });

  test('Büchereikonto ohne JavaScript', async () => {
    const page = await env.newPage({ javaScript: false });
    await readerJourney(env, page, formDriver);
  });

  test('Ausleihtheke bei 375 px: Ausweis ausstellen (erst mit Fehlern), ausleihen (erst mit Fehler), axe auf jeder Seite', async () => {
    const page = await env.newPage({ viewport: MOBILE });
    const problems = watchProblems(page);
    await page.context().addCookies([{ name: 'sp_session', value: await createSession(env.t.db, librarian.id), url: env.baseUrl }]);
    const record = await insertRecord(env.t, { title: 'Die unendliche Geschichte' });
    const copy = await insertItem(env.t, record.id, { barcode: 'BR-0001' });
    const audited = new Set<string>();
    const at = (expected: Parameters<typeof expectAt>[1]) => expectAt(page, expected, audited);

    await page.goto(LENDING_PATHS.desk);
    await at({ path: LENDING_PATHS.desk, h1: 'Ausleihtheke' });
    await expectNoHorizontalScroll(page);
    await keyboardDriver.follow(page, LENDING_PATHS.newReader);
    await at({ path: LENDING_PATHS.newReader, h1: 'Ausweis ausstellen' });
    await keyboardDriver.submit(page, { name: ' ', expiresOn: '2027-02-30' });
    await at({ path: LENDING_PATHS.newReader, text: 'Geben Sie den Namen an.' });
    await expectErrorSummary(page, { focusedByScript: true });
    await expectNoAxeViolations(page, 'Ausweis ausstellen mit Fehlern');
    await keyboardDriver.submit(page, { name: 'Paul Neu', expiresOn: '2030-12-31' });
    const readerPath = new URL(page.url()).pathname;
    await at({ path: readerPath, h1: 'Paul Neu', text: 'Der Ausweis ist ausgestellt.' });
    await keyboardDriver.submit(page, { barcode: 'GIBT-ES-NICHT' });
    await at({ path: `${readerPath}/ausleihen`, text: 'Zu dieser Mediennummer gibt es kein Exemplar.' });
    await expectNoAxeViolations(page, 'Ausleihe mit Fehler');
    await keyboardDriver.submit(page, { barcode: copy.barcode });
    await at({ path: readerPath, text: '„Die unendliche Geschichte“ ist ausgeliehen' });
    await expectNoAxeViolations(page, 'Leserseite mit Ausleihe');
    await expectNoHorizontalScroll(page);
    await page.goto(`${LENDING_PATHS.desk}?suche=paul`);
    await at({ path: LENDING_PATHS.desk, text: 'Gefundene Ausweise (1)' });
    await expectNoAxeViolations(page, 'Suche nach Namen');
    await expectNoHorizontalScroll(page);
    assert.deepEqual(problems, []);
  });
});
