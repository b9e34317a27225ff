import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { navigationOf } from '../../bootstrap';
import type { ModuleManifest } from '../../kernel/module';
import { MODULES } from '../../registry';
import { links, parseHtml, textOf } from '../../../tests/support/html';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { PATHS } from './paths';

/** An entry a module places under the hub, with markup in its words (which must reach the page as text). */
const hostile: ModuleManifest = {
  id: 'test-hostile',
  navigation: { href: '/test/haushalt', label: 'Haushalt <script>', order: 99, under: PATHS.home, description: 'Zahlen & <b>Fakten</b>' },
};

describe('transparency hub', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ modules: [...MODULES, hostile] });
  });
  after(() => t.close());

  const header = (html: string) => links(html, 'nav.main-nav a');

  it('lists every entry placed under it with its description, in their order, as text', async () => {
    const { statusCode, body } = await t.client().get(PATHS.home);
    assert.equal(statusCode, 200);
    const page = parseHtml(body);
    assert.equal(textOf(page.querySelector('h1')!), 'Transparenz');
    assert.deepEqual(
      links(page, '.card__title a').map(({ href, text }) => [href, text]),
      [
        ['/daten', 'Offene Daten'],
        ['/rat', 'Politik'],
        ['/digitalisierung', 'Digitalisierung'],
        ['/test/haushalt', 'Haushalt <script>'],
      ],
    );
    assert.match(textOf(page.querySelector('.card-list')!), /Rat und Ausschüsse: Sitzungen mit Tagesordnung.*Zahlen & <b>Fakten<\/b>/s);
    assert.ok(!body.includes('<script>') && !body.includes('<b>Fakten'), 'escaped');
  });

  it('is kept for anonymous visitors', async () => {
    // On PostgreSQL the cache keeps nothing until its LISTEN connection is up.
    while (!t.database.handle.changes.live) await new Promise((done) => setTimeout(done, 10));
    t.app.keptPages.clear();
    await t.client().get(PATHS.home);
    assert.ok(t.app.keptPages.get(PATHS.home), 'an anonymous visit is kept');
  });

  it('takes the place of the entries under it in the header, which has seven', async () => {
    const { body } = await t.client().get('/kontakt');
    assert.deepEqual(
      header(body).map((link) => link.text),
      ['Leistungen A–Z', 'Termine', 'Transparenz', 'Bildung', 'WLAN', 'Mitmachen', 'Kontakt'],
    );
  });

  it('is the current header entry on its own page and on the pages of every entry under it', async () => {
    for (const path of [PATHS.home, '/daten', '/daten/organisationen', '/rat', '/rat/sitzungen', '/digitalisierung']) {
      const { statusCode, body } = await t.client().get(path);
      assert.equal(statusCode, 200, path);
      assert.deepEqual(
        header(body)
          .filter((link) => link.current)
          .map((link) => link.href),
        [PATHS.home],
        path,
      );
    }
    const elsewhere = await t.client().get('/bildung');
    assert.deepEqual(
      header(elsewhere.body)
        .filter((link) => link.current)
        .map((link) => link.href),
      ['/bildung'],
    );
  });

  it('is named in the breadcrumbs of the pages of every entry under it, after the start page', async () => {
    const trails = {
      '/daten': ['/'],
      '/daten/organisationen': ['/', '/daten'],
      '/rat': ['/'],
      '/rat/sitzungen': ['/', '/rat'],
      '/digitalisierung': ['/'],
    };
    for (const [path, trail] of Object.entries(trails)) {
      const { body } = await t.client().get(path);
      const [home, ...rest] = trail;
      assert.deepEqual(
        links(body, '.breadcrumbs a').map((link) => link.href),
        [home, PATHS.home, ...rest],
        path,
      );
    }
    const own = await t.client().get(PATHS.home);
    assert.deepEqual(
      links(own.body, '.breadcrumbs a').map((link) => link.text),
      ['Startseite'],
    );
  });

  it('is a card on the start page that links every entry under it', async () => {
    const { body } = await t.client().get('/');
    const card = parseHtml(body)
      .querySelectorAll('.card')
      .find((node) => textOf(node.querySelector('.card__title')!) === 'Transparenz');
    assert.ok(card, 'the hub has a card');
    assert.deepEqual(
      links(card).map((link) => link.href),
      [PATHS.home, '/daten', '/rat', '/digitalisierung', '/test/haushalt'],
    );
    const titles = parseHtml(body)
      .querySelectorAll('.card__title a')
      .map((node) => node.getAttribute('href'));
    assert.ok(!titles.includes('/daten'), 'an entry under a hub has no card of its own');
  });
});

describe('navigationOf', () => {
  const entry = (href: string, order: number, under?: string): ModuleManifest => ({
    id: href,
    navigation: { href, label: href, order, description: href, under },
  });

  it('follows each hub with the entries under it, and keeps an entry whose hub is not registered in the header', () => {
    const navigation = navigationOf([
      entry('/a', 10),
      entry('/c', 35, '/hub'),
      entry('/hub', 30),
      entry('/b', 20, '/hub'),
      entry('/d', 40, '/fehlt'),
      entry('/e', 50),
    ]);
    assert.deepEqual(
      navigation.map((item) => [item.href, item.under]),
      [
        ['/a', undefined],
        ['/hub', undefined],
        ['/b', '/hub'],
        ['/c', '/hub'],
        ['/d', undefined],
        ['/e', undefined],
      ],
    );
  });
});
