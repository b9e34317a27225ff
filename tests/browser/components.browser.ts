import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MODULES } from '../../src/registry';
import { galleryModule } from '../support/component-gallery';
import { expectNoAxeViolations } from './support/axe';
import { browserSuite, MOBILE } from './support/browser';
import { expectErrorSummary } from './support/checks';

/** Every kernel component at once, as modules will combine them: axe must find nothing, also in the error state. */
browserSuite(
  'Komponenten der Oberfläche: axe ohne Befund, auch im Fehlerzustand',
  (env) => {
    test('alle Komponenten ohne Fehler, 1280 und 375 px', async () => {
      const page = await env.newPage();
      const response = await page.goto(env.url('/test/komponenten'));
      assert.equal(response?.status(), 200);
      await expectNoAxeViolations(page, 'Komponenten, 1280 px');
      await page.setViewportSize(MOBILE);
      await expectNoAxeViolations(page, 'Komponenten, 375 px');
    });

    test('Diagramme und Karte mit Tabelle und Liste, 1280 und 375 px', async () => {
      const page = await env.newPage();
      const response = await page.goto(env.url('/test/diagramme-und-karten'));
      assert.equal(response?.status(), 200);
      await expectNoAxeViolations(page, 'Diagramme und Karten, 1280 px');
      await page.setViewportSize(MOBILE);
      await expectNoAxeViolations(page, 'Diagramme und Karten, 375 px');
    });

    test('alle Komponenten mit Fehlermeldungen', async () => {
      const page = await env.newPage();
      await page.goto(env.url('/test/komponenten'));
      const [response] = await Promise.all([page.waitForNavigation(), page.locator('main form button[type=submit]').first().press('Enter')]);
      assert.equal(response?.status(), 400);
      await expectErrorSummary(page, { focusedByScript: true });
      await expectNoAxeViolations(page, 'Komponenten im Fehlerzustand');
    });
  },
  { modules: [...MODULES, galleryModule] },
);
