import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { citizen } from '../support/people';
import { insertPagesFixture, linkMember } from '../../src/modules/council/testing';
import { expectNoAxeViolations } from './support/axe';
import { browserSuite, MOBILE } from './support/browser';
import { expectErrorSummary, expectPageBasics } from './support/checks';
import { chooseRadio, followLink, pressAndWait, tabUntil } from './support/keyboard';

/**
 * /rat with the keyboard and without JavaScript: from the landing page to a meeting, its paper and
 * the Gremium; the calendar's filter, the month grid and a filter it cannot read. A council of the
 * test's own (the fixture), so every object is known.
 */
browserSuite('Ratsinformation: Sitzungen, Vorlagen und Gremien', (env) => {
  let council: Awaited<ReturnType<typeof insertPagesFixture>>;
  before(async () => {
    council = await insertPagesFixture(env.t.db);
    await env.t.settled();
  });

  test('ohne JavaScript: von /rat zur Sitzung, zur Vorlage und zum Gremium; Karte und Person', async () => {
    const page = await env.newPage({ javaScript: false });
    const official = env.t.config.municipality.officialName;
    await page.goto('/rat');
    await followLink(page, `/rat/sitzungen/${council.meeting.id}`);
    assert.equal(await expectPageBasics(page, official), '5. Sitzung des Ausschusses für Planung und Stadtentwicklung');
    assert.match((await page.locator('main').textContent()) ?? '', /nicht öffentlichen Teil/);
    await expectNoAxeViolations(page, 'Sitzung');
    await followLink(page, `/rat/vorlagen/${council.papers.publicId}`);
    assert.equal(await expectPageBasics(page, official), 'V/2026/0012: Verbreiterung des Radwegs an der Baarstraße');
    await expectNoAxeViolations(page, 'Vorlage');
    await followLink(page, '/rat/gremien/aps');
    await expectNoAxeViolations(page, 'Gremium');
    await followLink(page, `/rat/personen/${council.persons.anna}`);
    assert.equal(await expectPageBasics(page, official), 'Anna Muster');
    await expectNoAxeViolations(page, 'Person');
    await page.goto('/rat/karte');
    await expectNoAxeViolations(page, 'Karte');
  });

  test('Kalender: vergangene Sitzungen wählen, Monatsübersicht, ein unbekanntes Gremium ergibt 400', async () => {
    const page = await env.newPage({ javaScript: false, viewport: MOBILE });
    await page.goto('/rat/sitzungen');
    await chooseRadio(page, 'zeit', 'vergangen');
    await tabUntil(page, (info) => info.tag === 'button', 'Knopf „Sitzungen anzeigen“');
    await pressAndWait(page);
    assert.match((await page.locator('#results-title').textContent()) ?? '', /Vergangene Sitzungen: 1/);
    await expectNoAxeViolations(page, 'vergangene Sitzungen');
    await page.goto(`/rat/sitzungen?monat=${new Date().toISOString().slice(0, 7)}`);
    assert.equal(await page.locator('table.month-grid').count(), 1);
    await expectNoAxeViolations(page, 'Monatsübersicht');
    const response = await page.goto('/rat/sitzungen?gremium=gibt-es-nicht');
    assert.equal(response?.status(), 400);
    await expectErrorSummary(page, { focusedByScript: false });
    await expectNoAxeViolations(page, 'Fehler im Filter');
  });

  test('ein Ratsmitglied sieht den nicht öffentlichen Teil, markiert', async () => {
    const anna = await citizen(env.t);
    await linkMember(env.t.db, anna.id, council.persons.anna);
    const context = await env.newContext();
    const cookie = /(?:^|; )sp_session=([^;]+)/.exec(anna.client.cookieHeader())?.[1];
    assert.ok(cookie, 'the test account has a session');
    await context.addCookies([{ name: 'sp_session', value: cookie!, url: env.baseUrl }]);
    const page = await context.newPage();
    await page.goto(`/rat/sitzungen/${council.meeting.id}`);
    assert.match((await page.locator('main').textContent()) ?? '', /Verkauf einer Teilfläche\s*nicht öffentlich/);
    await expectNoAxeViolations(page, 'Sitzung mit nicht öffentlichem Teil');
  });
});
