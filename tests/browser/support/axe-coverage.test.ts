import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { AxeCoverage, recordAxeScan, routeOf, trackPageLoads } from './axe-coverage';

const ORIGIN = 'http://127.0.0.1:4100';

/** Just enough of Playwright's page and context to emit main-frame responses, without a browser. */
function fakeBrowser(): {
  context: BrowserContext;
  open(): { page: Page; load(url: string, init?: { status?: number; type?: string; subframe?: boolean; navigation?: boolean }): void };
} {
  const context = new EventEmitter() as unknown as BrowserContext;
  return {
    context,
    open() {
      const mainFrame = {};
      let current = 'about:blank';
      const page = Object.assign(new EventEmitter(), { context: () => context, mainFrame: () => mainFrame, url: () => current }) as unknown as Page;
      (context as unknown as EventEmitter).emit('page', page);
      return {
        page,
        load(url, { status = 200, type = 'text/html; charset=utf-8', subframe = false, navigation = true } = {}) {
          const request = { isNavigationRequest: () => navigation, frame: () => (subframe ? {} : mainFrame) };
          const response = { url: () => url, status: () => status, headers: () => ({ 'content-type': type }), request: () => request };
          if (navigation && !subframe && (status < 300 || status >= 400)) current = url;
          (page as unknown as EventEmitter).emit('response', response);
        },
      };
    },
  };
}

describe('routeOf', () => {
  it('keeps the page words, replaces ids, numbers, references and tokens, drops the query', () => {
    assert.equal(routeOf(`${ORIGIN}/`), '/');
    assert.equal(routeOf(`${ORIGIN}/leistungen/bewohnerparkausweis?seite=2`), '/leistungen/bewohnerparkausweis');
    assert.equal(routeOf(`${ORIGIN}/konto/antraege/0b9f6c1e-3a2d-4c5b-9e8f-1a2b3c4d5e6f/nachrichten`), '/konto/antraege/:id/nachrichten');
    assert.equal(routeOf(`${ORIGIN}/verwaltung/formulare/mangel/version/3`), '/verwaltung/formulare/mangel/version/:nummer');
    assert.equal(routeOf(`${ORIGIN}/verwaltung/antraege/MAE-2026-000042`), '/verwaltung/antraege/:aktenzeichen');
    assert.equal(routeOf(`${ORIGIN}/konto/bestaetigen/q3Zx0_Yk-8mV2bN4tR7uW1eA9sD5fG6hJ3kL0pO8iU2`), '/konto/bestaetigen/:token');
    assert.equal(routeOf(`${ORIGIN}/barrierefreiheit/barriere-melden/bestaetigung`), '/barrierefreiheit/barriere-melden/bestaetigung');
  });
});

describe('AxeCoverage with tracked page loads', () => {
  it('fails naming every loaded page axe never scanned, and what to call', () => {
    const coverage = new AxeCoverage(ORIGIN);
    const browser = fakeBrowser();
    trackPageLoads(browser.context, coverage);
    const tab = browser.open();
    tab.load(`${ORIGIN}/konto/antraege/0b9f6c1e-3a2d-4c5b-9e8f-1a2b3c4d5e6f?neu=1`);
    tab.load(`${ORIGIN}/leistungen`);
    recordAxeScan(tab.page);

    assert.deepEqual(coverage.unscanned(), [{ route: '/konto/antraege/:id', url: `${ORIGIN}/konto/antraege/0b9f6c1e-3a2d-4c5b-9e8f-1a2b3c4d5e6f?neu=1` }]);
    assert.throws(
      () => coverage.assertComplete(),
      (error: Error) =>
        error.message.includes('/konto/antraege/:id (zuerst geladen: /konto/antraege/0b9f6c1e-3a2d-4c5b-9e8f-1a2b3c4d5e6f?neu=1)') &&
        error.message.includes('expectNoAxeViolations(page)') &&
        !error.message.includes('/leistungen'),
    );
  });

  it('counts a scan of one object for the route, in any context of the suite', () => {
    const coverage = new AxeCoverage(ORIGIN);
    const withJs = fakeBrowser();
    const withoutJs = fakeBrowser();
    trackPageLoads(withJs.context, coverage);
    trackPageLoads(withoutJs.context, coverage);
    const scanned = withJs.open();
    scanned.load(`${ORIGIN}/konto/antraege/0b9f6c1e-3a2d-4c5b-9e8f-1a2b3c4d5e6f`);
    recordAxeScan(scanned.page);
    withoutJs.open().load(`${ORIGIN}/konto/antraege/7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f`);
    assert.doesNotThrow(() => coverage.assertComplete());
  });

  it('counts the public pages, which pages.browser.ts scans, as scanned in every file', () => {
    const coverage = new AxeCoverage(ORIGIN, ['/konto/anmelden', '/leistungen?q=hund']);
    const tab = fakeBrowser();
    trackPageLoads(tab.context, coverage);
    const page = tab.open();
    page.load(`${ORIGIN}/konto/anmelden?weiter=%2Fverwaltung`);
    page.load(`${ORIGIN}/leistungen`);
    page.load(`${ORIGIN}/konto`);
    assert.deepEqual(coverage.unscanned(), [{ route: '/konto', url: `${ORIGIN}/konto` }]);
  });

  it('ignores redirects, non-HTML responses, subframes, sub-resources and other origins', () => {
    const coverage = new AxeCoverage(ORIGIN);
    const browser = fakeBrowser();
    trackPageLoads(browser.context, coverage);
    const tab = browser.open();
    tab.load(`${ORIGIN}/konto`, { status: 303 });
    tab.load(`${ORIGIN}/konto/antraege/bescheid.pdf`, { type: 'application/pdf' });
    tab.load(`${ORIGIN}/eingebettet`, { subframe: true });
    tab.load(`${ORIGIN}/portal.css`, { navigation: false, type: 'text/css' });
    tab.load('http://127.0.0.1:4200/anmelden');
    assert.deepEqual(coverage.unscanned(), []);
  });
});
