import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ModuleManifest } from '../../kernel/module';
import { MODULES } from '../../registry';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { servicesModule } from '../services';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const h2s = (html: string) => [...html.matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)].map((match) => text(match[1]!).trim());
const get = (t: TestApp, q: string) => t.app.inject({ method: 'GET', url: '/suche', query: { q } });

/** Test modules beside the real ones: a second area with fixed hits, one that fails (for "wackelig" only once), one that hangs for "langsam". */
let shaky = 0;
const events: ModuleManifest = {
  id: 'test-events',
  search: {
    area: 'Veranstaltungen',
    moreHref: (q) => `/veranstaltungen?q=${encodeURIComponent(q)}`,
    tables: [],
    search: async (q, limit) => {
      const all = Array.from({ length: 7 }, (_, i) => ({ title: `Hundeschau ${i + 1}`, href: `/veranstaltungen/${i + 1}` }));
      return /hund/i.test(q) ? { total: all.length, hits: all.slice(0, limit) } : { total: 0, hits: [] };
    },
  },
};
const broken: ModuleManifest = {
  id: 'test-broken',
  search: {
    area: 'Ratsinformation',
    moreHref: () => '/rat',
    tables: [],
    search: async (q) => {
      if (q.includes('kaputt') || q === 'langsam' || (q === 'wackelig' && shaky++ === 0)) throw new Error('index unavailable');
      return { total: 0, hits: [] };
    },
  },
};
const slow: ModuleManifest = {
  id: 'test-slow',
  search: {
    area: 'Archiv',
    moreHref: () => '/archiv',
    tables: [],
    search: (q) => (q === 'langsam' ? new Promise(() => {}) : Promise.resolve({ total: 0, hits: [] })),
  },
};

describe('/suche', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ modules: [...MODULES, events, broken, slow] });
    await servicesModule.seedDemo!(t.deps);
  });
  after(() => t.close());

  it('shows the search form and the areas before the first search', async () => {
    const { statusCode, body } = await t.app.inject('/suche');
    assert.equal(statusCode, 200);
    assert.match(body, /<title>Suche – /);
    assert.match(body, /<form action="\/suche" method="get"[^>]*aria-label="Portal durchsuchen"/);
    assert.match(body, /<label class="label" for="q">Suchbegriff<\/label>/);
    assert.match(body, /id="q" name="q" type="search"/);
    assert.match(body, /<button type="submit"[^>]*>Suchen<\/button>/);
    assert.deepEqual(h2s(body), ['Was Sie hier finden']);
    assert.match(body, /<li><a href="\/leistungen">Leistungen A–Z<\/a><\/li>/);
  });

  it('groups the hits by area in registry order, with the total and a link to the area’s own search', async () => {
    const { statusCode, body } = await get(t, 'Hund');
    assert.equal(statusCode, 200);
    assert.match(body, /<title>Suche nach „Hund“/);
    assert.deepEqual(h2s(body), ['Leistungen (4 Treffer)', 'Veranstaltungen (7 Treffer)']);
    assert.match(body, /href="\/leistungen\/hundesteuer-anmeldung">Hund anmelden \(Hundesteuer\)/);
    assert.match(body, /<a href="\/leistungen\?q=Hund">Alle 4 Treffer in Leistungen<\/a>/);
    assert.equal(body.match(/href="\/veranstaltungen\/\d"/g)?.length, 5, 'at most five hits per area');
    assert.match(body, /<a href="\/veranstaltungen\?q=Hund">Alle 7 Treffer in Veranstaltungen<\/a>/);
    assert.match(text(body), /11 Treffer zu „Hund“ in 2 Bereichen/);
    assert.match(body, /id="q" name="q" type="search" value="Hund"/);
  });

  it('finds typos through the catalogue’s trigram search', async () => {
    const { body } = await get(t, 'Bewohnerparkausweiss');
    assert.match(body, /href="\/leistungen\/bewohnerparkausweis"/);
  });

  it('says "Keine Treffer" with what to try, the areas and who helps', async () => {
    const { statusCode, body } = await get(t, 'xyzxyz');
    assert.equal(statusCode, 200);
    assert.deepEqual(h2s(body), ['Keine Treffer']);
    assert.match(text(body), /Zu „xyzxyz“ haben wir in keinem Bereich etwas gefunden/);
    assert.match(body, /<a href="\/leistungen">Leistungen A–Z<\/a>/);
    assert.match(body, new RegExp(`mailto:${t.config.municipality.contact.email}`));
  });

  it('still shows the other areas when one provider fails, and names the one that could not be searched', async () => {
    const { statusCode, body } = await get(t, 'Hund kaputt');
    assert.equal(statusCode, 200);
    assert.match(text(body), /Ratsinformation: Dieser Bereich konnte gerade nicht durchsucht werden/);
    assert.doesNotMatch(body, /index unavailable/);
  });

  it('keeps a page with an area that could not be searched out of the page cache: the next visitor gets a new try', async () => {
    assert.match((await get(t, 'wackelig')).body, /Ratsinformation/);
    assert.doesNotMatch((await get(t, 'wackelig')).body, /Ratsinformation/);
  });

  it('does not wait for a provider that never answers', async () => {
    const started = Date.now();
    const { statusCode, body } = await get(t, 'langsam');
    assert.equal(statusCode, 200);
    assert.ok(Date.now() - started < 10_000);
    assert.match(text(body), /Ratsinformation, Archiv: Dieser Bereich konnte gerade nicht durchsucht werden/);
    assert.match(text(body), /in den durchsuchten Bereichen nichts gefunden/);
  });

  it('cuts a query longer than 100 characters (as the catalogue does) and more than 8 words, and says so', async () => {
    const long = await get(t, `Hund${'a'.repeat(400)}`);
    assert.equal(long.statusCode, 200);
    assert.match(long.body, new RegExp(`value="Hund${'a'.repeat(96)}"`));
    assert.match(long.body, /länger als 100 Zeichen\. Wir haben nach den ersten 100 Zeichen gesucht/);
    const wordy = await get(t, 'eins zwei drei vier fünf sechs sieben acht neun zehn');
    assert.match(wordy.body, /value="eins zwei drei vier fünf sechs sieben acht"/);
    assert.match(wordy.body, /mehr als 8 Wörter/);
  });

  it('answers punctuation, emoji and nothing-but-space without searching', async () => {
    for (const q of ['?!*', '🐕🐕', '   ', '\u0001\u0002']) {
      const { statusCode, body } = await get(t, q);
      assert.equal(statusCode, 200, JSON.stringify(q));
      assert.ok(h2s(body).includes('Bitte geben Sie ein Wort ein') || h2s(body).includes('Was Sie hier finden'), JSON.stringify(q));
      assert.doesNotMatch(body, /Treffer in Leistungen/);
    }
  });

  it('answers SQL, tsquery syntax, markup, mixed scripts and odd parameters with a page, never an error', async () => {
    const hostile = [
      "Hund' or 1=1 --",
      'Hund & !Katze | (Pass:*)',
      "'); drop table services; --",
      '<script>alert(1)</script>',
      'Hundсобака犬',
      'Hund 🐕 steuer',
      '\\',
      '%',
      'a'.repeat(5000),
      Array.from({ length: 500 }, (_, i) => `w${i}`).join(' '),
    ];
    for (const q of hostile) {
      const { statusCode, body } = await get(t, q);
      assert.equal(statusCode, 200, q.slice(0, 40));
      assert.doesNotMatch(body, /<script>alert/);
    }
    for (const url of ['/suche?q=a&q=b', '/suche?q[x]=1', '/suche?q=%E0%A4%A', '/suche?foo=bar']) {
      const { statusCode } = await t.app.inject(url);
      assert.ok(statusCode < 500, `${url}: ${statusCode}`);
    }
    const services = await get(t, 'Hund');
    assert.match(text(services.body), /Leistungen \(4 Treffer\)/, 'the catalogue is intact');
  });
});
