import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { auditLog } from '../../kernel/audit';
import { findUserByEmail, sessions, userTokens, verifyPassword } from '../../kernel/auth';
import { errorMessages } from '../../../tests/support/html';
import { lastMailTo, mailsTo } from '../../../tests/support/mail';
import { createAccount, logInAs, PASSWORD } from '../../../tests/support/people';
import { linkIn } from './test-support';

const NEW_PASSWORD = 'Danzturm und Alexanderhöhe';

describe('accounts: forgotten and changed passwords', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());
  beforeEach(() => t.reset());

  async function passwordOf(email: string, password: string): Promise<boolean> {
    return verifyPassword((await findUserByEmail(t.db, email))?.passwordHash, password);
  }

  it('gives the same answer for known and unknown addresses and mails a one-hour link only to an account', async () => {
    await createAccount(t, { email: 'erika@example.de' });
    const known = await t.client().submit('/konto/passwort-vergessen', { email: 'erika@example.de' });
    const unknown = await t.client().submit('/konto/passwort-vergessen', { email: 'niemand@example.de' });
    assert.equal(known.statusCode, 303);
    assert.equal(known.headers.location, unknown.headers.location);
    const answer = await t.client().get(String(known.headers.location));
    assert.match(answer.body, /<h1>Prüfen Sie Ihr E-Mail-Postfach<\/h1>/);
    assert.equal((await mailsTo(t, 'niemand@example.de')).length, 0);
    const mail = await lastMailTo(t, 'erika@example.de');
    assert.equal(mail.subject, 'Neues Passwort für Ihr Bürgerkonto');
    const [token] = await t.db.select().from(userTokens);
    assert.equal(token?.purpose, 'reset-password');
    assert.ok(Math.abs(token!.expiresAt.getTime() - token!.createdAt.getTime() - 3_600_000) < 60_000);
  });

  it('sets a new password by mail link, ends every session and refuses the link a second time', async () => {
    await createAccount(t, { email: 'erika@example.de' });
    const elsewhere = t.client();
    await logInAs(elsewhere, 'erika@example.de');
    await t.client().submit('/konto/passwort-vergessen', { email: 'erika@example.de' });
    const link = linkIn(t, await lastMailTo(t, 'erika@example.de'), 'passwort-neu');

    const client = t.client();
    const form = await client.get(link);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /<h1>Neues Passwort festlegen<\/h1>/);
    assert.equal(form.headers['cache-control'], 'no-store');
    const tooShort = await client.post(link, { password: 'kurz' });
    assert.equal(tooShort.statusCode, 400);
    assert.deepEqual(errorMessages(tooShort.body), ['Das Passwort muss mindestens 12 Zeichen lang sein.']);

    const saved = await client.post(link, { password: NEW_PASSWORD });
    assert.equal(saved.statusCode, 303);
    assert.equal(saved.headers.location, '/konto/anmelden');
    assert.match((await client.get('/konto/anmelden')).body, /Ihr neues Passwort ist gespeichert/);
    assert.ok(await passwordOf('erika@example.de', NEW_PASSWORD));
    assert.equal(await t.db.$count(sessions), 0, 'every session ended');
    assert.equal((await elsewhere.get('/konto')).statusCode, 303);
    assert.equal((await lastMailTo(t, 'erika@example.de')).subject, 'Ihr Passwort wurde geändert');
    assert.equal((await t.db.select().from(auditLog).where(eq(auditLog.action, 'account.password_reset'))).length, 1);

    const again = await t.client().get(link);
    assert.equal(again.statusCode, 400);
    assert.match(again.body, /href="\/konto\/passwort-vergessen"/);
    await client.get('/konto/passwort-vergessen');
    const replay = await client.post(link, { password: 'noch ein anderes Passwort' });
    assert.equal(replay.statusCode, 400);
    assert.ok(await passwordOf('erika@example.de', NEW_PASSWORD));
    await logInAs(t.client(), 'erika@example.de', NEW_PASSWORD);
  });

  it('refuses an expired link and an older link once a newer one was sent', async () => {
    await createAccount(t, { email: 'erika@example.de' });
    await t.client().submit('/konto/passwort-vergessen', { email: 'erika@example.de' });
    const first = linkIn(t, await lastMailTo(t, 'erika@example.de'), 'passwort-neu');
    await t.client().submit('/konto/passwort-vergessen', { email: 'erika@example.de' });
    const second = linkIn(t, await lastMailTo(t, 'erika@example.de'), 'passwort-neu');
    assert.equal((await t.client().get(first)).statusCode, 400, 'only the newest link works');
    await t.db.update(userTokens).set({ expiresAt: sql`now() - interval '1 second'` });
    const client = t.client();
    assert.equal((await client.get(second)).statusCode, 400);
    await client.get('/konto/passwort-vergessen');
    assert.equal((await client.post(second, { password: NEW_PASSWORD })).statusCode, 400);
    assert.ok(await passwordOf('erika@example.de', PASSWORD));
  });

  it("changes only the link owner's password, whoever is logged in when it is used", async () => {
    await createAccount(t, { email: 'erika@example.de' });
    await createAccount(t, { email: 'max@example.de' });
    await t.client().submit('/konto/passwort-vergessen', { email: 'erika@example.de' });
    const link = linkIn(t, await lastMailTo(t, 'erika@example.de'), 'passwort-neu');
    const max = t.client();
    await logInAs(max, 'max@example.de');
    await max.get(link);
    await max.post(link, { password: NEW_PASSWORD });
    assert.ok(await passwordOf('max@example.de', PASSWORD), "max's password is unchanged");
    assert.ok(await passwordOf('erika@example.de', NEW_PASSWORD));
  });

  it('rate limits reset requests per address', async () => {
    const client = t.client();
    await client.get('/konto/passwort-vergessen');
    for (let i = 0; i < 5; i++) assert.equal((await client.post('/konto/passwort-vergessen', { email: 'erika@example.de' })).statusCode, 303);
    const blocked = await client.post('/konto/passwort-vergessen', { email: 'erika@example.de' });
    assert.equal(blocked.statusCode, 429);
    assert.match(blocked.body, /Zu viele Versuche/);
  });

  it('changes the password after checking the current one, keeps this session, ends the others and tells the owner', async () => {
    await createAccount(t, { email: 'erika@example.de' });
    const other = t.client();
    await logInAs(other, 'erika@example.de');
    const client = t.client();
    await logInAs(client, 'erika@example.de');

    const page = await client.get('/konto/passwort-aendern');
    assert.match(page.body, /name="currentPassword"/);
    const wrong = await client.post('/konto/passwort-aendern', { currentPassword: 'nicht mein Passwort', newPassword: NEW_PASSWORD });
    assert.equal(wrong.statusCode, 400);
    assert.deepEqual(errorMessages(wrong.body), ['Das Passwort ist nicht richtig. Geben Sie Ihr aktuelles Passwort ein.']);
    const short = await client.post('/konto/passwort-aendern', { currentPassword: PASSWORD, newPassword: 'kurz' });
    assert.deepEqual(errorMessages(short.body), ['Das Passwort muss mindestens 12 Zeichen lang sein.']);
    assert.ok(await passwordOf('erika@example.de', PASSWORD));

    const changed = await client.post('/konto/passwort-aendern', { currentPassword: PASSWORD, newPassword: NEW_PASSWORD });
    assert.equal(changed.statusCode, 303);
    assert.equal(changed.headers.location, '/konto');
    assert.ok(await passwordOf('erika@example.de', NEW_PASSWORD));
    assert.equal((await client.get('/konto')).statusCode, 200, 'this session stays');
    assert.equal((await other.get('/konto')).statusCode, 303, 'the other session ended');
    assert.equal((await lastMailTo(t, 'erika@example.de')).subject, 'Ihr Passwort wurde geändert');
    assert.equal((await t.db.select().from(auditLog).where(eq(auditLog.action, 'account.password_changed'))).length, 1);
  });

  it('sends anonymous visitors of the change form to the login and back', async () => {
    const response = await t.client().get('/konto/passwort-aendern');
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/konto/anmelden?weiter=%2Fkonto%2Fpasswort-aendern');
  });
});
