import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { createUser } from '../../src/kernel/auth';
import { addDays, berlinDay } from '../../src/kernel/time';
import { libraryModule } from '../../src/modules/library';
import { browserSuite } from './support/browser';
import { expectErrorSummary, watchProblems } from './support/checks';
import { fillAndSubmit, followLink, pressButton, typeInto } from './support/keyboard';
import { expectAt, keyboardDriver, step } from './support/journey';

const LIBRARIAN = { email: 'buecherei@example.org', password: 'Lesen ist Abenteuer im Kopf 7', displayName: 'Lena Lesewig' };

browserSuite('Bildung: Kalender und Veranstaltungen der Stadtbücherei im Browser', (env) => {
  before(async () => {
    await createUser(env.t.db, { ...LIBRARIAN, role: 'staff', emailVerified: true, permissions: ['library.events'] });
    await libraryModule.seedDemo!(env.t.deps);
  });

  test('Veranstaltung nur mit der Tastatur anlegen, im Kalender finden und absagen; axe auf jeder Seite', async () => {
    const page = await env.newPage();
    const problems = watchProblems(page);
    const audited = new Set<string>();
    const at = (expected: Parameters<typeof expectAt>[1]) => expectAt(page, expected, audited);
    const day = addDays(berlinDay(new Date()), 3);
    let eventPath = '';

    await step('Anmelden und zu den Veranstaltungen', async () => {
      await page.goto('/konto/anmelden?weiter=%2Fverwaltung%2Fbuecherei%2Fveranstaltungen');
      await keyboardDriver.submit(page, { email: LIBRARIAN.email, password: LIBRARIAN.password });
      await at({ path: '/verwaltung/buecherei/veranstaltungen', h1: 'Veranstaltungen der Stadtbücherei', text: 'Bilderbuchkino' });
    });

    await step('Leeres Formular zeigt die Fehler, das ausgefüllte legt die Veranstaltung an', async () => {
      await followLink(page, '/verwaltung/buecherei/veranstaltungen/neu');
      await at({ path: '/verwaltung/buecherei/veranstaltungen/neu', h1: 'Neue Veranstaltung' });
      await pressButton(page, 'Veranstaltung anlegen');
      await expectErrorSummary(page, { focusedByScript: true });
      await at({ path: '/verwaltung/buecherei/veranstaltungen/neu' });
      await page.fill('#tag', day);
      await fillAndSubmit(page, {
        titel: 'Comic-Werkstatt',
        kurzbeschreibung: 'Eigene Comics zeichnen.',
        beginn: '15:00',
        ende: '17:00',
        ort: 'Stadtbücherei, Jugendbereich',
        zielgruppe: 'Jugendliche ab 10',
      });
      await at({ path: '/verwaltung/buecherei/veranstaltungen', text: 'Die Veranstaltung ist angelegt' });
    });

    await step('Im Kalender und auf ihrer Seite', async () => {
      await page.goto(`/bildung/kalender?von=${day}&angebot=Stadtb%C3%BCcherei`);
      await at({ path: '/bildung/kalender', h1: 'Veranstaltungskalender', text: 'Comic-Werkstatt' });
      eventPath = (await page.locator('a', { hasText: 'Comic-Werkstatt' }).getAttribute('href')) ?? '';
      assert.match(eventPath, /^\/bildung\/buecherei\/veranstaltungen\/[0-9a-f-]{36}$/);
      await followLink(page, eventPath);
      await at({ path: eventPath, h1: 'Comic-Werkstatt', text: 'Jugendliche ab 10' });
    });

    await step('Absagen mit Grund', async () => {
      const editPath = eventPath.replace('/bildung/buecherei/', '/verwaltung/buecherei/');
      await page.goto('/verwaltung/buecherei/veranstaltungen');
      await followLink(page, editPath);
      await at({ path: editPath, h1: 'Veranstaltung ändern' });
      await typeInto(page, 'grund', 'Der Raum wird gebraucht.');
      await pressButton(page, 'Veranstaltung absagen');
      await at({ path: '/verwaltung/buecherei/veranstaltungen', text: 'Die Veranstaltung ist abgesagt' });
      await page.goto(eventPath);
      await at({ path: eventPath, text: 'Der Raum wird gebraucht.' });
    });

    assert.deepEqual(problems, []);
  });
});
