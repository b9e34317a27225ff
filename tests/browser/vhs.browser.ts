import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { seedVhsDemo } from '../../src/modules/vhs/testing';
import { expectNoAxeViolations } from './support/axe';
import { browserSuite, MOBILE } from './support/browser';
import { expectErrorSummary, expectPageBasics } from './support/checks';
import { fillAndSubmit, focusField, followLink } from './support/keyboard';

/** The VHS catalogue with the keyboard only: search and filter, a refused date, a course page. */
browserSuite('Volkshochschule: Kurssuche und Kursseite mit der Tastatur', (env) => {
  before(async () => {
    await seedVhsDemo(env.t.deps);
  });

  test('sucht mit Filter, öffnet einen Kurs und findet die Kalenderdatei', async () => {
    const page = await env.newPage({ javaScript: false });
    await page.goto('/bildung/vhs');
    // Past the header's portal search (also named q) to the catalogue's own.
    await focusField(page, 'q');
    await fillAndSubmit(page, { q: 'Yoga', frei: true });
    assert.equal(new URL(page.url()).search, '?q=Yoga&bereich=&format=&ort=&von=&bis=&frei=ja');
    assert.match((await page.locator('#results-title').textContent()) ?? '', /^\d+ Kurse? zu „Yoga“$/);
    await expectNoAxeViolations(page, 'Suchergebnis');
    await followLink(page, '/bildung/vhs/kurse/online-yoga-am-abend-3003');
    assert.equal(await expectPageBasics(page, env.t.config.municipality.officialName), 'Online-Yoga am Abend');
    assert.equal(await page.locator('a[href$=".ics"]').count(), 1);
    await page.setViewportSize(MOBILE);
    await expectNoAxeViolations(page, 'Kursseite, 375 px');
  });

  test('ein Datum, das keines ist: 400, Fehlerzusammenfassung mit Link ins Feld, axe', async () => {
    const page = await env.newPage();
    await page.goto('/bildung/vhs');
    const response = page.waitForResponse((candidate) => candidate.url().includes('von='));
    await fillAndSubmit(page, { von: '31.02.2027' });
    assert.equal((await response).status(), 400);
    await expectErrorSummary(page, { focusedByScript: true });
    await expectNoAxeViolations(page, 'Fehlerzustand');
  });
});
