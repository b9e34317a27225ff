import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { createUser } from '../../src/kernel/auth';
import { PROJECT_ROOT } from '../../src/kernel/config';
import { createBooking, insertCourse, VHS_STAFF_PATHS, WEBINAR_PATHS } from '../../src/modules/vhs/testing';
import { browserSuite } from './support/browser';
import { expectErrorSummary, watchProblems } from './support/checks';
import { focusField } from './support/keyboard';
import { expectAt, formDriver, keyboardDriver, step, type Driver } from './support/journey';

const STAFF = { email: 'vera.vhs@iserlohn.example', displayName: 'Vera Volkshochschule', password: 'Kurse planen und absagen 7' };
const CITIZEN = { email: 'paul.teilnehmer@example.org', displayName: 'Paul Teilnehmer', password: 'Online lernen am Abend 12' };

async function chooseFile(page: Page, driver: Driver, name: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  if (driver === keyboardDriver) await focusField(page, name);
  await page.locator(`main input[name="${name}"]`).setInputFiles([file]);
}

/** The VHS staff section (course list, course, session with its error state, programme upload with its errors) and a webinar's room page. */
browserSuite('VHS-Kurse in der Verwaltung und Online-Raum im Browser', (env) => {
  let courseId = '';
  let sessionId = '';
  let slug = '';
  before(async () => {
    await createUser(env.t.db, { ...STAFF, role: 'staff', emailVerified: true, permissions: ['vhs.manage'] });
    const citizen = await createUser(env.t.db, { ...CITIZEN, role: 'citizen', emailVerified: true });
    const course = await insertCourse(env.t.db, { title: 'Italienisch online', sessionStarts: [new Date(Date.now() + 3 * 86_400_000)] });
    await createBooking(env.t.db, course.id, citizen.id, CITIZEN.displayName);
    courseId = course.id;
    sessionId = course.sessionIds[0]!;
    slug = course.slug;
  });

  for (const driver of [keyboardDriver, formDriver]) {
    test(`Kursliste, Kurs, Termin und Programm-Import (${driver.label}); axe auf jeder Seite`, async () => {
      const withJs = driver === keyboardDriver;
      const page = await env.newPage(withJs ? {} : { javaScript: false });
      const problems = watchProblems(page);
      const audited = new Set<string>();
      const at = (expected: Parameters<typeof expectAt>[1]) => expectAt(page, expected, audited);

      await step('Anmelden und Kursliste', async () => {
        await page.goto(`/konto/anmelden?weiter=${encodeURIComponent(VHS_STAFF_PATHS.courses)}`);
        await driver.submit(page, { email: STAFF.email, password: STAFF.password });
        await at({ path: VHS_STAFF_PATHS.courses, h1: 'Kurse der Volkshochschule', text: 'Italienisch online' });
      });
      await step('Kurs mit seinen Terminen', async () => {
        await driver.follow(page, VHS_STAFF_PATHS.course(courseId));
        await at({ path: VHS_STAFF_PATHS.course(courseId), text: 'Teilnehmende, Warteliste und Anwesenheit' });
      });
      await step('Termin: Fehler im Formular', async () => {
        await driver.follow(page, VHS_STAFF_PATHS.session(courseId, sessionId));
        await at({ path: VHS_STAFF_PATHS.session(courseId, sessionId), h1: 'Termin ändern' });
        await driver.submit(page, { day: '31.02.2027' });
        await at({ path: VHS_STAFF_PATHS.session(courseId, sessionId), text: 'Diesen Tag oder Beginn gibt es nicht' });
        await expectErrorSummary(page, { focusedByScript: withJs });
      });
      await step('Programm-Import: eine fehlerhafte Datei zeigt jeden Fehler', async () => {
        await page.goto(VHS_STAFF_PATHS.courses);
        await driver.follow(page, VHS_STAFF_PATHS.import);
        await at({ path: VHS_STAFF_PATHS.import, h1: 'Kursprogramm importieren' });
        const buffer = readFileSync(join(PROJECT_ROOT, 'tests/fixtures/vhs/programm-fehlerhaft.csv'));
        await chooseFile(page, driver, 'file', { name: 'programm.csv', mimeType: 'text/csv', buffer });
        await driver.press(page, 'Importieren');
        await at({ path: VHS_STAFF_PATHS.import, text: 'Zeile 5, Spalte Gebühr' });
        await expectErrorSummary(page, { focusedByScript: withJs });
      });
      assert.deepEqual(problems, []);
    });
  }

  test('Online-Raum ohne Konferenzsystem: der Zugangslink kommt per E-Mail (axe)', async () => {
    const page = await env.newPage();
    const audited = new Set<string>();
    await page.goto(`/konto/anmelden?weiter=${encodeURIComponent(WEBINAR_PATHS.onlineAccess(slug))}`);
    await keyboardDriver.submit(page, { email: CITIZEN.email, password: CITIZEN.password });
    await expectAt(
      page,
      { path: WEBINAR_PATHS.onlineAccess(slug), h1: 'Online teilnehmen: Italienisch online', text: 'Zugangslink kommt per E-Mail' },
      audited,
    );
  });
});
