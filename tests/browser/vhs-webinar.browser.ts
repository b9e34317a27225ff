import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { createUser } from '../../src/kernel/auth';
import { createBooking, insertCourse, WEBINAR_PATHS } from '../../src/modules/vhs/testing';
import { browserSuite } from './support/browser';
import { expectAt, formDriver, keyboardDriver } from './support/journey';

const JITSI = 'https://meet.vhs.example';
const CITIZEN = { email: 'lena.online@example.org', displayName: 'Lena Online', password: 'Im Online-Raum lernen 24' };

/**
 * "Jetzt teilnehmen" in a real browser: the POST redirects to another origin, which the CSP's
 * form-action would block without the provider's origin (manifest formActionOrigins).
 */
browserSuite(
  'Online-Raum eines VHS-Webinars mit Konferenzsystem im Browser',
  (env) => {
    let slug = '';
    before(async () => {
      const citizen = await createUser(env.t.db, { ...CITIZEN, role: 'citizen', emailVerified: true });
      const course = await insertCourse(env.t.db, { title: 'Spanisch online', sessionStarts: [new Date(Date.now() + 5 * 60_000)] });
      await createBooking(env.t.db, course.id, citizen.id, CITIZEN.displayName);
      slug = course.slug;
    });

    for (const driver of [keyboardDriver, formDriver]) {
      test(`Jetzt teilnehmen führt in den Raum (${driver.label})`, async () => {
        const page = await env.newPage(driver === formDriver ? { javaScript: false } : {});
        const violations: string[] = [];
        page.on('console', (message) => {
          if (/Content Security Policy|form-action/i.test(message.text())) violations.push(message.text());
        });
        await page.route(`${JITSI}/**`, (route) =>
          route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Jitsi</title><h1>Konferenz</h1>' }),
        );
        await page.goto(`/konto/anmelden?weiter=${encodeURIComponent(WEBINAR_PATHS.onlineAccess(slug))}`);
        await driver.submit(page, { email: CITIZEN.email, password: CITIZEN.password });
        await expectAt(
          page,
          { path: WEBINAR_PATHS.onlineAccess(slug), h1: 'Online teilnehmen: Spanisch online', text: 'Der Online-Raum ist offen' },
          new Set(),
        );
        // The host does not exist (and a redirect's target cannot be answered by page.route): that the
        // browser asks for it proves the CSP let the redirect through; it would be ERR_BLOCKED_BY_CSP.
        const request = page.waitForEvent('request', (candidate) => candidate.url().startsWith(JITSI));
        const pressed = await driver.press(page, 'Jetzt teilnehmen').then(
          () => '',
          (error: unknown) => String(error),
        );
        assert.match(pressed, /ERR_NAME_NOT_RESOLVED/);
        const url = new URL((await request).url());
        assert.match(url.searchParams.get('jwt') ?? '', /^[\w-]+\.[\w-]+\.[\w-]+$/);
        assert.deepEqual(violations, []);
      });
    }
  },
  { env: { VHS_WEBINAR_PROVIDER: 'jitsi', JITSI_URL: JITSI, JITSI_APP_ID: 'portal', JITSI_APP_SECRET: 'jitsi-geheimnis-im-browser' } },
);
