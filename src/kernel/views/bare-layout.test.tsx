import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testConfig } from '../../../tests/support/test-app';
import type { PageContext } from './context';
import { renderPage } from './render';

const config = testConfig();

const context: PageContext = {
  municipality: config.municipality,
  user: null,
  csrfToken: () => 'token',
  path: '/anzeige',
  navigation: [{ href: '/leistungen', label: 'Leistungen' }],
  accountPaths: undefined,
  footerLinks: [{ href: '/impressum', label: 'Impressum' }],
  searchPage: '/suche',
  staffSections: [],
  flash: undefined,
  sessionExpiresAt: undefined,
};

describe('bare pages', () => {
  it('show the town’s name and the page in main, without navigation, search or footer', () => {
    const html = renderPage(context, { title: 'Anzeige', bare: true, head: { refreshWithoutScriptSeconds: 12 }, body: <h1>Aufruf</h1> });
    assert.match(html, /<title>Anzeige – Stadt Iserlohn<\/title>/);
    assert.match(html, /<noscript><meta http-equiv="refresh" content="12"\/?><\/noscript>/);
    assert.match(html, /<header class="bare-page__header">.*Stadt Iserlohn.*<\/header><main id="main"[^>]*><h1>Aufruf<\/h1><\/main>/s);
    for (const part of ['<nav', '<footer', '/leistungen', '/impressum', '/suche', 'skip-link']) assert.ok(!html.includes(part), part);
  });
});
