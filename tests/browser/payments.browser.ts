import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { createSession, createUser } from '../../src/kernel/auth';
import { APPLICATION_PATHS as PATHS } from '../../src/modules/applications';
import { formsModule } from '../../src/modules/forms';
import { isoDaysFrom } from '../../src/modules/forms/testing';
import { servicesModule } from '../../src/modules/services';
import { SAMPLE_FILES } from '../support/files';
import { expectNoAxeViolations } from './support/axe';
import { browserSuite, isJavaScriptEnabled, type BrowserEnv } from './support/browser';
import { expectErrorSummary, watchProblems } from './support/checks';
import { expectAt, formDriver, keyboardDriver, step, type Driver } from './support/journey';
import { chooseRadio, focusField, tick, typeInto } from './support/keyboard';

const SERVICE = 'bewohnerparkausweis';
const CHECK = /^\/antraege\/([0-9a-f-]{36})\/pruefen$/;
/** formatMoney writes a no-break space before the euro sign. */
const FEE = /30,70\s€/;

interface Answers {
  radios?: Record<string, string>;
  text?: Record<string, string>;
  ticks?: string[];
  files?: Record<string, { name: string; mimeType: string; buffer: Buffer }>;
}

/** One question page answered with the keyboard (Tab, arrows, space, typing) or the ordinary way, then "Weiter". */
async function answerPage(page: Page, driver: Driver, answers: Answers): Promise<void> {
  const keyboard = driver === keyboardDriver;
  for (const [name, value] of Object.entries(answers.radios ?? {})) {
    if (keyboard) await chooseRadio(page, name, value);
    else await page.locator(`main input[name="${name}"][value="${value}"]`).check();
  }
  for (const [name, value] of Object.entries(answers.text ?? {})) {
    if (keyboard) await typeInto(page, name, value);
    else await page.locator(`main [name="${name}"]`).fill(value);
  }
  for (const [name, file] of Object.entries(answers.files ?? {})) {
    // The file dialog is the browser's own; the keyboard run reaches the input first.
    if (keyboard) await focusField(page, name);
    await page.locator(`main input[name="${name}"]`).setInputFiles(file);
  }
  for (const name of answers.ticks ?? []) {
    if (keyboard) await tick(page, name);
    else await page.locator(`main input[name="${name}"]`).check();
  }
  await driver.press(page, 'Weiter');
}

function dateParts(name: string, iso: string): Record<string, string> {
  const [year, month, day] = iso.split('-');
  return { [`${name}-day`]: String(Number(day)), [`${name}-month`]: String(Number(month)), [`${name}-year`]: year! };
}

function applicationIdAt(page: Page): string {
  const path = new URL(page.url()).pathname;
  const match = CHECK.exec(path);
  assert.ok(match, `Prüfseite erwartet, ist ${path}`);
  return match[1]!;
}

/**
 * The test app's BASE_URL is http://portal.test, and the payment steps redirect to absolute URLs
 * built from it (as they must in production: the provider sends the payer back from elsewhere).
 * The redirects of the two payment forms are rewritten to the server the browser talks to.
 */
async function routePortalHost(env: BrowserEnv, page: Page): Promise<void> {
  const paymentForm = (url: URL) => /^\/antraege\/[0-9a-f-]{36}\/bezahlen$|^\/testbezahldienst\/[0-9a-f-]{36}$/.test(url.pathname);
  await page.context().route(
    (url) => url.origin === new URL(env.baseUrl).origin && paymentForm(url),
    async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      const response = await route.fetch({ maxRedirects: 0 });
      const location = response.headers()['location'];
      const headers = { ...response.headers(), ...(location ? { location: location.replace('http://portal.test', env.baseUrl) } : {}) };
      await route.fulfill({ response, headers });
    },
  );
}

/** A logged-in citizen answers the Bewohnerparkausweis (new, 12 months, own car, Fahrzeugschein as PDF) up to the check page. */
async function answeredApplication(
  env: BrowserEnv,
  page: Page,
  driver: Driver,
  at: (expected: Parameters<typeof expectAt>[1]) => Promise<void>,
): Promise<string> {
  const today = new Date();
  await step('Antrag starten', async () => {
    await page.goto(PATHS.start(SERVICE));
    await at({ path: PATHS.start(SERVICE), h1: 'Bewohnerparkausweis beantragen' });
    await driver.press(page, 'Antrag starten');
  });
  await step('Ihr Antrag', async () => {
    await at({ path: new URL(page.url()).pathname, h1: 'Ihr Antrag' });
    await answerPage(page, driver, { radios: { requestType: '01', validity: '1' }, text: dateParts('validFrom', isoDaysFrom(today, 7)) });
  });
  await step('Ihre Angaben', async () => {
    await at({ path: new URL(page.url()).pathname, h1: 'Ihre Angaben' });
    await answerPage(page, driver, {
      text: {
        givenName: 'Anna Maria',
        familyName: 'Schulte',
        ...dateParts('birthDate', '1986-03-27'),
        'address.street': 'Wermingser Straße',
        'address.houseNumber': '12',
        'address.postalCode': '58636',
        'address.city': 'Iserlohn',
        email: 'anna.schulte@example.org',
      },
    });
  });
  await step('Ihr Fahrzeug mit Fahrzeugschein', async () => {
    await at({ path: new URL(page.url()).pathname, h1: 'Ihr Fahrzeug' });
    await answerPage(page, driver, {
      text: { licensePlate: 'MK-AS 1986', vinEnding: 'A12345' },
      radios: { holder: '01' },
      files: { registrationCertificate: { name: 'fahrzeugschein.pdf', mimeType: 'application/pdf', buffer: SAMPLE_FILES.pdf } },
    });
  });
  await step('Abgleich mit dem Melderegister', async () => {
    await at({ path: new URL(page.url()).pathname, h1: 'Abgleich mit dem Melderegister' });
    await answerPage(page, driver, { ticks: ['registerCheckConsent'] });
  });
  return step('Prüfseite mit Gebühr', async () => {
    const id = applicationIdAt(page);
    await at({ path: PATHS.check(id), h1: 'Prüfen Sie Ihre Angaben', text: FEE });
    const main = (await page.locator('main').textContent()) ?? '';
    assert.ok(main.includes('fahrzeugschein.pdf'), 'die hochgeladene Datei steht in der Zusammenfassung');
    assert.equal(await page.locator('main input[name="declaration"]').count(), 0, 'vor dem Bezahlen kann nicht abgesendet werden');
    return id;
  });
}

/** A citizen with a session (the login itself is covered by the accounts and apply suites). */
async function loggedInCitizen(env: BrowserEnv, page: Page, email: string): Promise<void> {
  const user = await createUser(env.t.db, { email, displayName: 'Anna Schulte', password: 'Parken vor der eigenen Tür 5', emailVerified: true });
  await page.context().addCookies([{ name: 'sp_session', value: await createSession(env.t.db, user.id), url: env.baseUrl }]);
  await routePortalHost(env, page);
}

async function submitAndConfirm(page: Page, driver: Driver, id: string, at: (expected: Parameters<typeof expectAt>[1]) => Promise<void>): Promise<void> {
  await step('Antrag absenden', async () => {
    if (driver === keyboardDriver) {
      await tick(page, 'declaration');
      await driver.press(page, 'Antrag absenden');
    } else {
      await driver.submit(page, { declaration: true });
    }
    await at({ path: PATHS.confirmation(id), h1: 'Antrag eingegangen', text: /ISN-\d{4}-\d{6}/ });
  });
}

/** Check page → "Weiter zur Bezahlung" → Testbezahldienst → "Zahlung erfolgreich" → back, paid → submit. */
async function paidOnlineJourney(env: BrowserEnv, page: Page, driver: Driver, email: string): Promise<string[]> {
  const audited = new Set<string>();
  const at = (expected: Parameters<typeof expectAt>[1]) => expectAt(page, expected, audited);
  await loggedInCitizen(env, page, email);
  const id = await answeredApplication(env, page, driver, at);

  await step('Weiter zur Bezahlung, Testbezahldienst wählen', async () => {
    await driver.follow(page, PATHS.pay(id));
    await at({ path: PATHS.pay(id), h1: 'Gebühr bezahlen', text: FEE });
    if (driver === keyboardDriver) await chooseRadio(page, 'provider', 'test');
    else await page.locator('main input[name="provider"][value="test"]').check();
    await driver.press(page, 'Weiter');
    const path = new URL(page.url()).pathname;
    assert.match(path, /^\/testbezahldienst\/[0-9a-f-]{36}$/);
    await at({ path, h1: 'Testbezahldienst', text: 'es wird kein Geld bewegt' });
  });

  await step('Zahlung erfolgreich, zurück zur Prüfseite', async () => {
    await driver.press(page, 'Zahlung erfolgreich');
    await at({ path: PATHS.check(id), text: 'Vielen Dank. Ihre Zahlung ist eingegangen.' });
    assert.match((await page.locator('main').textContent()) ?? '', /30,70\s€\s*Bezahlt/);
    if (isJavaScriptEnabled(page)) await expectNoAxeViolations(page, 'bezahlt, mit Erklärung');
  });

  await submitAndConfirm(page, driver, id, at);

  await step('Nach dem Bezahlen: keine zweite Zahlung, für andere gibt es den Antrag nicht', async () => {
    assert.equal((await page.goto(PATHS.pay(id)))?.status(), 409);
    const stranger = await env.newPage({ javaScript: isJavaScriptEnabled(page) });
    await loggedInCitizen(env, stranger, `fremd-${email}`);
    assert.equal((await stranger.goto(PATHS.pay(id)))?.status(), 404);
  });
  return [...audited];
}

/**
 * Test payment cancelled → the page offering to try again → pay page sent without a choice
 * (errors) → Rechnung / Überweisung → transfer details → submit allowed.
 */
async function cancelledThenInvoiceJourney(env: BrowserEnv, page: Page, driver: Driver, email: string): Promise<string[]> {
  const audited = new Set<string>();
  const at = (expected: Parameters<typeof expectAt>[1]) => expectAt(page, expected, audited);
  const choose = async (provider: string) => {
    if (driver === keyboardDriver) await chooseRadio(page, 'provider', provider);
    else await page.locator(`main input[name="provider"][value="${provider}"]`).check();
    await driver.press(page, 'Weiter');
  };
  await loggedInCitizen(env, page, email);
  const id = await answeredApplication(env, page, driver, at);

  await step('Testzahlung abbrechen', async () => {
    await driver.follow(page, PATHS.pay(id));
    await choose('test');
    await driver.press(page, 'Zahlung abbrechen');
    const path = new URL(page.url()).pathname;
    assert.match(path, new RegExp(`^/antraege/${id}/bezahlung/[0-9a-f-]{36}$`));
    await at({ path, h1: 'Die Zahlung wurde abgebrochen', text: 'Es wurde kein Geld abgebucht.' });
    assert.match(await page.title(), /^Die Zahlung wurde abgebrochen – /, 'der Seitentitel sagt, was geschah');
  });

  await step('Noch einmal bezahlen, ohne Auswahl: Fehler', async () => {
    await driver.follow(page, PATHS.pay(id));
    await at({ path: PATHS.pay(id), h1: 'Gebühr bezahlen' });
    await driver.press(page, 'Weiter');
    await at({ path: PATHS.pay(id), text: 'Es gibt ein Problem' });
    await expectErrorSummary(page, { focusedByScript: driver === keyboardDriver });
    if (!isJavaScriptEnabled(page)) await expectNoAxeViolations(page, 'ohne JavaScript, Fehler');
  });

  await step('Rechnung / Überweisung: Bankverbindung', async () => {
    await choose('invoice');
    const path = new URL(page.url()).pathname;
    assert.match(path, new RegExp(`^/antraege/${id}/bezahlung/[0-9a-f-]{36}$`));
    await at({ path, h1: 'Bitte überweisen Sie die Gebühr', text: 'Verwendungszweck' });
    const main = (await page.locator('main').textContent()) ?? '';
    assert.ok(main.includes('IBAN') && FEE.test(main) && main.includes(id), 'Bankverbindung, Betrag und Verwendungszweck');
  });

  await step('Zurück zur Prüfseite, Absenden ist möglich', async () => {
    await driver.follow(page, PATHS.check(id));
    await at({ path: PATHS.check(id), h1: 'Prüfen Sie Ihre Angaben' });
    assert.equal(await page.locator('main input[name="declaration"]').count(), 1, 'nach der Wahl der Überweisung kann abgesendet werden');
    if (isJavaScriptEnabled(page)) await expectNoAxeViolations(page, 'Überweisung gewählt, mit Erklärung');
  });

  await submitAndConfirm(page, driver, id, at);
  return [...audited];
}

browserSuite('Gebühr bezahlen: Bewohnerparkausweis im Browser', (env) => {
  before(async () => {
    await servicesModule.seedDemo!(env.t.deps);
    await formsModule.seedDemo!(env.t.deps);
  });

  test('Testbezahldienst: nur mit der Tastatur, axe auf jeder Seite', async (t) => {
    const page = await env.newPage();
    const problems = watchProblems(page);
    const audited = await paidOnlineJourney(env, page, keyboardDriver, 'online-tastatur@example.org');
    t.diagnostic(`axe ohne Befund auf ${audited.length} Seiten: ${audited.join(' | ')}`);
    assert.deepEqual(problems, [], 'Fehler beim Laden der Seiten');
  });

  test('Testbezahldienst ohne JavaScript', async () => {
    const page = await env.newPage({ javaScript: false });
    await paidOnlineJourney(env, page, formDriver, 'online-ohne-js@example.org');
  });

  test('abgebrochen, dann Überweisung: nur mit der Tastatur, axe auf jeder Seite', async (t) => {
    const page = await env.newPage();
    const problems = watchProblems(page);
    const audited = await cancelledThenInvoiceJourney(env, page, keyboardDriver, 'rechnung-tastatur@example.org');
    t.diagnostic(`axe ohne Befund auf ${audited.length} Seiten: ${audited.join(' | ')}`);
    assert.deepEqual(problems, [], 'Fehler beim Laden der Seiten');
  });

  test('abgebrochen, dann Überweisung ohne JavaScript', async () => {
    const page = await env.newPage({ javaScript: false });
    await cancelledThenInvoiceJourney(env, page, formDriver, 'rechnung-ohne-js@example.org');
  });
});
