import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { moduleSettings } from '../../kernel/config';
import { seedServicesDemo } from './demo/index';
import { statePortalSettings } from './settings';

/** Text of the first match of `pattern`'s group 1, tags stripped and whitespace collapsed. */
function textOf(html: string, pattern: RegExp): string | undefined {
  return pattern
    .exec(html)?.[1]
    ?.replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
const h1 = (html: string) => textOf(html, /<h1[^>]*>([\s\S]*?)<\/h1>/);
const h2s = (html: string) => [...html.matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)].map((match) => match[1]?.replace(/<[^>]+>/g, '').trim());

describe('Leistungen A–Z pages', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
    await seedServicesDemo(t.deps);
  });
  after(() => t.close());

  it('lists every Leistung A–Z with a GET search form, filters with labels, tags in words and pagination', async () => {
    const { statusCode, body } = await t.app.inject('/leistungen');
    assert.equal(statusCode, 200);
    assert.equal(h1(body), 'Leistungen A–Z');
    assert.match(body, /<form action="\/leistungen" method="get"[^>]*aria-label="Leistungen suchen"/);
    for (const [name, label] of [
      ['q', 'Suchbegriff'],
      ['lebenslage', 'Lebenslage'],
      ['fachbereich', 'Zuständiger Fachbereich'],
    ]) {
      assert.match(body, new RegExp(`<label class="label" for="${name}">${label}</label>`));
    }
    assert.match(body, /<option value="standesamt">Standesamt<\/option>/);
    assert.match(body, /3\d Leistungen/);
    assert.match(body, /Online möglich/);
    assert.match(body, /Persönlich vorsprechen/);
    assert.match(body, /href="\/leistungen\?seite=2"/, 'a link to page 2');
    assert.doesNotMatch(body, /<script>|style=/);
  });

  it('is in the main navigation', async () => {
    const { body } = await t.app.inject('/kontakt');
    assert.match(body, /<a href="\/leistungen"[^>]*>Leistungen A–Z<\/a>/);
  });

  it('searches with stemming and keeps the words and filters in the form and the page links', async () => {
    const { statusCode, body } = await t.app.inject('/leistungen?q=Hunde&lebenslage=haustiere');
    assert.equal(statusCode, 200);
    assert.match(body, /<title>Suche nach „Hunde“/);
    assert.equal(textOf(body, /<h2 id="results-title"[^>]*>([\s\S]*?)<\/h2>/), '2 Leistungen zu „Hunde“');
    assert.match(body, /href="\/leistungen\/hundesteuer-anmeldung">Hund anmelden \(Hundesteuer\)/);
    assert.match(body, /href="\/leistungen\/hundesteuer-abmeldung"/);
    assert.match(body, /id="q" name="q" type="search" value="Hunde"/);
    assert.match(body, /<option value="haustiere" selected>Haustiere<\/option>/);
  });

  it('finds typos ("Bewohnerparkausweiss")', async () => {
    const { body } = await t.app.inject('/leistungen?q=Bewohnerparkausweiss');
    assert.match(body, /href="\/leistungen\/bewohnerparkausweis">Bewohnerparkausweis beantragen/);
  });

  it('says "Keine Leistung gefunden" with what to try and what can be done online', async () => {
    const { statusCode, body } = await t.app.inject('/leistungen?q=Quantenchromodynamik');
    assert.equal(statusCode, 200);
    assert.deepEqual(h2s(body).slice(0, 2), ['Keine Leistung gefunden', 'Das können Sie online erledigen']);
    assert.match(body, /Zu „Quantenchromodynamik“ haben wir keine Leistung gefunden/);
    assert.match(body, /href="\/leistungen\/briefwahl"/);
    assert.match(body, new RegExp(`mailto:${t.config.municipality.contact.email}`));
  });

  it('ignores parameters that are not ours instead of failing', async () => {
    const { statusCode, body } = await t.app.inject('/leistungen?lebenslage=%3Cscript%3E&fachbereich=..%2F&seite=abc');
    assert.equal(statusCode, 200);
    assert.match(body, /3\d Leistungen/);
  });

  it('sends a page number beyond the end to the last page instead of "nothing found"', async () => {
    const response = await t.app.inject('/leistungen?q=Hund&seite=7');
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/leistungen?q=Hund');
    const beyond = await t.app.inject('/leistungen?seite=9');
    assert.equal(beyond.headers.location, '/leistungen?seite=2');
  });

  it('shows a Leistung done in person: the inset says why, what to bring and where to book', async () => {
    for (const [slug, fee] of [
      ['personalausweis', '37,00 €'],
      ['reisepass', '70,00 €'],
    ] as const) {
      const { statusCode, body } = await t.app.inject(`/leistungen/${slug}`);
      assert.equal(statusCode, 200);
      assert.deepEqual(
        h2s(body).filter((heading) => heading !== 'Passt zu diesen Lebenslagen' && heading !== 'Bundesweit'),
        [
          'Persönlich vorsprechen',
          'Wer kann das beantragen',
          'Welche Unterlagen brauchen Sie',
          'Was kostet das',
          'Wie lange dauert das',
          'Online-Angebot',
          'Rechtsgrundlagen',
          'Zuständig',
          'Kontakt',
        ],
      );
      assert.match(body, /<div class="inset"><h2>Persönlich vorsprechen<\/h2><p>Sie müssen persönlich kommen: Wir nehmen im Bürgeramt Ihre Fingerabdrücke auf/);
      assert.match(body, /Bringen Sie bitte mit:/);
      // The Leistung names its Termine service: the booking starts with it chosen.
      assert.ok(body.includes(`<a href="/termine/buchen?dienst=${slug}">Termin online buchen</a>`), `${slug} links to its booking`);
      assert.ok(body.includes(fee), `${slug} shows the fee ${fee}`);
      assert.doesNotMatch(body, /Online beantragen/);
      assert.match(body, /Sie finden hier alle Informationen\. Den Antrag stellen Sie vor Ort\./);
    }
  });

  it('shows an online Leistung with the start button to its form', async () => {
    const { body } = await t.app.inject('/leistungen/bewohnerparkausweis');
    assert.equal(h1(body), 'Bewohnerparkausweis beantragen');
    assert.match(body, /<a href="\/leistungen\/bewohnerparkausweis\/antrag" class="button button--primary" role="button"[^>]*>Online beantragen<\/a>/);
    assert.match(body, /30,70 €/);
    assert.match(body, /Sie erledigen alles online, auch den Bescheid erhalten Sie digital\./);
    assert.match(body, /<a href="https:\/\/www\.gesetze-im-internet\.de\/stvo_2013\/__45\.html">/);
    assert.match(body, /<a href="https:\/\/verwaltung\.bund\.de\/leistungsverzeichnis\/de\/leistung\/99108001001000">Diese Leistung im Bundesportal<\/a>/);
    assert.match(body, /Leistungsschlüssel \(LeiKa\): 99108001001000/);
    const withoutKey = await t.app.inject('/leistungen/maengelmeldung');
    assert.doesNotMatch(withoutKey.body, /im Bundesportal|Leistungsschlüssel/, 'no LeiKa key, no key and no link to the state portal');
    assert.match(body, /Ordnungsamt \(<a href="\/leistungen\?fachbereich=ordnungsamt">alle Leistungen: Ordnungsamt<\/a>\)/);
  });

  it('links the state portal by LeiKa key and names external portals', async () => {
    const { body } = await t.app.inject('/leistungen/personalausweis-verlust');
    const { name, leistungUrl } = moduleSettings(t.deps, statePortalSettings);
    assert.ok(body.includes(`<a href="${leistungUrl.replace('{leika}', '99008001014000')}">Diese Leistung im ${name}</a>`));
    const baugenehmigung = await t.app.inject('/leistungen/baugenehmigung');
    assert.match(baugenehmigung.body, /Online erledigen Sie das hier: <a href="https:\/\/bauportal\.nrw">Bauportal\.NRW<\/a>\./);
  });

  it('answers 404 for an unknown or malformed slug', async () => {
    for (const path of ['/leistungen/gibt-es-nicht', '/leistungen/Personalausweis', '/leistungen/a--b']) {
      const response = await t.app.inject(path);
      assert.equal(response.statusCode, 404, path);
      assert.match(response.body, /Die Leistung wurde nicht gefunden\./);
    }
  });
});
