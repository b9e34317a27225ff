import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { desc, eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { auditLog } from '../../kernel/audit';
import { sessions, users } from '../../kernel/auth';
import { SESSION_COOKIE } from '../../kernel/http';
import { csrfTokenIn, errorFields, errorMessages, hiddenValue, links } from '../../../tests/support/html';
import { createAccount, logInAs, PASSWORD } from '../../../tests/support/people';

const WRONG = 'E-Mail-Adresse oder Passwort ist falsch.';

describe('accounts: logging in and out', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());
  beforeEach(() => t.reset());

  it('shows the login form with links to registration and the forgotten password, and no provider link without OIDC', async () => {
    const page = await t.client().get('/konto/anmelden?weiter=/konto/loeschen');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<h1>Anmelden<\/h1>/);
    assert.equal(hiddenValue(page.body, 'weiter'), '/konto/loeschen');
    assert.match(page.body, /href="\/konto\/registrieren"/);
    assert.ok(links(page.body).some((link) => link.href === '/konto/passwort-vergessen' && link.text === 'Passwort vergessen?'));
    assert.doesNotMatch(page.body, /oidc/);
    const hostile = await t.client().get('/konto/anmelden?weiter=//evil.example');
    assert.equal(hiddenValue(hostile.body, 'weiter'), '/konto');
  });

  it('logs in with a fresh session, goes to the safe `weiter` path and audits the login', async () => {
    await createAccount(t, { email: 'erika@example.de' });
    const client = t.client();
    await client.get('/konto/anmelden');
    const before = client.cookieHeader();
    const response = await client.post('/konto/anmelden', { email: 'Erika@Example.de', password: PASSWORD, weiter: '/konto/passwort-aendern' });
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/konto/passwort-aendern');
    assert.ok(client.hasCookie(SESSION_COOKIE));
    assert.notEqual(client.cookieHeader(), before);
    const [entry] = await t.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    assert.equal(entry?.action, 'auth.login');

    const offsite = await t.client().submit('/konto/anmelden', { email: 'erika@example.de', password: PASSWORD, weiter: 'https://evil.example/' });
    assert.equal(offsite.headers.location, '/konto');
  });

  it('answers a wrong password and an unknown address with the same 400 message and audits both', async () => {
    await createAccount(t, { email: 'erika@example.de' });
    const wrong = await t.client().submit('/konto/anmelden', { email: 'erika@example.de', password: 'falsches Passwort!' });
    const unknown = await t.client().submit('/konto/anmelden', { email: 'niemand@example.de', password: PASSWORD });
    for (const response of [wrong, unknown]) {
      assert.equal(response.statusCode, 400);
      assert.match(response.body, /<title>Fehler: Anmelden/);
      assert.deepEqual(errorMessages(response.body), [WRONG]);
      assert.doesNotMatch(response.body, /falsches Passwort/);
    }
    assert.match(wrong.body, /value="erika@example.de"/);
    const failed = await t.db.select().from(auditLog).where(eq(auditLog.action, 'auth.login_failed'));
    assert.equal(failed.length, 2);
    assert.ok(
      failed.every((entry) => entry.actorId === null && !JSON.stringify(entry).includes('niemand@')),
      'typed addresses are not stored',
    );
  });

  it('asks for both fields when they are empty', async () => {
    const response = await t.client().submit('/konto/anmelden', {});
    assert.equal(response.statusCode, 400);
    assert.deepEqual(errorFields(response.body), ['email', 'password']);
  });

  it('refuses an unconfirmed account with a link to a new confirmation mail', async () => {
    await createAccount(t, { email: 'offen@example.de', emailVerified: false });
    const client = t.client();
    const response = await client.submit('/konto/anmelden', { email: 'offen@example.de', password: PASSWORD });
    assert.equal(response.statusCode, 400);
    assert.match(errorMessages(response.body)[0]!, /noch nicht bestätigt/);
    assert.match(response.body, /href="\/konto\/bestaetigung-erneut"/);
    assert.equal(client.hasCookie(SESSION_COOKIE), false);
    assert.equal(await t.db.$count(sessions), 0);
  });

  it('refuses a disabled account, and ends its existing sessions', async () => {
    const user = await createAccount(t, { email: 'gesperrt@example.de' });
    const client = t.client();
    await logInAs(client, 'gesperrt@example.de');
    await t.db
      .update(users)
      .set({ disabledAt: sql`now()` })
      .where(eq(users.id, user.id));
    const response = await t.client().submit('/konto/anmelden', { email: 'gesperrt@example.de', password: PASSWORD });
    assert.equal(response.statusCode, 400);
    assert.match(errorMessages(response.body)[0]!, /Ihr Konto ist gesperrt/);
    assert.equal((await client.get('/konto')).statusCode, 303, 'the old session no longer counts');
  });

  it('limits failed attempts per address with a German 429 page, and successful logins do not count', async () => {
    await createAccount(t, { email: 'erika@example.de' });
    for (let i = 0; i < 12; i++) await logInAs(t.client(), 'erika@example.de');
    const client = t.client();
    await client.get('/konto/anmelden');
    for (let i = 0; i < 10; i++) {
      assert.equal((await client.post('/konto/anmelden', { email: 'erika@example.de', password: `falsch-${i}` })).statusCode, 400);
    }
    const blocked = await client.post('/konto/anmelden', { email: 'erika@example.de', password: PASSWORD });
    assert.equal(blocked.statusCode, 429);
    assert.match(blocked.body, /Zu viele Versuche/);
    assert.ok(blocked.headers['retry-after']);
    assert.equal(client.hasCookie(SESSION_COOKIE), false, 'not even the right password gets through');
  });

  it('limits attempts per IP address across different addresses', async () => {
    const client = t.client();
    await client.get('/konto/anmelden');
    for (let i = 0; i < 20; i++) {
      assert.equal((await client.post('/konto/anmelden', { email: `person${i}@example.de`, password: PASSWORD })).statusCode, 400);
    }
    assert.equal((await client.post('/konto/anmelden', { email: 'noch-eine@example.de', password: PASSWORD })).statusCode, 429);
    const csrf = csrfTokenIn((await client.get('/konto/anmelden')).body);
    const elsewhere = await t.app.inject({
      method: 'POST',
      url: '/konto/anmelden',
      remoteAddress: '203.0.113.9',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: client.cookieHeader() },
      payload: new URLSearchParams({ _csrf: csrf, email: 'noch-eine@example.de', password: PASSWORD }).toString(),
    });
    assert.equal(elsewhere.statusCode, 400, 'another IP address still gets an answer');
  });

  it('logs out: the session is gone from the database and the browser, with a confirmation', async () => {
    await createAccount(t, { email: 'erika@example.de' });
    const client = t.client();
    await logInAs(client, 'erika@example.de');
    await client.get('/konto');
    const response = await client.post('/konto/abmelden');
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/');
    assert.equal(client.hasCookie(SESSION_COOKIE), false);
    assert.equal(await t.db.$count(sessions), 0);
    assert.match((await client.get('/')).body, /Sie haben sich abgemeldet\./);
    const account = await client.get('/konto');
    assert.equal(account.statusCode, 303);
    assert.equal(account.headers.location, '/konto/anmelden?weiter=%2Fkonto');
  });

  it('refuses logout without CSRF token with 403 and keeps the session', async () => {
    await createAccount(t, { email: 'erika@example.de' });
    const client = t.client();
    await logInAs(client, 'erika@example.de');
    const response = await client.post('/konto/abmelden', { _csrf: 'falsch' });
    assert.equal(response.statusCode, 403);
    assert.equal(await t.db.$count(sessions), 1);
  });

  it('extends the session: 204 for the script, a redirect back for a form, 401 without login', async () => {
    await createAccount(t, { email: 'erika@example.de' });
    const client = t.client();
    await logInAs(client, 'erika@example.de');
    const page = await client.get('/konto');
    const csrf = csrfTokenIn(page.body);
    // portal.js warns before the timeout and posts to the address the page names (the kernel knows no account URL).
    assert.match(page.body, /<body[^>]* data-session-extend="\/konto\/sitzung-verlaengern"/);
    await t.db.update(sessions).set({ expiresAt: sql`now() + interval '3 minutes'` });

    const byScript = await client.post('/konto/sitzung-verlaengern', {}, { 'x-csrf-token': csrf });
    assert.equal(byScript.statusCode, 204);
    const [session] = await t.db.select().from(sessions);
    assert.ok(session!.expiresAt.getTime() - Date.now() > 50 * 60 * 1000, 'about an hour again');

    const byForm = await client.post('/konto/sitzung-verlaengern', {}, { referer: 'http://localhost:80/konto/email-aendern' });
    assert.equal(byForm.statusCode, 303);
    assert.equal(byForm.headers.location, '/konto/email-aendern');

    const anonymous = t.client();
    await anonymous.get('/konto/anmelden');
    assert.equal((await anonymous.post('/konto/sitzung-verlaengern')).statusCode, 401);
  });
});

describe('accounts: login page with an OpenID provider configured', () => {
  let t: TestApp;
  before(async () => {
    // Discovery is lazy, so an unreachable issuer is fine for rendering the login page.
    t = await createTestApp({
      env: { OIDC_ISSUER: 'http://127.0.0.1:9/issuer', OIDC_CLIENT_ID: 'portal', OIDC_CLIENT_SECRET: 'geheim', OIDC_LABEL: 'Mit BundID anmelden' },
    });
  });
  after(() => t.close());

  it('offers the provider as a link (not a form, CSP form-action) and mounts its start route', async () => {
    const page = await t.client().get('/konto/anmelden');
    assert.match(page.body, /<a href="\/konto\/oidc\/start"[^>]*>Mit BundID anmelden<\/a>/);
    assert.doesNotMatch(page.body, /<form[^>]*action="\/konto\/oidc/);
    const withNext = await t.client().get('/konto/anmelden?weiter=/konto/loeschen');
    assert.match(withNext.body, /href="\/konto\/oidc\/start\?weiter=%2Fkonto%2Floeschen"/);
    assert.ok(t.app.hasRoute({ method: 'GET', url: '/konto/oidc/start' }));
  });
});
