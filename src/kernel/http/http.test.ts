import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { csrfTokenIn } from '../../../tests/support/html';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';

describe('kernel HTTP', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  it('answers /healthz with ok while the database answers', async () => {
    const response = await t.app.inject('/healthz');
    assert.equal(response.statusCode, 200);
    assert.deepEqual(response.json(), { status: 'ok' });
  });

  it('renders the start page in German with landmarks, skip link and footer links', async () => {
    const response = await t.app.inject('/');
    assert.equal(response.statusCode, 200);
    const html = response.body;
    assert.match(html, /<html lang="de">/);
    assert.match(html, /<a href="#main" class="skip-link">Zum Inhalt springen<\/a>/);
    assert.match(html, /<main id="main"/);
    for (const link of ['/impressum', '/datenschutz', '/barrierefreiheit', '/barrierefreiheit/barriere-melden', '/leichte-sprache', '/gebaerdensprache']) {
      assert.ok(html.includes(`href="${link}"`), `footer links to ${link}`);
    }
    assert.ok(html.includes('Stadt Iserlohn'));
  });

  it('sends a strict CSP without inline script and the usual security headers', async () => {
    const response = await t.app.inject('/');
    const csp = String(response.headers['content-security-policy']);
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(response.headers['x-content-type-options'], 'nosniff');
    assert.equal(response.headers['permissions-policy'], 'camera=(), microphone=(), geolocation=(), payment=()');
    assert.ok(!/<script>/.test(response.body), 'no inline script');
    const missing = await t.app.inject('/gibt-es-nicht');
    assert.equal(missing.headers['content-security-policy'], csp, 'error pages carry the same headers');
  });

  it('keeps pages without forms free of cookies', async () => {
    const response = await t.app.inject('/');
    assert.equal(response.headers['set-cookie'], undefined);
  });

  it('answers unknown pages with a German 404 page in the layout and unknown APIs with JSON', async () => {
    const page = await t.app.inject('/gibt-es-nicht');
    assert.equal(page.statusCode, 404);
    assert.match(page.body, /Seite nicht gefunden/);
    assert.match(page.body, /<footer/);
    const api = await t.app.inject('/api/gibt-es-nicht');
    assert.equal(api.statusCode, 404);
    assert.equal(api.json().error.code, 'not_found');
  });

  it('refuses a state-changing request without CSRF token with a clear 403 page', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/', payload: 'a=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    assert.equal(response.statusCode, 403);
    assert.match(response.body, /Formular ist abgelaufen/);
  });

  it('refuses unknown content types and oversized bodies with 4xx, never 500', async () => {
    const xml = await t.app.inject({ method: 'POST', url: '/api/anything', payload: '<a/>', headers: { 'content-type': 'application/xml' } });
    assert.ok(xml.statusCode >= 400 && xml.statusCode < 500, `got ${xml.statusCode}`);
    const big = await t.app.inject({
      method: 'POST',
      url: '/',
      payload: `name=${'x'.repeat(1024 * 1024)}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(big.statusCode, 413);
    assert.match(big.body, /zu groß/);
    const json = await t.app.inject({ method: 'POST', url: '/api/anything', payload: '{"broken', headers: { 'content-type': 'application/json' } });
    assert.ok(json.statusCode >= 400 && json.statusCode < 500, `got ${json.statusCode}`);
  });

  it('refuses NUL characters in queries, route parameters and bodies with 400 before they reach the database', async () => {
    for (const url of ['/leistungen?q=%00', '/leistungen?fachbereich=a%00b', '/leistungen/a%00b', '/healthz?probe=%00']) {
      const response = await t.app.inject(url);
      assert.equal(response.statusCode, 400, `${url}: ${response.statusCode}`);
    }
    assert.equal((await t.app.inject('/healthz?probe=%00')).json().error.code, 'invalid_characters', 'JSON endpoints answer in their error shape');
    const form = await t.app.inject({ method: 'POST', url: '/', payload: 'name=a%00b', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    assert.equal(form.statusCode, 400);
    assert.match(form.body, /unzulässiges Steuerzeichen/);
    const json = await t.app.inject({
      method: 'POST',
      url: '/api/anything',
      payload: '{"a":{"b":["\\u0000"]}}',
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(json.statusCode, 400);
  });

  it('serves assets itself with long caching and the configured theme', async () => {
    const css = await t.app.inject('/assets/portal.css');
    assert.equal(css.statusCode, 200);
    assert.match(String(css.headers['cache-control']), /immutable/);
    const theme = await t.app.inject('/assets/theme.css');
    assert.match(theme.body, /--color-primary:#00477f/);
    const logo = await t.app.inject('/assets/logo');
    assert.equal(logo.headers['content-type'], 'image/svg+xml');
  });
});

describe('anonymous page cache', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  it('never caches pages with forms: each visitor gets their own CSRF token', async () => {
    const a = t.client();
    const b = t.client();
    const pageA = await a.get('/konto/anmelden');
    const pageB = await b.get('/konto/anmelden');
    assert.notEqual(csrfTokenIn(pageA.body), csrfTokenIn(pageB.body));
  });
});
