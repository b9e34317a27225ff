import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { insertHotspot } from '../../src/modules/wlan/testing';
import { expectNoAxeViolations } from './support/axe';
import { browserSuite, MOBILE } from './support/browser';
import { expectErrorSummary, expectPageBasics } from './support/checks';
import { fillAndSubmit, focusField, followLink, pressAndWait, pressButton, tabUntil } from './support/keyboard';

const resultsTitle = async (page: Page) => ((await page.locator('#results-title').textContent()) ?? '').trim();
const firstListed = async (page: Page) => ((await page.locator('.hotspot-list__name a').first().textContent()) ?? '').trim();

/**
 * /wlan with the keyboard: near me by address without JavaScript, the browser's position with it, a hotspot page.
 * Three hotspots of the test's own (no demo feed), so the nearest one is known.
 */
browserSuite('WLAN: Hotspots in der Nähe finden', (env) => {
  before(async () => {
    await insertHotspot(env.t.db, {
      slug: 'rathaus',
      name: 'Rathaus',
      kind: 'own',
      externalId: null,
      operator: 'Stadt Iserlohn',
      address: 'Schillerplatz 7, 58636 Iserlohn',
      description: 'Im Foyer.',
      position: [7.6961, 51.3757],
    });
    await insertHotspot(env.t.db, { slug: 'letmathe-bahnhof', name: 'Letmathe Bahnhof', position: [7.6115, 51.3702] });
    await insertHotspot(env.t.db, { slug: 'hennen-kirche', name: 'Hennen Kirche', online: false, position: [7.6575, 51.4301] });
    await env.t.settled();
  });

  test('ohne JavaScript: Adresse eingeben, eine Straße aus „Meinten Sie …“ wählen, eine unbekannte Straße ergibt 400', async () => {
    const page = await env.newPage({ javaScript: false });
    await page.goto('/wlan');
    assert.equal(await page.locator('[data-locate]').isVisible(), false, 'without JavaScript there is no location button');
    await focusField(page, 'ort');
    await fillAndSubmit(page, { ort: 'Schillerplatz 7' });
    assert.match(new URL(page.url()).search, /^\?ort=Schillerplatz\+7&status=alle&art=alle&bereich=stadt$/);
    assert.match(await resultsTitle(page), /^3 Hotspots nach Entfernung von Schillerplatz 7 \(58636\)$/);
    assert.equal(await firstListed(page), 'Rathaus');
    assert.match((await page.locator('.hotspot-list__facts dd').first().textContent()) ?? '', /^\d+ m$/);
    await expectNoAxeViolations(page, 'nach Entfernung');

    await page.goto('/wlan');
    await focusField(page, 'ort');
    await fillAndSubmit(page, { ort: 'Hauptstr' });
    assert.equal(((await page.locator('#choices-title').textContent()) ?? '').trim(), 'Meinten Sie …');
    await expectNoAxeViolations(page, 'Meinten Sie');
    const choice = '/wlan?ort=Hauptstra%C3%9Fe+%2858642+Letmathe%29';
    await tabUntil(page, (info) => info.href === choice, `Link nach ${choice}`);
    await pressAndWait(page);
    assert.equal(await firstListed(page), 'Letmathe Bahnhof');

    await page.goto('/wlan');
    await focusField(page, 'ort');
    const response = page.waitForResponse((candidate) => candidate.url().includes('ort='));
    await fillAndSubmit(page, { ort: 'Mondstraße 1' });
    assert.equal((await response).status(), 400);
    await expectErrorSummary(page, { focusedByScript: false });
    await expectNoAxeViolations(page, 'Fehlerzustand');
  });

  test('mit JavaScript: „Meinen Standort verwenden“ fragt erst nach dem Klick und sortiert nach dem Standort', async () => {
    const context = await env.newContext({ extra: { geolocation: { latitude: 51.37021, longitude: 7.61152 }, permissions: ['geolocation'] } });
    const page = await context.newPage();
    await page.goto('/wlan');
    assert.equal(await page.locator('[data-locate]').isVisible(), true);
    assert.equal(new URL(page.url()).search, '', 'nothing is sent before the click');
    await pressButton(page, 'Meinen Standort verwenden');
    await page.waitForURL(/breite=51\.3702&laenge=7\.6115/);
    assert.match(await resultsTitle(page), /nach Entfernung von Ihr Standort$/);
    assert.equal(await firstListed(page), 'Letmathe Bahnhof');
    assert.equal(await page.locator('#ort').inputValue(), '');
    await expectNoAxeViolations(page, 'nach Standort');
  });

  test('Hotspot-Seite: Angaben, kleine Karte, axe bei 1280 und 375 px', async () => {
    const page = await env.newPage();
    await page.goto('/wlan');
    await followLink(page, '/wlan/hotspots/rathaus');
    assert.equal(await expectPageBasics(page, env.t.config.municipality.officialName), 'WLAN-Hotspot Rathaus');
    assert.equal(await page.locator('svg.map__svg').count(), 1);
    await expectNoAxeViolations(page, 'Hotspot, 1280 px');
    await page.setViewportSize(MOBILE);
    await expectNoAxeViolations(page, 'Hotspot, 375 px');
  });
});
