import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { MODULES } from '../../src/registry';
import type { Page, Response } from 'playwright-core';
import { PUBLIC_PAGES, type PublicPage } from './public-pages';
import { expectNoAxeViolations, formatViolations, runAxe } from './support/axe';
import { browserSuite, DESKTOP, MOBILE } from './support/browser';
import { expectErrorSummary, expectNoHorizontalScroll, expectPageBasics, expectSkipLinkWorks, expectVisibleFocus, watchProblems } from './support/checks';
import { expectAt } from './support/journey';
import { fillAndSubmit, focused, followLink, tabUntil } from './support/keyboard';

/** Start page: HTML + CSS + JS (fonts and images excluded) must stay below this. */
const WEIGHT_BUDGET_BYTES = 60 * 1024;

browserSuite('Öffentliche Seiten: Barrierefreiheit, Tastatur, ohne JavaScript', (env) => {
  const officialName = () => env.t.config.municipality.officialName;

  // Real content on the start page (news) and in the catalogues, as visitors see it; the weight budget counts it too.
  // The open-data demo names the admin pack's publishers as members.
  const seeded = ['site', 'services', 'admin', 'opendata', 'vhs', 'library', 'wlan', 'council', 'appointments', 'cockpit'];
  before(async () => {
    for (const module of MODULES.filter((candidate) => seeded.includes(candidate.id))) await module.seedDemo?.(env.t.deps);
  });

  /** Opens the page; false when an optional page does not exist (the caller skips). */
  async function open(page: Page, entry: PublicPage): Promise<boolean> {
    const response = await page.goto(entry.path);
    assert.ok(response, `keine Antwort für ${entry.path}`);
    if (response.status() === 404 && entry.optional) return false;
    assert.equal(response.status(), 200, `${entry.path} antwortet ${response.status()} – Seite (noch) nicht vorhanden?`);
    return true;
  }

  for (const entry of PUBLIC_PAGES) {
    test(`${entry.path} – lang, eine h1, Titel, Sprunglink, sichtbarer Fokus, axe bei 1280 und 375 px`, async (t) => {
      const page = await env.newPage({ viewport: DESKTOP });
      const problems = watchProblems(page);
      if (!(await open(page, entry))) return t.skip(`${entry.path} gibt es in dieser Installation nicht`);
      const title = await expectPageBasics(page, officialName());
      if (entry.title) assert.equal(title, entry.title);
      await expectSkipLinkWorks(page);
      await expectVisibleFocus(page);
      // axe's link-in-text-block misreads the GOV.UK link focus style (yellow background, black
      // bar as box-shadow instead of an underline) as "colour only": axe runs without focus.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await expectNoAxeViolations(page, '1280 px');
      await page.setViewportSize(MOBILE);
      await expectNoHorizontalScroll(page);
      await expectNoAxeViolations(page, '375 px');
      assert.deepEqual(problems, [], 'Fehler beim Laden der Seite');
    });
  }

  test('ohne JavaScript: jede öffentliche Seite hat lang, eine h1, Titel und einen funktionierenden Sprunglink', async () => {
    const page = await env.newPage({ javaScript: false });
    const failures: string[] = [];
    for (const entry of PUBLIC_PAGES) {
      try {
        if (!(await open(page, entry))) continue;
        await expectPageBasics(page, officialName());
        await expectSkipLinkWorks(page);
      } catch (error) {
        failures.push(`${entry.path}: ${(error as Error).message.split('\n')[0]}`);
      }
    }
    assert.deepEqual(failures, [], `ohne JavaScript fehlerhaft:\n${failures.join('\n')}`);
  });

  /** Submits the (first) form in <main> empty, with the keyboard: Tab to its button, Enter. */
  async function submitEmpty(page: Page): Promise<Response | null> {
    const [response] = await Promise.all([
      page.waitForNavigation({ waitUntil: 'load' }),
      (async () => {
        await tabUntil(page, (info) => info.tag === 'button' && info.inMain && info.form !== '', 'Absende-Schaltfläche in <main>');
        await page.keyboard.press('Enter');
      })(),
    ]);
    return response;
  }

  for (const entry of PUBLIC_PAGES.filter((candidate) => candidate.form)) {
    test(`${entry.path} – leeres Formular mit JavaScript: Fehlerzusammenfassung fokussiert, "Fehler: " im Titel, axe`, async (t) => {
      const page = await env.newPage();
      if (!(await open(page, entry))) return t.skip(`${entry.path} gibt es in dieser Installation nicht`);
      const response = await submitEmpty(page);
      assert.equal(response?.status(), 400, 'ein Formular mit Fehlern antwortet 400');
      await expectErrorSummary(page, { focusedByScript: true });
      await expectPageBasics(page, officialName());
      await expectNoAxeViolations(page, 'Fehlerzustand, 1280 px');
      // GOV.UK: from the focused summary, Tab reaches the first error link; Enter lands in its field.
      const link = await tabUntil(page, (info) => info.tag === 'a' && info.href.startsWith('#'), 'erster Link der Fehlerzusammenfassung', { max: 3 });
      await page.keyboard.press('Enter');
      const field = await focused(page);
      assert.equal(field?.id, link.href.slice(1), `Link "${link.text}" der Fehlerzusammenfassung muss den Fokus ins Feld setzen`);
      await page.setViewportSize(MOBILE);
      await expectNoAxeViolations(page, 'Fehlerzustand, 375 px');
    });

    test(`${entry.path} – leeres Formular ohne JavaScript: Fehlerzusammenfassung, "Fehler: " im Titel, axe`, async (t) => {
      const page = await env.newPage({ javaScript: false });
      if (!(await open(page, entry))) return t.skip(`${entry.path} gibt es in dieser Installation nicht`);
      const response = await submitEmpty(page);
      assert.equal(response?.status(), 400, 'ein Formular mit Fehlern antwortet 400');
      await expectErrorSummary(page, { focusedByScript: false });
      await expectPageBasics(page, officialName());
      await expectNoAxeViolations(page, 'Fehlerzustand ohne JavaScript');
    });
  }

  test('Barriere melden nur mit der Tastatur: Formular ausfüllen, Eingangsbestätigung mit axe', async () => {
    const page = await env.newPage();
    await page.goto('/');
    await followLink(page, '/barrierefreiheit/barriere-melden');
    await fillAndSubmit(page, {
      page: '/impressum',
      description: 'Die Tabelle der Öffnungszeiten liest mein Screenreader nicht vor.',
      name: 'Petra Prüferin',
      contact: 'petra@example.org',
    });
    await expectAt(page, { path: '/barrierefreiheit/barriere-melden/bestaetigung', h1: 'Ihre Meldung ist eingegangen' });
    await expectPageBasics(page, officialName());
    await expectNoAxeViolations(page, 'Eingangsbestätigung');
  });

  test('404-Seite: Status, Titel, eine h1, Weg zur Startseite, axe (1280 und 375 px)', async () => {
    const page = await env.newPage();
    const response = await page.goto('/diese-seite-gibt-es-nicht');
    assert.equal(response?.status(), 404);
    assert.equal(await expectPageBasics(page, officialName()), 'Seite nicht gefunden');
    assert.ok(await page.locator('main a[href="/"]').count(), 'die 404-Seite verlinkt die Startseite');
    await expectSkipLinkWorks(page);
    await expectNoAxeViolations(page, '1280 px');
    await page.setViewportSize(MOBILE);
    await expectNoAxeViolations(page, '375 px');
  });

  test('403-Seite (abgelaufenes Formular): verständliche Fehlerseite, axe', async () => {
    const page = await env.newPage();
    await page.goto('/konto/anmelden');
    // A form whose CSRF token no longer matches, as after a server restart or from another site.
    await page.evaluate(() => {
      for (const input of Array.from(document.querySelectorAll<HTMLInputElement>('main input[name="_csrf"]'))) input.value = 'abgelaufen';
    });
    const response = await submitEmpty(page);
    assert.equal(response?.status(), 403);
    assert.equal(await expectPageBasics(page, officialName()), 'Keine Berechtigung');
    await expectNoAxeViolations(page, '403');
  });

  test('geschützte Seite ohne Anmeldung führt zur Anmeldung und zurück', async () => {
    const page = await env.newPage({ javaScript: false });
    const response = await page.goto('/konto');
    assert.equal(response?.status(), 200);
    const url = new URL(page.url());
    assert.equal(url.pathname, '/konto/anmelden');
    assert.equal(url.searchParams.get('weiter'), '/konto');
    await expectNoAxeViolations(page, 'Weiterleitung zur Anmeldung, ohne JavaScript');
  });

  test(`Startseite: HTML + CSS + JS unter ${WEIGHT_BUDGET_BYTES / 1024} KB`, async (t) => {
    const page = await env.newPage();
    const sizes: Promise<{ type: string; url: string; bytes: number }>[] = [];
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (type === 'document' || type === 'stylesheet' || type === 'script') {
        sizes.push(response.body().then((body) => ({ type, url: response.url(), bytes: body.byteLength })));
      }
    });
    await page.goto('/', { waitUntil: 'networkidle' });
    const resources = await Promise.all(sizes);
    const total = resources.reduce((sum, resource) => sum + resource.bytes, 0);
    const byType = (type: string) => resources.filter((resource) => resource.type === type).reduce((sum, resource) => sum + resource.bytes, 0);
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    t.diagnostic(
      `Startseite: ${kb(total)} (HTML ${kb(byType('document'))}, CSS ${kb(byType('stylesheet'))}, JS ${kb(byType('script'))}) aus ${resources.length} Dateien; Budget ${kb(WEIGHT_BUDGET_BYTES)}`,
    );
    for (const resource of resources) t.diagnostic(`  ${resource.type} ${new URL(resource.url).pathname} ${resource.bytes} B`);
    assert.ok(
      resources.some((resource) => resource.type === 'stylesheet'),
      'kein Stylesheet geladen',
    );
    assert.ok(total < WEIGHT_BUDGET_BYTES, `Startseite überträgt ${kb(total)}, Budget ${kb(WEIGHT_BUDGET_BYTES)}`);
  });

  test('Selbsttest: axe meldet Verstöße mit und ohne JavaScript lesbar', async () => {
    const broken =
      '<!doctype html><html><head><title>Kaputt</title></head><body><img src="/assets/logo"><a href="/"></a><p style="color:#bbb">blass</p></body></html>';
    for (const javaScript of [true, false]) {
      const context = await env.newContext({ javaScript });
      await context.route('**/__selbsttest', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: broken }));
      const page = await context.newPage();
      await page.goto('/__selbsttest');
      const violations = await runAxe(page);
      const ids = violations.map((violation) => violation.id);
      for (const expected of ['html-has-lang', 'image-alt', 'link-name', 'region']) {
        assert.ok(ids.includes(expected), `axe (${javaScript ? 'mit' : 'ohne'} JS) übersieht ${expected}: ${ids.join(', ')}`);
      }
      const report = formatViolations(violations, '/__selbsttest');
      assert.match(report, /image-alt \[critical\]/);
      assert.match(report, /Selektor: img/);
      assert.match(report, /https:\/\/dequeuniversity\.com\/rules\/axe\//);
      if (javaScript) await assert.rejects(expectNoAxeViolations(page, 'Selbsttest'), /image-alt/);
    }
  });

  test('Selbsttest: Tastatur- und Fokusprüfungen schlagen bei fehlendem Sprunglink und unsichtbarem Fokus an', async () => {
    const context = await env.newContext();
    const broken =
      '<!doctype html><html lang="de"><head><title>Kaputt</title><style>a:focus{outline:none}</style></head>' +
      '<body><header><a href="/">Start</a></header><main id="main"><h1>Kaputt</h1><a href="/x">Weiter</a></main></body></html>';
    await context.route('**/__selbsttest', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: broken }));
    const page = await context.newPage();
    await page.goto('/__selbsttest');
    await assert.rejects(expectSkipLinkWorks(page), /Zum Inhalt springen/);
    await assert.rejects(expectVisibleFocus(page), /kein sichtbarer Fokus/);
    await assert.rejects(expectPageBasics(page, officialName()), /Seitentitel "Kaputt"/);
    await assert.rejects(
      tabUntil(page, (info) => info.name === 'gibt-es-nicht', 'ein Feld, das es nicht gibt', { max: 5 }),
      /Fokusreihenfolge: /,
    );
  });
});
