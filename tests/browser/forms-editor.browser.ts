import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { createUser } from '../../src/kernel/auth';
import { formsModule } from '../../src/modules/forms';
import { EDITOR_PATHS, listVersions, parkingCodeLists, PARKING_XDF2 } from '../../src/modules/forms/testing';
import { SAMPLE_FILES } from '../support/files';
import { expectNoAxeViolations } from './support/axe';
import { browserSuite, type BrowserEnv } from './support/browser';
import { expectErrorSummary, watchProblems } from './support/checks';
import { expectAt, formDriver, keyboardDriver, step, type Driver } from './support/journey';
import { focusField, focused } from './support/keyboard';

const EDITOR = { email: 'frieda.formular@iserlohn.example', displayName: 'Frieda Formular', password: 'Formulare pflegen mit Bedacht 3' };
const FORM = 'maengelmeldung';
const TITLE = 'Mangel melden';
const PAGES = [
  { id: 'mangel', title: 'Was möchten Sie melden?' },
  { id: 'ort', title: 'Wo ist der Mangel?' },
  { id: 'kontakt', title: 'Möchten Sie eine Rückmeldung?' },
];

async function logIn(page: Page, driver: Driver, next: string): Promise<void> {
  await page.goto(`/konto/anmelden?weiter=${encodeURIComponent(next)}`);
  await driver.submit(page, { email: EDITOR.email, password: EDITOR.password });
}

/**
 * Presses a button whose name ends in visually hidden text ("Nach unten: Art des Mangels"): the
 * keyboard run reads the text at the focus; without JavaScript the button is clicked by its text.
 */
async function pressNamed(page: Page, driver: Driver, text: string): Promise<void> {
  if (driver === keyboardDriver) return driver.press(page, text);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.locator('main button').filter({ hasText: text }).first().click()]);
}

/** The labels of the items on a page of the draft editor, in order. */
async function itemOrder(page: Page, pageId: string): Promise<string[]> {
  return page.locator(`main .editor-page:has(#page-${pageId}-heading) > .editor-item > h3`).allTextContents();
}

/** Ticks or unticks a checkbox: the space bar on the focused box, or a click. */
async function toggle(page: Page, driver: Driver, name: string): Promise<void> {
  if (driver === keyboardDriver) {
    const before = await focusField(page, name);
    await page.keyboard.press('Space');
    assert.notEqual((await focused(page))?.checked, before.checked, `Checkbox ${name} ließ sich nicht umschalten`);
  } else {
    await page.locator(`main [name="${name}"]`).click();
  }
}

/**
 * Form list → the Mängelmeldung with its versions → new draft → change a label, an empty title
 * (error summary), move a field down and up again, switch "Pflichtangabe" → preview of each page →
 * publish with confirmation → the old version read-only.
 */
async function editorJourney(env: BrowserEnv, page: Page, driver: Driver, newLabel: string): Promise<string[]> {
  const withJs = driver === keyboardDriver;
  const audited = new Set<string>();
  const at = (expected: Parameters<typeof expectAt>[1]) => expectAt(page, expected, audited);
  const published = (await listVersions(env.t.db, FORM)).find((version) => version.status === 'published')!.version;
  const draftVersion = published + 1;

  await step('Anmelden und Liste der Formulare', async () => {
    await logIn(page, driver, EDITOR_PATHS.list);
    await at({ path: EDITOR_PATHS.list, h1: 'Formulare', text: TITLE });
  });

  await step('Formular mit seinen Versionen', async () => {
    await driver.follow(page, EDITOR_PATHS.form(FORM));
    await at({ path: EDITOR_PATHS.form(FORM), h1: TITLE, text: `Version ${published}` });
    assert.match((await page.locator('main table').textContent()) ?? '', /Veröffentlicht/);
  });

  await step('Neuen Entwurf anlegen', async () => {
    await driver.press(page, 'Neuen Entwurf anlegen');
    await at({ path: EDITOR_PATHS.draft(FORM), h1: `Entwurf bearbeiten: ${TITLE}`, text: `Version ${draftVersion} ist als Entwurf angelegt.` });
  });

  await step('Beschriftung eines Felds ändern', async () => {
    await driver.submit(page, { 'item-description-label': newLabel });
    await at({ path: EDITOR_PATHS.draft(FORM), text: 'Die Änderung ist im Entwurf gespeichert.' });
    assert.equal(new URL(page.url()).hash, '#description-heading', 'zurück an der geänderten Stelle');
    assert.ok((await itemOrder(page, 'mangel')).includes(newLabel));
  });

  await step('Leerer Seitentitel zeigt die Fehler', async () => {
    // From the top of the editor again (the focus was left at the changed field further down).
    await page.goto(EDITOR_PATHS.draft(FORM));
    await driver.submit(page, { 'page-mangel-title': '' });
    await at({ path: EDITOR_PATHS.draft(FORM), text: 'Geben Sie den Titel der Seite an' });
    await expectErrorSummary(page, { focusedByScript: withJs });
    if (!withJs) await expectNoAxeViolations(page, 'ohne JavaScript, Fehler');
    // Nothing was stored: the page keeps its title.
    await page.goto(EDITOR_PATHS.draft(FORM));
    assert.equal(await page.locator('#page-mangel-heading').textContent(), `Seite 1: ${PAGES[0]!.title}`);
  });

  await step('Feld nach unten und wieder nach oben verschieben', async () => {
    assert.deepEqual((await itemOrder(page, 'mangel')).slice(0, 2), ['Art des Mangels', newLabel]);
    await pressNamed(page, driver, 'Nach unten: Art des Mangels');
    await at({ path: EDITOR_PATHS.draft(FORM), text: 'Die Änderung ist im Entwurf gespeichert.' });
    assert.deepEqual((await itemOrder(page, 'mangel')).slice(0, 2), [newLabel, 'Art des Mangels']);
    await pressNamed(page, driver, 'Nach oben: Art des Mangels');
    assert.deepEqual((await itemOrder(page, 'mangel')).slice(0, 2), ['Art des Mangels', newLabel]);
  });

  await step('Pflichtangabe umschalten', async () => {
    const facts = page.locator('main .editor-item:has(#location-heading) > p.hint');
    const wasRequired = ((await facts.textContent()) ?? '').includes('Pflichtangabe');
    // Every item has a "Pflichtangabe": the group named by the item's heading says whose it is.
    assert.equal(await page.getByRole('group', { name: 'Ort', exact: true }).getByRole('checkbox', { name: 'Pflichtangabe' }).count(), 1);
    await toggle(page, driver, 'item-location-required');
    await pressNamed(page, driver, 'Speichern: Ort');
    await at({ path: EDITOR_PATHS.draft(FORM), text: 'Die Änderung ist im Entwurf gespeichert.' });
    assert.equal(((await facts.textContent()) ?? '').includes('Pflichtangabe'), !wasRequired);
  });

  await step('Vorschau jeder Seite', async () => {
    await driver.follow(page, EDITOR_PATHS.preview(FORM));
    await at({ path: EDITOR_PATHS.preview(FORM), h1: PAGES[0]!.title, text: `Seite 1 von ${PAGES.length}` });
    assert.ok(((await page.locator('main').textContent()) ?? '').includes(newLabel), 'die Vorschau zeigt den Entwurf');
    for (const [index, shown] of PAGES.entries()) {
      if (index === 0) continue;
      await driver.follow(page, EDITOR_PATHS.preview(FORM, shown.id));
      await at({ path: EDITOR_PATHS.preview(FORM, shown.id), h1: shown.title, text: `Seite ${index + 1} von ${PAGES.length}` });
    }
    await driver.follow(page, EDITOR_PATHS.draft(FORM));
    await at({ path: EDITOR_PATHS.draft(FORM), h1: `Entwurf bearbeiten: ${TITLE}` });
  });

  await step('Veröffentlichen mit Bestätigung', async () => {
    await driver.follow(page, EDITOR_PATHS.publish(FORM));
    await at({ path: EDITOR_PATHS.publish(FORM), h1: `Version ${draftVersion} veröffentlichen?`, text: `Version ${published} wird abgelöst.` });
    await driver.press(page, 'Jetzt veröffentlichen');
    await at({ path: EDITOR_PATHS.form(FORM), text: `Version ${draftVersion} ist veröffentlicht.` });
  });

  await step('Alte Version nur lesen', async () => {
    await driver.follow(page, EDITOR_PATHS.version(FORM, published));
    await at({ path: EDITOR_PATHS.version(FORM, published), h1: `${TITLE}, Version ${published}`, text: 'Seite 1: Was möchten Sie melden?' });
    assert.equal(await page.locator('main form, main input, main textarea').count(), 0, 'eine veröffentlichte Version hat keine Eingabefelder');
  });
  return [...audited];
}

/** Chooses files for a file input: the keyboard run tabs to it first (the file dialog itself is the browser's). */
async function chooseFiles(page: Page, driver: Driver, name: string, files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
  if (driver === keyboardDriver) await focusField(page, name);
  await page.locator(`main input[name="${name}"]`).setInputFiles(files);
}

/** FIM import: a PDF instead of the schema (error), then the Bewohnerparkausweis schema with its code lists → result → draft. */
async function fimJourney(page: Page, driver: Driver, formKey: string): Promise<string[]> {
  const withJs = driver === keyboardDriver;
  const audited = new Set<string>();
  const at = (expected: Parameters<typeof expectAt>[1]) => expectAt(page, expected, audited);

  await step('Von der Liste zum Import', async () => {
    await logIn(page, driver, EDITOR_PATHS.list);
    await driver.follow(page, EDITOR_PATHS.fimImport);
    await at({ path: EDITOR_PATHS.fimImport, h1: 'FIM-Stammdatenschema importieren' });
  });

  await step('Eine PDF-Datei statt XML zeigt den Fehler', async () => {
    await chooseFiles(page, driver, 'schema', [{ name: 'schema.pdf', mimeType: 'application/pdf', buffer: SAMPLE_FILES.pdf }]);
    await driver.submit(page, { formKey });
    await at({ path: EDITOR_PATHS.fimImport, text: 'Die Datei „schema.pdf“ ist keine XML-Datei' });
    await expectErrorSummary(page, { focusedByScript: withJs });
    if (!withJs) await expectNoAxeViolations(page, 'ohne JavaScript, Fehler');
    assert.equal(await page.locator('main input[name="formKey"]').inputValue(), formKey, 'der Formularschlüssel bleibt');
  });

  await step('Schema und Codelisten importieren', async () => {
    await chooseFiles(page, driver, 'schema', [{ name: 'S05000058V1.0_xdf2.xml', mimeType: 'text/xml', buffer: readFileSync(PARKING_XDF2) }]);
    const codeLists = Object.entries(parkingCodeLists()).map(([name, buffer]) => ({ name, mimeType: 'application/xml', buffer }));
    await chooseFiles(page, driver, 'codeLists', codeLists);
    await driver.press(page, 'Schema importieren');
    const path = new URL(page.url()).pathname;
    assert.match(path, /^\/verwaltung\/formulare\/fim-import\/ergebnis\/[0-9a-f-]{36}$/);
    await at({ path, h1: 'Ergebnis des FIM-Imports', text: `Der Entwurf von „${formKey}“ ist gespeichert.` });
    const main = (await page.locator('main').textContent()) ?? '';
    assert.match(main, /S05000058 Version 1\.0/);
    assert.match(main, /Offene Regeln aus FIM/);
    assert.doesNotMatch(main, /Codeliste .* liegt nicht vor/, 'alle Codelisten wurden verwendet');
  });

  await step('Entwurf im Editor öffnen', async () => {
    await driver.follow(page, EDITOR_PATHS.draft(formKey));
    await at({ path: EDITOR_PATHS.draft(formKey), h1: /^Entwurf bearbeiten: /, text: 'Hinweise aus dem FIM-Import' });
    if (!withJs) await expectNoAxeViolations(page, 'ohne JavaScript, Entwurf aus dem FIM-Import');
  });
  return [...audited];
}

browserSuite('Formulareditor und FIM-Import (/verwaltung/formulare) im Browser', (env) => {
  before(async () => {
    await formsModule.seedDemo!(env.t.deps);
    await createUser(env.t.db, { ...EDITOR, role: 'staff', emailVerified: true, permissions: ['forms.edit'] });
  });

  test('Formular bearbeiten nur mit der Tastatur, axe auf jeder Seite', async (t) => {
    const page = await env.newPage();
    const problems = watchProblems(page);
    const audited = await editorJourney(env, page, keyboardDriver, 'Was ist kaputt?');
    t.diagnostic(`axe ohne Befund auf ${audited.length} Seiten: ${audited.join(' | ')}`);
    assert.ok(audited.length >= 9, 'Liste, Formular, Entwurf, Fehler, drei Vorschauen, Veröffentlichen und alte Version');
    assert.deepEqual(problems, [], 'Fehler beim Laden der Seiten');
  });

  test('Formular bearbeiten ohne JavaScript', async () => {
    const page = await env.newPage({ javaScript: false });
    await editorJourney(env, page, formDriver, 'Was ist beschädigt?');
  });

  test('FIM-Import nur mit der Tastatur, axe auf jeder Seite', async (t) => {
    const page = await env.newPage();
    const problems = watchProblems(page);
    const audited = await fimJourney(page, keyboardDriver, 'parken-fim-tastatur');
    t.diagnostic(`axe ohne Befund auf ${audited.length} Seiten: ${audited.join(' | ')}`);
    assert.deepEqual(problems, [], 'Fehler beim Laden der Seiten');
  });

  test('FIM-Import ohne JavaScript', async () => {
    const page = await env.newPage({ javaScript: false });
    await fimJourney(page, formDriver, 'parken-fim-ohne-js');
  });

  test('ohne die Berechtigung forms.edit antwortet der Editor mit 404', async () => {
    await createUser(env.t.db, {
      email: 'ohne.recht@iserlohn.example',
      displayName: 'Ohne Recht',
      password: EDITOR.password,
      role: 'staff',
      emailVerified: true,
      permissions: [],
    });
    const page = await env.newPage();
    await page.goto('/konto/anmelden');
    await keyboardDriver.submit(page, { email: 'ohne.recht@iserlohn.example', password: EDITOR.password });
    await expectAt(page, { path: '/konto' }, new Set());
    for (const path of [EDITOR_PATHS.list, EDITOR_PATHS.draft(FORM), EDITOR_PATHS.fimImport]) {
      const response = await page.goto(path);
      assert.equal(response?.status(), 404, path);
    }
  });
});
