import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { createUser } from '../../src/kernel/auth';
import { insertGapReport, MANAGE_PERMISSION, useTestStreets } from '../../src/modules/wlan/testing';
import { expectNoAxeViolations } from './support/axe';
import { browserSuite } from './support/browser';
import { expectErrorSummary, expectPageBasics, watchProblems } from './support/checks';
import { expectAt, formDriver, step } from './support/journey';

const STAFF = { email: 'wilma.wlan@iserlohn.example', displayName: 'Wilma WLAN', password: 'Freies Netz für alle Plätze 9' };

/**
 * The spam guard refuses a form sent back within 3 seconds of its page (no person is that fast):
 * the journey waits like a person who reads the page.
 */
async function likeAPerson(page: Page): Promise<void> {
  await page.waitForTimeout(3200);
}

async function send(page: Page): Promise<void> {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.locator('main form button[type="submit"]').click()]);
}

browserSuite('WLAN-Lücken: melden ohne JavaScript, Karte, Bearbeitung in der Verwaltung', (env) => {
  let reportId = '';
  before(async () => {
    useTestStreets(env.t);
    await createUser(env.t.db, { ...STAFF, role: 'staff', emailVerified: true, permissions: [MANAGE_PERMISSION] });
    await insertGapReport(env.t, { state: 'confirmed', publicNote: 'Wir prüfen einen Hotspot am Rathaus.' });
    reportId = (await insertGapReport(env.t, { state: 'new', place: 'Bahnhofsplatz (58636 Innenstadt)', longitude: 7.6905, latitude: 51.3786 })).id;
  });

  test('Lücke nach Adresse melden ohne JavaScript: Fehler, „Meinten Sie …“, Bestätigung, axe', async () => {
    const page = await env.newPage({ javaScript: false });
    const problems = watchProblems(page);
    await step('Formular leer absenden', async () => {
      await page.goto('/wlan/luecke-melden');
      await send(page);
      await expectAt(page, { path: '/wlan/luecke-melden', text: 'Es gibt ein Problem' });
      await expectErrorSummary(page, { focusedByScript: false });
    });
    await step('Straße mit zwei Treffern', async () => {
      await page.locator('main [name="ort"]').fill('Hauptstraße');
      await page.locator('main [name="beschreibung"]').fill('Bushaltestelle am Spielplatz');
      await likeAPerson(page);
      await send(page);
      await expectAt(page, { path: '/wlan/luecke-melden', text: 'Meinten Sie …' });
    });
    await step('Ort auswählen und absenden', async () => {
      await page.locator('main input[name="ortswahl"][value="Hauptstraße (58642 Letmathe)"]').check();
      await likeAPerson(page);
      await send(page);
      await expectAt(page, { path: '/wlan/luecke-melden/bestaetigung', h1: 'Ihre Meldung ist eingegangen', text: /WLAN-\d{4}-\d{4}/ });
      await expectPageBasics(page, env.t.config.municipality.officialName);
    });
    assert.deepEqual(problems, []);
    const withJs = await env.newPage();
    await withJs.goto(page.url());
    await expectNoAxeViolations(withJs, 'Bestätigung');
  });

  test('Karte der WLAN-Lücken und Freifunk anbieten: axe', async () => {
    const page = await env.newPage();
    for (const path of ['/wlan/luecken', '/wlan/freifunk-anbieten']) {
      await page.goto(path);
      await expectPageBasics(page, env.t.config.municipality.officialName);
      await expectNoAxeViolations(page, path);
    }
  });

  test('Verwaltung: Liste, Meldung mit Karte, Status gespeichert; axe auf jeder Seite', async () => {
    const page = await env.newPage();
    const audited = new Set<string>();
    const at = (expected: Parameters<typeof expectAt>[1]) => expectAt(page, expected, audited);
    await page.goto(`/konto/anmelden?weiter=${encodeURIComponent('/verwaltung/wlan/luecken')}`);
    await formDriver.submit(page, { email: STAFF.email, password: STAFF.password });
    await at({ path: '/verwaltung/wlan/luecken', h1: 'WLAN-Lücken', text: 'Bahnhofsplatz (58636 Innenstadt)' });
    await formDriver.follow(page, `/verwaltung/wlan/luecken/${reportId}`);
    await at({ path: `/verwaltung/wlan/luecken/${reportId}`, text: 'Ort der Meldung' });
    await page.locator('main input[name="status"][value="planned"]').check();
    await formDriver.submit(page, { hinweis: 'Ein Router kommt an den Busbahnhof.' });
    await at({ path: `/verwaltung/wlan/luecken/${reportId}`, text: 'Der Status wurde gespeichert.' });
  });
});
