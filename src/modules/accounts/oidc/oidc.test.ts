import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq, isNull } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import type { TestClient } from '../../../../tests/support/test-client';
import { auditLog } from '../../../kernel/audit';
import { createUser, oidcIdentities, sessions, sha256, users } from '../../../kernel/auth';
import { MODULES } from '../../../registry';
import { OIDC_START_PATH } from './routes';
import { oidcTestModule, startTestProvider, type TestAccount, type TestProvider } from './test-provider';

const PORTAL = 'http://portal.test';

const anna: TestAccount = { sub: 'bundid-4711', email: 'Anna.Schmidt@example.de', email_verified: true, given_name: 'Anna', family_name: 'Schmidt' };

describe('OpenID Connect login against a real provider', () => {
  let provider: TestProvider;
  let t: TestApp;

  before(async () => {
    // The issuer (with its random port) must exist before the app reads its configuration.
    provider = await startTestProvider(`${PORTAL}/konto/oidc/callback`);
    t = await createTestApp({
      env: { OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: provider.clientId, OIDC_CLIENT_SECRET: provider.clientSecret },
      modules: [...MODULES, oidcTestModule],
    });
  });
  after(async () => {
    await t.close();
    await provider.close();
  });
  beforeEach(() => t.reset());

  async function start(client: TestClient, next?: string): Promise<URL> {
    const response = await client.get(next ? `${OIDC_START_PATH}?weiter=${encodeURIComponent(next)}` : OIDC_START_PATH);
    assert.equal(response.statusCode, 303, response.body);
    return new URL(String(response.headers.location));
  }

  /** Start at the portal, log in and consent at the provider over HTTP, return the provider's redirect back. */
  async function throughProvider(client: TestClient, account: TestAccount | 'deny', next?: string): Promise<URL> {
    provider.nextLogin(account);
    const authorizationUrl = await start(client, next);
    return provider.authorize(authorizationUrl.href, PORTAL);
  }

  async function logInAs(client: TestClient, account: TestAccount, next?: string) {
    const back = await throughProvider(client, account, next);
    return client.get(`${back.pathname}${back.search}`);
  }

  const auditActions = async (action: string) => t.db.select().from(auditLog).where(eq(auditLog.action, action));

  it('sends the browser to the provider with PKCE S256, state and nonce, keeping the checks server-side', async () => {
    const client = t.client();
    const url = await start(client, '/konto/antraege');
    assert.equal(url.origin, provider.issuer);
    assert.equal(url.searchParams.get('code_challenge_method'), 'S256');
    assert.equal(url.searchParams.get('redirect_uri'), `${PORTAL}/konto/oidc/callback`);
    assert.equal(url.searchParams.get('client_id'), provider.clientId);
    assert.match(url.searchParams.get('scope') ?? '', /\bopenid\b/);
    for (const param of ['code_challenge', 'state', 'nonce']) assert.ok(url.searchParams.get(param), param);

    const [pending] = await t.db.select().from(sessions).where(isNull(sessions.userId));
    assert.ok(pending, 'pending login stored in the sessions table');
    assert.equal(pending.data.state, url.searchParams.get('state'));
    assert.equal(pending.data.next, '/konto/antraege');
    const verifier = String(pending.data.codeVerifier);
    assert.ok(verifier.length >= 43 && !url.href.includes(verifier), 'the PKCE verifier stays on the server');
    const handle = /sp_oidc=([^;]+)/.exec(client.cookieHeader())?.[1];
    assert.equal(sha256(handle ?? ''), pending.idHash, 'the browser holds only a handle of the pending login');

    const response = await client.get(OIDC_START_PATH);
    const cookie = String(response.headers['set-cookie']);
    assert.match(cookie, /sp_oidc=/);
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Lax/);
    assert.match(cookie, /Path=\/konto\/oidc/);
    assert.equal((await t.db.select().from(sessions).where(isNull(sessions.userId))).length, 1, 'a new attempt replaces the old one');
  });

  it('creates a verified citizen account without password, links the identity, logs in and returns to weiter', async () => {
    const client = t.client();
    const back = await throughProvider(client, anna, '/konto/antraege');
    assert.ok(back.searchParams.get('code'), 'the provider issued a code');
    const response = await client.get(`${back.pathname}${back.search}`);
    assert.equal(response.statusCode, 303, response.body);
    assert.equal(response.headers.location, '/konto/antraege');
    assert.ok(client.hasCookie('sp_session'), 'session cookie set');
    assert.ok(!client.hasCookie('sp_oidc'), 'pending-login cookie cleared');

    const [user] = await t.db.select().from(users).where(eq(users.email, 'anna.schmidt@example.de'));
    assert.ok(user);
    assert.equal(user.displayName, 'Anna Schmidt');
    assert.equal(user.role, 'citizen');
    assert.equal(user.passwordHash, null);
    assert.ok(user.emailVerifiedAt, 'the provider vouched for the address');
    const identities = await t.db.select().from(oidcIdentities);
    assert.deepEqual(
      identities.map((row) => [row.issuer, row.subject, row.userId]),
      [[provider.issuer, anna.sub, user.id]],
    );

    const userSessions = await t.db.select().from(sessions).where(eq(sessions.userId, user.id));
    assert.equal(userSessions.length, 1, 'one session in the kernel sessions table');
    assert.equal((await t.db.select().from(sessions).where(isNull(sessions.userId))).length, 0, 'pending login consumed');
    const home = await client.get('/');
    assert.match(home.body, /Abmelden/, 'the next page sees a logged-in user');
    const konto = await client.get('/konto');
    if (MODULES.some((module) => module.id === 'accounts')) {
      assert.equal(konto.statusCode, 200, 'the accounts page opens for the OIDC user');
      assert.match(konto.body, /anna\.schmidt@example\.de/);
    }

    const linked = await auditActions('auth.oidc_linked');
    assert.equal(linked.length, 1);
    assert.equal(linked[0]!.actorId, user.id);
    assert.deepEqual(linked[0]!.details, { issuer: provider.issuer, newAccount: true });
    const logins = await auditActions('auth.login');
    assert.deepEqual(
      logins.map((row) => row.details),
      [{ method: 'oidc' }],
    );
  });

  it('reuses the same account when the same subject logs in again', async () => {
    const first = t.client();
    await logInAs(first, anna);
    const second = t.client();
    const response = await logInAs(second, { ...anna, email: 'neue-adresse@example.de', name: 'Anna S.' });
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/konto');
    assert.equal((await t.db.select().from(users)).length, 1);
    assert.equal((await t.db.select().from(oidcIdentities)).length, 1);
    assert.equal((await auditActions('auth.oidc_linked')).length, 1, 'no second link');
    assert.equal((await auditActions('auth.login')).length, 2);
  });

  it('links an existing account with the same confirmed address instead of creating a second one', async () => {
    const existing = await createUser(t.db, { email: 'anna.schmidt@example.de', displayName: 'Anna', password: 'ein-langes-passwort', emailVerified: true });
    const client = t.client();
    const response = await logInAs(client, anna);
    assert.equal(response.statusCode, 303);
    const all = await t.db.select().from(users);
    assert.deepEqual(
      all.map((row) => row.id),
      [existing.id],
    );
    assert.ok(all[0]!.passwordHash, 'the password keeps working');
    const [identity] = await t.db.select().from(oidcIdentities);
    assert.equal(identity?.userId, existing.id);
    const [linked] = await auditActions('auth.oidc_linked');
    assert.deepEqual(linked?.details, { issuer: provider.issuer, newAccount: false });
    assert.equal((await t.db.select().from(sessions).where(eq(sessions.userId, existing.id))).length, 1);
  });

  it('does not link to an account whose address was never confirmed (pre-account hijacking)', async () => {
    await createUser(t.db, { email: 'anna.schmidt@example.de', displayName: 'Jemand', password: 'ein-langes-passwort' });
    const client = t.client();
    const response = await logInAs(client, anna);
    assert.equal(response.statusCode, 409);
    assert.match(response.body, /noch nicht bestätigt/);
    assert.equal((await t.db.select().from(oidcIdentities)).length, 0);
    assert.ok(!client.hasCookie('sp_session'));
  });

  it('does not link by an address the provider has not verified', async () => {
    await createUser(t.db, { email: 'anna.schmidt@example.de', displayName: 'Anna', emailVerified: true });
    const response = await logInAs(t.client(), { ...anna, email_verified: false });
    assert.equal(response.statusCode, 409);
    assert.match(response.body, /mit E-Mail-Adresse und Passwort an/);
    assert.equal((await t.db.select().from(oidcIdentities)).length, 0);
  });

  it('creates an unverified account when the provider does not vouch for the new address', async () => {
    const response = await logInAs(t.client(), { sub: 'sso-1', email: 'Max@Example.de', email_verified: false, name: 'Max Muster' });
    assert.equal(response.statusCode, 303);
    const [user] = await t.db.select().from(users);
    assert.equal(user?.email, 'max@example.de');
    assert.equal(user?.emailVerifiedAt, null);
  });

  it('refuses a new account without e-mail address with a clear page', async () => {
    const response = await logInAs(t.client(), { sub: 'ohne-mail', name: 'Ohne Mail' });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /keine E-Mail-Adresse übermittelt/);
    assert.equal((await t.db.select().from(users)).length, 0);
  });

  it('answers a wrong state with 400 and burns the attempt', async () => {
    const client = t.client();
    const back = await throughProvider(client, anna);
    back.searchParams.set('state', 'nicht-der-richtige-state');
    const response = await client.get(`${back.pathname}${back.search}`);
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /gehört nicht zu Ihrer Anmeldung/);
    assert.ok(!client.hasCookie('sp_session'));
    assert.equal((await t.db.select().from(sessions)).length, 0, 'no session, no pending login left');
  });

  it('shows the provider’s error (person cancelled) as a 400 page, not a login', async () => {
    const client = t.client();
    const back = await throughProvider(client, 'deny');
    assert.equal(back.searchParams.get('error'), 'access_denied');
    const response = await client.get(`${back.pathname}${back.search}`);
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /Anmeldung wurde beim Anmeldedienst abgebrochen/);
    assert.equal((await t.db.select().from(users)).length, 0);
    assert.equal((await t.db.select().from(sessions)).length, 0);
  });

  it('refuses a replayed callback, even with the old cookie', async () => {
    const client = t.client();
    const back = await throughProvider(client, anna);
    const pendingCookie = client.cookieHeader();
    const callback = `${back.pathname}${back.search}`;
    assert.equal((await client.get(callback)).statusCode, 303);

    const again = await client.get(callback);
    assert.equal(again.statusCode, 400);
    assert.match(again.body, /abgelaufen oder wurde bereits abgeschlossen/);
    const stolen = await t.app.inject({ method: 'GET', url: callback, headers: { cookie: pendingCookie } });
    assert.equal(stolen.statusCode, 400);
    assert.equal((await auditActions('auth.login')).length, 1);
  });

  it('answers a callback without a started login or without parameters with 400, never 500', async () => {
    assert.equal((await t.client().get('/konto/oidc/callback?code=abc&state=xyz')).statusCode, 400);
    assert.equal((await t.client().get('/konto/oidc/callback')).statusCode, 400);
    const client = t.client();
    const url = await start(client);
    const missingCode = await client.get(`/konto/oidc/callback?state=${url.searchParams.get('state')}`);
    assert.equal(missingCode.statusCode, 400);
    assert.match(missingCode.body, /konnte nicht bestätigt werden/);
  });

  it('refuses a code issued to another browser’s attempt (PKCE and nonce bind the code)', async () => {
    const victim = t.client();
    const back = await throughProvider(victim, anna);
    // The attacker starts an attempt of their own and feeds the victim's code into it with their state.
    const attacker = t.client();
    const own = await start(attacker);
    back.searchParams.set('state', own.searchParams.get('state')!);
    const response = await attacker.get(`${back.pathname}${back.search}`);
    assert.equal(response.statusCode, 400);
    assert.equal((await t.db.select().from(users)).length, 0);
  });

  it('only follows local paths after login', async () => {
    const response = await logInAs(t.client(), anna, '//boese.example/phishing');
    assert.equal(response.headers.location, '/konto');
  });
});
