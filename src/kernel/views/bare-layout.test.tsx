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
  it('show the town’s name, the page in main and the legal links, without navigation, search or footer', () => {
    const html = renderPage(context, { title: 'Anzeige', bare: true, head: { refreshWithoutScriptSeconds: 12 }, body: <h1>Aufruf</h1> });
    assert.match(html, /<title>Anzeige – Stadt Iserlohn<\/title>/);
    assert.match(html, /<noscript><meta http-equiv="refresh" content="12"\/?><\/noscript>/);
    assert.match(html, /<body class="bare-page"><a href="#main" class="skip-link">/);
    assert.match(
      html,
      /<header class="bare-page__header"><a href="\/" class="bare-page__home">.*Stadt Iserlohn<\/a><\/header><main id="main"[^>]*><h1>Aufruf<\/h1><\/main>/s,
    );
    assert.match(html, /<\/main><nav aria-label="Rechtliches und Barrierefreiheit"><ul class="bare-page__legal"><li><a href="\/impressum">Impressum<\/a>/);
    for (const part of ['Hauptnavigation', '<footer', '/leistungen', '/suche', 'Benutzerkonto']) assert.ok(!html.includes(part), part);
  });
});
