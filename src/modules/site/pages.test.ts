import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { CSRF_COOKIE } from './views/privacy';

/** h1 text of a page, tags stripped. */
function h1(html: string): string | undefined {
  const match = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html);
  return match?.[1]?.replace(/<[^>]+>/g, '').trim();
}

const PAGES: [path: string, heading: string][] = [
  ['/impressum', 'Impressum'],
  ['/datenschutz', 'Datenschutzerklärung'],
  ['/barrierefreiheit', 'Erklärung zur Barrierefreiheit'],
  ['/barrierefreiheit/barriere-melden', 'Barriere melden'],
  ['/leichte-sprache', 'Das Stadtportal in Leichter Sprache'],
  ['/gebaerdensprache', 'Informationen in Deutscher Gebärdensprache'],
  ['/kontakt', 'Kontakt'],
];

describe('site pages (Iserlohn configuration)', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  for (const [path, heading] of PAGES) {
    it(`${path} answers 200 with one h1 "${heading}", breadcrumbs and no inline style or script`, async () => {
      const response = await t.app.inject(path);
      assert.equal(response.statusCode, 200);
      assert.equal(h1(response.body), heading);
      assert.equal(response.body.match(/<h1[\s>]/g)?.length, 1, 'exactly one h1');
      assert.match(response.body, /<nav class="breadcrumbs" aria-label="Brotkrümelnavigation"><ol><li><a href="\/">Startseite<\/a>/);
      assert.doesNotMatch(response.body, /style=/);
      assert.doesNotMatch(response.body, /<script>|<script [^>]*>[^<]/);
      assert.doesNotMatch(response.body, /autoplay/);
    });
  }

  it('Impressum names provider, representative, VAT id, supervisory authority and the licence, all from configuration', async () => {
    const { body } = await t.app.inject('/impressum');
    const m = t.config.municipality;
    for (const value of [
      m.officialName,
      m.address.street,
      `${m.address.postalCode} ${m.address.city}`,
      m.contact.phone,
      m.contact.email,
      m.imprint.representedBy,
      m.imprint.vatId!,
      m.imprint.supervisoryAuthority,
    ]) {
      assert.ok(body.includes(value), `Impressum shows ${value}`);
    }
    assert.match(body, /§ 5 Digitale-Dienste-Gesetz/);
    assert.match(body, /§ 18 Absatz 2 Medienstaatsvertrag/);
    assert.match(body, /EUPL, Version 1\.2/);
  });

  it('Datenschutz names controller, DPO, cookies, legal bases, retention, rights and the LDI NRW', async () => {
    const { body } = await t.app.inject('/datenschutz');
    const m = t.config.municipality;
    assert.ok(body.includes(m.dataProtectionOfficer.email));
    assert.ok(body.includes(m.officialName));
    for (const cookie of ['sp_session', 'sp_csrf', 'sp_flash']) assert.ok(body.includes(`<code>${cookie}</code>`), `lists cookie ${cookie}`);
    assert.match(body, /Artikel 6 Absatz 1 Buchstabe e DSGVO in Verbindung mit § 3 Datenschutzgesetz Nordrhein-Westfalen/);
    assert.match(body, /Artikel 6\s+Absatz 1 Buchstabe c DSGVO/);
    assert.match(body, /60 Minuten/);
    assert.match(body, /Pseudonym/);
    assert.match(
      body,
      /Versandte E-Mails speichern wir 30 Tage, damit wir Zustellprobleme nachvollziehen können; danach\s+werden sie gelöscht\./,
      'the default MAIL_OUTBOX_RETENTION_DAYS',
    );
    assert.match(body, /Artikeln 15 bis 21 DSGVO/);
    assert.match(body, /href="\/konto"/);
    assert.match(body, /Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen/);
    assert.doesNotMatch(body, /Videos in Gebärdensprache<\/h3>/, 'no external video hosts configured');
  });

  it('the cookie names in the Datenschutzerklärung are the ones the portal really sets', async () => {
    const page = await t.app.inject('/datenschutz');
    assert.equal(page.headers['set-cookie'], undefined, 'a page without a form sets no cookie');
    const form = await t.app.inject('/barrierefreiheit/barriere-melden');
    const names = [form.headers['set-cookie']].flat().map((cookie) => String(cookie).split('=')[0]);
    assert.deepEqual(names, [CSRF_COOKIE]);
  });

  it('Erklärung zur Barrierefreiheit: status, limitations, date, method, feedback and Ombudsstelle from configuration', async () => {
    const { body } = await t.app.inject('/barrierefreiheit');
    const a = t.config.municipality.accessibility;
    assert.match(body, /Diese Website ist mit den Anforderungen weitgehend vereinbar\./);
    assert.match(body, /BITVNRW/);
    assert.match(body, /<time datetime="2026-11-25">25\.11\.2026<\/time>/i);
    assert.match(body, /axe-core/);
    assert.match(body, /Tastatur/);
    assert.match(body, /Es gibt zurzeit keine Videos in Deutscher Gebärdensprache/);
    assert.ok(body.includes(`mailto:${a.contactEmail}`));
    assert.ok(body.includes('href="/barrierefreiheit/barriere-melden"'));
    assert.ok(body.includes(a.enforcementBody.name));
    assert.ok(body.includes(a.enforcementBody.website));
    assert.ok(body.includes(a.enforcementBody.email!));
    assert.match(body, /§ 10d BGG NRW/);
    assert.match(body, /sechs Wochen/);
    assert.ok(body.includes(`href="${t.config.baseUrl}"`), 'scope names the portal address');
  });

  it('Leichte Sprache: sections with h2, lists, larger text, phone, address and opening hours', async () => {
    const { body } = await t.app.inject('/leichte-sprache');
    const m = t.config.municipality;
    assert.match(body, /<div class="lead easy-read">/);
    for (const heading of [
      'Was ist das Stadtportal?',
      'Was können Sie hier machen?',
      'Wie bekommen Sie ein Bürger-Konto?',
      'Wo bekommen Sie Hilfe?',
      'Was ist Barriere-Freiheit?',
      'Wie melden Sie eine Barriere?',
    ]) {
      assert.ok(body.includes(`<h2>${heading}</h2>`), heading);
    }
    assert.ok(body.includes(m.contact.phone));
    assert.ok(body.includes(m.contact.openingHours!));
    assert.ok(body.includes(m.address.street));
    assert.match(body, /<ol>/);
    assert.doesNotMatch(body, /z\. ?B\.|usw\.|bzw\./, 'no abbreviations');
  });

  it('Gebärdensprache without videos: no player, text information and how to request an interpreter', async () => {
    const { body } = await t.app.inject('/gebaerdensprache');
    assert.doesNotMatch(body, /<video/);
    assert.match(body, /Zurzeit gibt es hier noch keine Videos/);
    assert.match(body, /Sie können für Ihren Termin eine Gebärdensprachdolmetscherin oder einen Gebärdensprachdolmetscher anfordern\./);
    assert.match(body, /kostenlos \(§ 8 BGG NRW\)/);
    assert.ok(body.includes(`mailto:${t.config.municipality.contact.email}`));
  });

  it('Kontakt is in the main navigation but not offered as a service on the start page', async () => {
    const contact = await t.app.inject('/kontakt');
    assert.match(contact.body, /<a href="\/kontakt" aria-current="page">Kontakt<\/a>/);
    assert.ok(contact.body.includes(t.config.municipality.contact.openingHours!));
    assert.match(contact.body, /Bürgeramt/);
    const home = await t.app.inject('/');
    assert.match(home.body, /<nav class="main-nav"[^>]*>[\s\S]*href="\/kontakt"/);
    assert.doesNotMatch(home.body, /<h3 class="card__title"><a href="\/kontakt">/);
    assert.match(home.body, /<a href="\/kontakt">Alle Kontaktmöglichkeiten<\/a>/);
  });

  it('answers a missing media file with 404 and a report id that is no uuid with 404', async () => {
    assert.equal((await t.app.inject('/media/gibt-es-nicht.mp4')).statusCode, 404);
  });
});
