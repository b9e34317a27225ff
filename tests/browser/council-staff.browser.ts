import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { createUser } from '../../src/kernel/auth';
import { insertCouncilFixture, MANAGE_PERMISSION, STAFF_ENTRY_PATHS } from '../../src/modules/council/testing';
import { browserSuite } from './support/browser';
import { expectErrorSummary, watchProblems } from './support/checks';
import { expectAt, formDriver, keyboardDriver, step } from './support/journey';

const STAFF = { email: 'rat.team@example.org', displayName: 'Rainer Rat', password: 'Sitzung um siebzehn Uhr 2026' };

/**
 * The council's staff sections (council-staff): Gremien, Personen with a membership, Sitzungen with the
 * agenda and its move buttons, Vorlagen with the filter and a consultation, Ratsmitglieder, a deletion's
 * confirmation page; the error state of a form in each area; axe on every page.
 */
browserSuite('Ratsinformation in der Verwaltung im Browser', (env) => {
  let fixture: Awaited<ReturnType<typeof insertCouncilFixture>>;
  before(async () => {
    await createUser(env.t.db, { ...STAFF, role: 'staff', emailVerified: true, permissions: [MANAGE_PERMISSION] });
    fixture = await insertCouncilFixture(env.t.db);
  });

  for (const driver of [keyboardDriver, formDriver]) {
    test(`Gremien, Personen, Sitzungen, Vorlagen und Ratsmitglieder (${driver.label}); axe auf jeder Seite`, async () => {
      const withJs = driver === keyboardDriver;
      const page = await env.newPage(withJs ? {} : { javaScript: false });
      const problems = watchProblems(page);
      const audited = new Set<string>();
      const at = (expected: Parameters<typeof expectAt>[1]) => expectAt(page, expected, audited);

      await step('Anmelden und Gremien', async () => {
        await page.goto(`/konto/anmelden?weiter=${encodeURIComponent(STAFF_ENTRY_PATHS.gremien)}`);
        await driver.submit(page, { email: STAFF.email, password: STAFF.password });
        await at({ path: STAFF_ENTRY_PATHS.gremien, h1: 'Gremien', text: 'Rat der Stadt Iserlohn' });
      });
      await step('Gremium hinzufügen: Fehler, dann gespeichert', async () => {
        await driver.follow(page, STAFF_ENTRY_PATHS.newGremium);
        await at({ path: STAFF_ENTRY_PATHS.newGremium, h1: 'Gremium hinzufügen' });
        await driver.submit(page, { name: 'Sportausschuss', startDate: '31.02.2026' });
        await at({ path: STAFF_ENTRY_PATHS.newGremium, text: 'Geben Sie ein echtes Datum' });
        await expectErrorSummary(page, { focusedByScript: withJs });
        await driver.submit(page, { startDate: '01.11.2025' });
        await at({ path: STAFF_ENTRY_PATHS.gremien, text: 'Das Gremium ist gespeichert' });
      });
      await step('Personen, eine Person mit Mitgliedschaften, eine Mitgliedschaft', async () => {
        await page.goto(STAFF_ENTRY_PATHS.persons);
        await at({ path: STAFF_ENTRY_PATHS.persons, h1: 'Personen' });
        await page.goto(STAFF_ENTRY_PATHS.person(fixture.persons.anna));
        await at({ path: STAFF_ENTRY_PATHS.person(fixture.persons.anna), text: 'Vorsitzende' });
        await page.goto(STAFF_ENTRY_PATHS.newMembership(fixture.persons.anna));
        await at({ path: STAFF_ENTRY_PATHS.newMembership(fixture.persons.anna), h1: 'Mitgliedschaft hinzufügen' });
      });
      await step('Sitzungen, eine Sitzung mit Tagesordnung, ein Punkt mit Fehler', async () => {
        await page.goto(`${STAFF_ENTRY_PATHS.meetings}?zeit=vergangen`);
        await at({ path: STAFF_ENTRY_PATHS.meetings, h1: 'Sitzungen', text: '5. Sitzung' });
        await page.goto(STAFF_ENTRY_PATHS.meeting(fixture.meeting.id));
        await at({ path: STAFF_ENTRY_PATHS.meeting(fixture.meeting.id), text: 'nichtöffentlich' });
        await driver.follow(page, STAFF_ENTRY_PATHS.newAgendaItem(fixture.meeting.id));
        await at({ path: STAFF_ENTRY_PATHS.newAgendaItem(fixture.meeting.id), h1: 'Tagesordnungspunkt hinzufügen' });
        await driver.submit(page, { name: 'Bebauungsplan', paperReference: 'V/1999/1' });
        await at({ path: STAFF_ENTRY_PATHS.newAgendaItem(fixture.meeting.id), text: 'Eine Vorlage mit dieser Drucksachennummer gibt es nicht' });
        await expectErrorSummary(page, { focusedByScript: withJs });
        await page.goto(STAFF_ENTRY_PATHS.meetingFiles(fixture.meeting.id));
        await at({ path: STAFF_ENTRY_PATHS.meetingFiles(fixture.meeting.id), h1: 'Dokumente', text: 'Dokument hochladen' });
        await page.goto(STAFF_ENTRY_PATHS.newMeeting);
        await at({ path: STAFF_ENTRY_PATHS.newMeeting, h1: 'Sitzung hinzufügen' });
      });
      await step('Vorlagen mit Filter, eine Vorlage, eine neue Beratung', async () => {
        await page.goto(`${STAFF_ENTRY_PATHS.papers}?q=Radweg`);
        await at({ path: STAFF_ENTRY_PATHS.papers, h1: 'Vorlagen', text: 'Gefunden: 1 Vorlage' });
        await page.goto(STAFF_ENTRY_PATHS.paper(fixture.papers.publicId));
        await at({ path: STAFF_ENTRY_PATHS.paper(fixture.papers.publicId), text: 'Beratungsfolge' });
        await page.goto(STAFF_ENTRY_PATHS.newConsultation(fixture.papers.publicId));
        await at({ path: STAFF_ENTRY_PATHS.newConsultation(fixture.papers.publicId), h1: 'Beratung hinzufügen' });
      });
      await step('Ratsmitglieder: ohne Person', async () => {
        await page.goto(STAFF_ENTRY_PATHS.members);
        await at({ path: STAFF_ENTRY_PATHS.members, h1: 'Ratsmitglieder' });
        await driver.submit(page, { email: 'niemand@example.org' });
        await at({ path: STAFF_ENTRY_PATHS.members, text: 'Wählen Sie die Person aus, die zu dem Konto gehört' });
        await expectErrorSummary(page, { focusedByScript: withJs });
      });
      await step('Die Bestätigung vor dem Löschen', async () => {
        await page.goto(STAFF_ENTRY_PATHS.deleteObject('vorlagen', fixture.papers.nonPublicId));
        await at({ path: STAFF_ENTRY_PATHS.deleteObject('vorlagen', fixture.papers.nonPublicId), h1: 'Wirklich die Vorlage löschen?' });
      });
      assert.deepEqual(problems, []);
    });
  }
});
