import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { createUser, findUserByEmail } from '../../src/kernel/auth';
import { sendSms } from '../../src/kernel/sms';
import { datastoreStatusOf, enqueueDatastoreLoad, listResources } from '../../src/modules/opendata/testing';
import { expectNoAxeViolations } from './support/axe';
import { browserSuite, MOBILE } from './support/browser';
import { expectErrorSummary, watchProblems } from './support/checks';
import { chooseRadio, fillAndSubmit, followLink, pressAndWait, pressButton, submitByKeyboard, tabUntil, tickValue, typeInto } from './support/keyboard';
import { expectAt, formDriver, keyboardDriver, step } from './support/journey';
import { mailLink } from './support/mail';

const ADMIN = { email: 'admin@example.org', password: 'Verwaltung ist Ehrensache 1', displayName: 'Ada Admin' };
const STAFF = { email: 'maria.muster@example.org', displayName: 'Maria Muster', password: 'Bürgeramt an jedem Tag 2' };

/** Opens an area of the side navigation (an admin's start folded) with Tab and Enter, then follows one of its links. */
async function followNavLink(page: Page, area: string, path: string): Promise<void> {
  await tabUntil(page, (info) => info.tag === 'summary' && info.text === area, `Bereich ${area} der Seitennavigation`);
  await page.keyboard.press('Enter');
  await followLink(page, path);
}

browserSuite('Administration in der Verwaltung (/verwaltung) im Browser', (env) => {
  before(async () => {
    await createUser(env.t.db, { ...ADMIN, role: 'admin', emailVerified: true });
  });

  test('Administration nur mit der Tastatur: Bereiche ansehen, Fachbereich und Konto für Mitarbeitende anlegen; axe auf jeder Seite', async (t) => {
    const page = await env.newPage();
    const problems = watchProblems(page);
    const audited = new Set<string>();
    const at = (expected: Parameters<typeof expectAt>[1]) => expectAt(page, expected, audited);

    await step('Anmelden über die Seite und weiter zu den Fachbereichen', async () => {
      await page.goto('/konto/anmelden?weiter=%2Fverwaltung%2Ffachbereiche');
      await keyboardDriver.submit(page, { email: ADMIN.email, password: ADMIN.password });
      await at({ path: '/verwaltung/fachbereiche', h1: 'Fachbereiche' });
    });

    await step('Fachbereich anlegen', async () => {
      await fillAndSubmit(page, { name: 'Bürgeramt', id: 'buergeramt', email: 'buergeramt@example.org' });
      await at({ path: '/verwaltung/fachbereiche', text: 'Der Fachbereich „Bürgeramt“ wurde angelegt.' });
    });

    await step('Liste der Benutzerkonten (auch über die alte Adresse /admin/benutzer)', async () => {
      await page.goto('/admin/benutzer');
      await at({ path: '/verwaltung/benutzer', h1: 'Benutzerkonten', text: ADMIN.email });
    });

    await step('Konto für Mitarbeitende: leeres Formular zeigt Fehler', async () => {
      await followLink(page, '/verwaltung/benutzer/neu');
      await at({ path: '/verwaltung/benutzer/neu', h1: 'Konto für Mitarbeitende anlegen' });
      await typeInto(page, 'email', '');
      await submitByKeyboard(page);
      await expectErrorSummary(page, { focusedByScript: true });
      await at({ path: '/verwaltung/benutzer/neu' });
    });

    await step('Konto für Mitarbeitende anlegen (Textfelder, Optionsfelder, Checkboxen)', async () => {
      await typeInto(page, 'email', STAFF.email);
      await typeInto(page, 'displayName', STAFF.displayName);
      await chooseRadio(page, 'role', 'staff');
      await tickValue(page, 'departments', 'buergeramt');
      await submitByKeyboard(page);
      await at({ path: new URL(page.url()).pathname, h1: STAFF.displayName, text: 'Das Konto wurde angelegt.' });
      assert.match(new URL(page.url()).pathname, /^\/verwaltung\/benutzer\/[0-9a-f-]{36}$/);
      const staff = await findUserByEmail(env.t.db, STAFF.email);
      assert.equal(staff?.role, 'staff');
    });

    await step('Sperren fragt erst nach (Bestätigungsseite)', async () => {
      const detail = new URL(page.url()).pathname;
      await followLink(page, `${detail}/sperren`);
      await at({ path: `${detail}/sperren`, h1: /sperren/i });
    });

    await step('API-Zugang anlegen (Schlüssel einmal sichtbar) und widerrufen', async () => {
      await page.goto('/verwaltung/api-zugaenge');
      await at({ path: '/verwaltung/api-zugaenge', h1: 'API-Zugänge', text: 'Es gibt noch keine API-Zugänge.' });
      await followLink(page, '/verwaltung/api-zugaenge/neu');
      await at({ path: '/verwaltung/api-zugaenge/neu', h1: 'API-Zugang anlegen' });
      await pressButton(page, 'API-Zugang anlegen');
      await expectErrorSummary(page, { focusedByScript: true });
      await at({ path: '/verwaltung/api-zugaenge/neu' });
      await typeInto(page, 'name', 'Fachverfahren Bürgeramt');
      await submitByKeyboard(page);
      await at({ path: '/verwaltung/api-zugaenge/neu', h1: /Schlüssel für/, text: 'Authorization: Bearer sp_' });
      await followLink(page, '/verwaltung/api-zugaenge');
      await tabUntil(page, (info) => info.tag === 'a' && /^\/verwaltung\/api-zugaenge\/[0-9a-f-]{36}\/widerrufen$/.test(info.href), 'Widerrufen in der Liste');
      await pressAndWait(page);
      await at({ path: new URL(page.url()).pathname, h1: 'API-Zugang widerrufen?' });
      await pressButton(page, 'Zugang widerrufen');
      await at({ path: '/verwaltung/api-zugaenge', text: 'ist widerrufen' });
    });

    await step('Protokoll', async () => {
      await page.goto('/verwaltung/protokoll');
      await at({ path: '/verwaltung/protokoll', h1: /Protokoll/ });
    });

    await step('Offene Daten: Organisation, Datensatz mit Link und Datei, Veröffentlichen, Verlauf, Nutzung, API-Schlüssel', async () => {
      const path = () => new URL(page.url()).pathname;
      await page.goto('/verwaltung/daten/organisationen');
      await at({ path: '/verwaltung/daten/organisationen', h1: 'Organisationen' });
      await followLink(page, '/verwaltung/daten/organisationen/neu');
      await at({ path: '/verwaltung/daten/organisationen/neu', h1: 'Organisation anlegen' });
      await page.selectOption('#kind', 'city');
      await fillAndSubmit(page, { title: 'Stadt Iserlohn', name: 'stadt-iserlohn', email: 'opendata@iserlohn.example' });
      await at({ path: path(), h1: 'Stadt Iserlohn', text: 'Die Organisation ist angelegt.' });
      await page.goto('/verwaltung/daten');
      await at({ path: '/verwaltung/daten', h1: 'Offene Daten', text: 'Stadt Iserlohn' });

      await page.goto('/verwaltung/daten/datensaetze');
      await at({ path: '/verwaltung/daten/datensaetze', h1: 'Datensätze', text: 'Gefunden: 0 Datensätze' });
      await followLink(page, '/verwaltung/daten/datensaetze/neu');
      await at({ path: '/verwaltung/daten/datensaetze/neu', h1: 'Datensatz anlegen' });
      await pressButton(page, 'Entwurf speichern');
      await expectErrorSummary(page, { focusedByScript: true });
      await at({ path: '/verwaltung/daten/datensaetze/neu' });
      await page.selectOption('#licenseId', 'dl-by-de/2.0');
      await tickValue(page, 'themes', 'TRAN');
      await fillAndSubmit(page, { title: 'Parkhäuser', name: 'parkhaeuser', contactName: 'Open-Data-Stelle', contactEmail: 'opendata@iserlohn.example' });
      const dataset = path();
      await at({ path: dataset, h1: 'Parkhäuser', text: 'Der Entwurf ist gespeichert.' });

      await followLink(page, `${dataset}/dateien/verlinken`);
      await at({ path: `${dataset}/dateien/verlinken`, h1: 'Link hinzufügen' });
      await page.selectOption('#format', 'JSON');
      await fillAndSubmit(page, { url: 'https://api.iserlohn.example/parken', name: 'Schnittstelle' });
      await at({ path: dataset, text: 'Der Link ist hinzugefügt.' });
      await followLink(page, `${dataset}/dateien/hochladen`);
      await at({ path: `${dataset}/dateien/hochladen`, h1: 'Datei hochladen' });
      await page.setInputFiles('#file', { name: 'belegung.csv', mimeType: 'text/csv', buffer: Buffer.from('parkhaus;frei\nTheater;87\n') });
      await pressButton(page, 'Hochladen');
      await at({ path: dataset, text: 'Die Datei ist hochgeladen.' });

      // The DataStore's state on the file's page: waiting (with the bar and "Aktualisieren"), then loaded with its columns' types.
      const file = (await listResources(env.t.db, dataset.split('/').pop()!)).find((resource) => resource.fileKey)!;
      const filePage = `${dataset}/dateien/${file.id}`;
      await enqueueDatastoreLoad(env.t.db, file.id);
      await page.goto(filePage);
      await at({ path: filePage, h1: 'Datei bearbeiten', text: 'Wartet: Die Datei wird gleich in den DataStore geladen.' });
      for (let run = 0; run < 5 && (await datastoreStatusOf(env.t.db, file.id))?.status !== 'active'; run += 1) await env.t.worker.runOnce();
      // public/datastore-status.js sees the load finish without a reload and says so in the live region.
      await page.waitForFunction(() => document.querySelector('[data-datastore-live]')?.textContent?.startsWith('Aktiv: 1 Zeile'), undefined, {
        timeout: 10_000,
      });
      await followLink(page, filePage);
      await at({ path: filePage, text: 'Aktiv: 1 Zeile' });
      await expectNoAxeViolations(page, 'Datei mit den Spalten ihrer Tabelle');
      await page.selectOption('#type-1', 'text');
      await pressButton(page, 'Typen speichern und neu laden');
      await at({ path: filePage, text: 'Die Spaltentypen sind gespeichert. Die Datei wird mit ihnen neu geladen.' });
      await page.goto(dataset);

      await followLink(page, `${dataset}/veroeffentlichen`);
      await at({ path: `${dataset}/veroeffentlichen`, h1: 'Datensatz veröffentlichen?' });
      await pressButton(page, 'Veröffentlichen');
      await at({ path: dataset, text: 'Der Datensatz ist veröffentlicht.' });
      await followLink(page, `${dataset}/verlauf`);
      await at({ path: `${dataset}/verlauf`, h1: 'Verlauf: Parkhäuser', text: 'Veröffentlicht am' });
      await page.goto('/verwaltung/daten/nutzung');
      await at({ path: '/verwaltung/daten/nutzung', h1: 'Nutzung', text: 'Parkhäuser' });
      await followLink(page, dataset.replace('/datensaetze/', '/nutzung/'));
      await at({ path: dataset.replace('/datensaetze/', '/nutzung/'), h1: 'Nutzung: Parkhäuser', text: 'Nutzung pro Tag' });

      await page.goto('/verwaltung/daten/api-schluessel');
      await at({ path: '/verwaltung/daten/api-schluessel', h1: 'API-Schlüssel' });
      await followLink(page, '/verwaltung/daten/api-schluessel/neu');
      await at({ path: '/verwaltung/daten/api-schluessel/neu', h1: 'API-Schlüssel anlegen' });
      await chooseRadio(page, 'scope', 'read');
      await fillAndSubmit(page, { name: 'ckanapi' });
      await at({ path: '/verwaltung/daten/api-schluessel/neu', h1: /Schlüssel für/, text: 'sp_ckan_' });
    });

    await step('Postausgang und eine E-Mail darin', async () => {
      await env.t.worker.runOnce();
      await page.goto('/verwaltung/postausgang');
      await at({ path: '/verwaltung/postausgang', h1: /Postausgang/, text: STAFF.email });
      await tabUntil(page, (info) => info.tag === 'a' && /^\/verwaltung\/postausgang\/\d+$/.test(info.href), 'eine E-Mail im Postausgang');
      await pressAndWait(page);
      await at({ path: new URL(page.url()).pathname, text: '/konto/passwort-neu/' });
    });

    await step('SMS-Ausgang', async () => {
      await sendSms(env.t.db, { to: '+491701234567', text: 'Erinnerung: Ihr Termin morgen um 09:00 Uhr.' });
      await env.t.worker.runOnce();
      await page.goto('/verwaltung/postausgang');
      await followLink(page, '/verwaltung/postausgang/sms');
      await at({ path: '/verwaltung/postausgang/sms', h1: 'SMS-Ausgang', text: 'Erinnerung: Ihr Termin morgen um 09:00 Uhr.' });
    });

    await step('Verwaltung: Meine Aufgaben über die Kopfzeile, Bereiche über die Seitennavigation (nur Tastatur)', async () => {
      await env.t.db.execute(sql`insert into accessibility_reports (page, description) values ('/kontakt', 'Der Kontrast der Tabelle ist zu schwach.')`);
      await page.goto('/');
      await followLink(page, '/verwaltung');
      await at({ path: '/verwaltung', h1: 'Meine Aufgaben', text: 'Neue Barrieremeldungen' });
      assert.equal(await page.locator('.workspace-nav a[aria-current="page"]').textContent(), 'Meine Aufgaben');
      assert.equal(await page.locator('.workspace-nav a[href="/verwaltung/formulare"]').isVisible(), false, 'the areas start folded for an admin');
      await followNavLink(page, 'Formulare', '/verwaltung/formulare');
      await at({ path: '/verwaltung/formulare', h1: 'Formulare' });
      assert.equal(await page.locator('.workspace-nav a[aria-current="page"]').textContent(), 'Formulare');
    });

    await step('Barrieremeldungen: Liste und eine Meldung', async () => {
      await followNavLink(page, 'Barrierefreiheit', '/verwaltung/barrieren');
      await at({ path: '/verwaltung/barrieren', h1: 'Barrieremeldungen' });
      await tabUntil(page, (info) => info.tag === 'a' && /^\/verwaltung\/barrieren\/[0-9a-f-]{36}$/.test(info.href), 'eine Meldung in der Liste');
      await pressAndWait(page);
      await at({ path: new URL(page.url()).pathname, h1: /Meldung/, text: 'Kontrast der Tabelle' });
    });

    await step('Kennzahlen der Digitalisierung: neu berechnen, Diagramme mit ihren Tabellen, dann öffentlich', async () => {
      await followNavLink(page, 'Digitalisierung', '/verwaltung/digitalisierung/kennzahlen');
      await at({ path: '/verwaltung/digitalisierung/kennzahlen', h1: 'Kennzahlen der Digitalisierung' });
      await pressButton(page, 'Jetzt neu berechnen');
      await at({ path: '/verwaltung/digitalisierung/kennzahlen', text: 'Die Kennzahlen sind neu berechnet' });
      await expectNoAxeViolations(page, 'Kennzahlen mit Diagrammen und Tabellen');
      await page.goto('/digitalisierung');
      await at({ path: '/digitalisierung', h1: 'Digitalisierung in Iserlohn', text: 'Leistungen nach OZG-Reifegrad' });
      await expectNoAxeViolations(page, 'Digitalisierung mit Kennzahlen');
    });
    await step(
      'Digitalisierung: Maßnahme anlegen (leeres Formular zeigt Fehler), Meilenstein, Verknüpfen, Veröffentlichen, Verlauf, öffentliche Seite',
      async () => {
        const path = () => new URL(page.url()).pathname;
        await page.goto('/verwaltung');
        await followNavLink(page, 'Digitalisierung', '/verwaltung/digitalisierung');
        await at({ path: '/verwaltung/digitalisierung', h1: 'Maßnahmen der Digitalisierung' });
        await followLink(page, '/verwaltung/digitalisierung/massnahmen/neu');
        await at({ path: '/verwaltung/digitalisierung/massnahmen/neu', h1: 'Neue Maßnahme' });
        await pressButton(page, 'Maßnahme anlegen');
        await expectErrorSummary(page, { focusedByScript: true });
        await at({ path: '/verwaltung/digitalisierung/massnahmen/neu' });
        await page.selectOption('#fachbereich', 'buergeramt');
        await fillAndSubmit(page, {
          titel: 'Termine online buchen',
          ziel: 'Termine im Bürgerbüro online buchen.',
          fortschritt: '10',
          beginn: '01.01.2026',
          ende: '31.12.2027',
          budget: '35.000',
        });
        const measure = path();
        await at({ path: measure, h1: 'Termine online buchen', text: 'Die Maßnahme ist angelegt.' });
        await followLink(page, `${measure}/meilensteine`);
        await at({ path: `${measure}/meilensteine`, h1: 'Meilenstein hinzufügen' });
        await fillAndSubmit(page, { titel: 'Online-Buchung für Ausweise', termin: '30.06.2026' });
        await at({ path: measure, text: 'Der Meilenstein ist hinzugefügt.' });
        await followLink(page, `${measure}/risiken`);
        await at({ path: `${measure}/risiken`, h1: 'Risiko hinzufügen' });
        await followLink(page, measure);
        await followLink(page, `${measure}/verknuepfungen`);
        await at({ path: `${measure}/verknuepfungen`, h1: /Verknüpfen mit/ });
        await fillAndSubmit(page, { 'suche-services-leistung': 'Quantenchromodynamik' });
        await at({ path: `${measure}/verknuepfungen`, text: 'Keine Treffer für „Quantenchromodynamik“.' });
        await page.goto(measure);
        await pressButton(page, 'Veröffentlichen');
        await at({ path: measure, text: 'Die Maßnahme ist veröffentlicht.' });
        await followLink(page, `${measure}/verlauf`);
        await at({ path: `${measure}/verlauf`, h1: 'Verlauf: Termine online buchen', text: 'Meilenstein „Online-Buchung für Ausweise“ hinzugefügt' });
        await page.goto(measure);
        await followLink(page, `${measure}/loeschen`);
        await at({ path: `${measure}/loeschen`, h1: 'Maßnahme „Termine online buchen“ löschen?' });
        await page.goto('/digitalisierung/massnahmen/termine-online-buchen');
        await at({ path: '/digitalisierung/massnahmen/termine-online-buchen', h1: 'Termine online buchen', text: 'Online-Buchung für Ausweise' });
      },
    );

    t.diagnostic(`axe ohne Befund auf ${audited.size} Seiten: ${[...audited].join(' | ')}`);
    assert.deepEqual(problems, [], 'Fehler beim Laden der Seiten');
  });

  test('die neue Mitarbeiterin legt ihr Passwort über den Link fest und meldet sich an (ohne JavaScript)', async () => {
    const staff = await findUserByEmail(env.t.db, STAFF.email);
    assert.ok(staff, 'braucht das Konto aus dem vorigen Test');
    const page = await env.newPage({ javaScript: false });
    await step('Passwort über den Link aus der E-Mail festlegen', async () => {
      await page.goto(await mailLink(env.t, STAFF.email, '/konto/passwort-neu/'));
      await expectNoAxeViolations(page, 'Passwort festlegen, ohne JavaScript');
      await formDriver.submit(page, { password: STAFF.password });
      await expectAt(page, { path: '/konto/anmelden' });
    });
    await step('Anmelden; die Administration bleibt ihr verschlossen (404)', async () => {
      await formDriver.submit(page, { email: STAFF.email, password: STAFF.password });
      await expectAt(page, { path: '/konto', h1: 'Mein Konto' });
      await formDriver.follow(page, '/verwaltung');
      await expectAt(page, { path: '/verwaltung', h1: 'Meine Aufgaben', text: 'noch keine Bereiche der Verwaltung freigeschaltet' });
      const response = await page.goto('/verwaltung/benutzer');
      assert.equal(response?.status(), 404);
      await expectAt(page, { path: '/verwaltung/benutzer', h1: 'Seite nicht gefunden' }, new Set());
    });
  });

  test('Verwaltung auf dem Smartphone: axe ohne Befund, die Seitennavigation klappt mit der Tastatur auf', async () => {
    const page = await env.newPage({ viewport: MOBILE });
    await page.goto('/konto/anmelden?weiter=%2Fverwaltung');
    await keyboardDriver.submit(page, { email: ADMIN.email, password: ADMIN.password });
    await expectAt(page, { path: '/verwaltung', h1: 'Meine Aufgaben' });
    await expectNoAxeViolations(page, '375 px, Navigation zu');
    const area = page.locator('.workspace-nav__heading', { hasText: 'Barrierefreiheit' });
    const sectionLink = page.locator('.workspace-nav a[href="/verwaltung/barrieren"]');
    assert.equal(await area.isVisible(), false, 'die Seitennavigation ist zugeklappt');
    await tabUntil(page, (info) => info.tag === 'summary', 'Aufklapper der Seitennavigation');
    await page.keyboard.press('Enter');
    assert.equal(await area.isVisible(), true, 'Enter klappt die Seitennavigation auf');
    assert.equal(await sectionLink.isVisible(), false, 'ihre Bereiche bleiben zugeklappt');
    await expectNoAxeViolations(page, '375 px, Navigation offen');
    await followNavLink(page, 'Barrierefreiheit', '/verwaltung/barrieren');
    await expectAt(page, { path: '/verwaltung/barrieren', h1: 'Barrieremeldungen' });
    await expectNoAxeViolations(page, '375 px');
    // A table wider than the screen scrolls in a region the keyboard can focus, also without a link in it.
    await page.goto('/verwaltung/formulare');
    await expectAt(page, { path: '/verwaltung/formulare', h1: 'Formulare' });
    await expectNoAxeViolations(page, '375 px, Formulare');
  });

  test('Verwaltung ohne JavaScript: die Seitennavigation klappt auf dem Smartphone auf', async () => {
    const page = await env.newPage({ javaScript: false, viewport: MOBILE });
    await page.goto('/konto/anmelden?weiter=%2Fverwaltung');
    await formDriver.submit(page, { email: ADMIN.email, password: ADMIN.password });
    await expectAt(page, { path: '/verwaltung', h1: 'Meine Aufgaben' });
    await page.locator('.workspace-nav__toggle').click();
    await page.locator('.workspace-nav__group:has(a[href="/verwaltung/formulare"]) > summary').click();
    await formDriver.follow(page, '/verwaltung/formulare');
    await expectAt(page, { path: '/verwaltung/formulare', h1: 'Formulare' });
  });

  test('Bürgerinnen und Bürger kommen nicht in die Verwaltung', async () => {
    await createUser(env.t.db, { email: 'buerger@example.org', displayName: 'Bernd Bürger', password: 'Nur ein Bürgerkonto 3', emailVerified: true });
    const page = await env.newPage();
    await page.goto('/konto/anmelden');
    await keyboardDriver.submit(page, { email: 'buerger@example.org', password: 'Nur ein Bürgerkonto 3' });
    await expectAt(page, { path: '/konto' }, new Set());
    assert.equal(await page.locator('header a[href^="/verwaltung"]').count(), 0, 'kein Link zur Verwaltung');
    assert.equal((await page.goto('/verwaltung'))?.status(), 404, 'die Verwaltung gibt es für sie nicht');
    const response = await page.goto('/admin/benutzer');
    assert.equal(response?.status(), 404);
    await expectAt(page, { path: '/verwaltung/benutzer', h1: 'Seite nicht gefunden' }, new Set());
  });
});
