import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { auditLog } from '../../kernel/audit';
import { findUserByEmail, userTokens } from '../../kernel/auth';
import { csrfTokenIn, errorFields, errorMessages } from '../../../tests/support/html';
import { lastMailTo, mailsTo } from '../../../tests/support/mail';
import { createAccount, PASSWORD } from '../../../tests/support/people';
import { linkIn } from './test-support';

describe('accounts: registration and confirmation', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());
  beforeEach(() => t.reset());

  const form = (overrides: Record<string, string> = {}) => ({
    displayName: 'Erika Mustermann',
    email: 'erika@example.de',
    password: PASSWORD,
    privacy: 'ja',
    ...overrides,
  });

  it('shows the registration form with its question, fields and a link to the privacy notice', async () => {
    const page = await t.client().get('/konto/registrieren');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<h1>Bürgerkonto anlegen<\/h1>/);
    for (const name of ['displayName', 'email', 'password', 'privacy', '_csrf']) assert.match(page.body, new RegExp(`name="${name}"`));
    assert.match(page.body, /href="\/datenschutz"/);
    assert.match(page.body, /Ich habe die Datenschutzhinweise gelesen/);
    assert.match(page.body, />Konto anlegen</);
  });

  it('creates an unverified account, mails a 48-hour link and confirms it by logging in', async () => {
    const client = t.client();
    const response = await client.submit('/konto/registrieren', form({ email: ' Erika@Example.DE ' }));
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/konto/registrieren/bestaetigung');
    const check = await client.get('/konto/registrieren/bestaetigung');
    assert.match(check.body, /<h1>Prüfen Sie Ihr E-Mail-Postfach<\/h1>/);

    const user = await findUserByEmail(t.db, 'erika@example.de');
    assert.ok(user && user.emailVerifiedAt === null && user.passwordHash?.startsWith('$argon2id$'));
    const [token] = await t.db.select().from(userTokens).where(eq(userTokens.userId, user.id));
    assert.equal(token?.purpose, 'confirm-email');
    const hours = (token!.expiresAt.getTime() - token!.createdAt.getTime()) / 3_600_000;
    assert.ok(Math.abs(hours - 48) < 0.1, `expires after ${hours} h`);

    const mail = await lastMailTo(t, 'erika@example.de');
    assert.equal(mail.subject, 'Bestätigen Sie Ihre E-Mail-Adresse');
    assert.doesNotMatch(mail.text, /Erika Mustermann/, 'the chosen name never goes into mails');
    const link = linkIn(t, mail, 'bestaetigen');
    assert.notEqual(token?.tokenHash, link.split('/').pop(), 'only the hash is stored');

    // Opening the link (as a mail scanner does, twice) only shows the page with the button.
    for (let visit = 0; visit < 2; visit++) {
      const page = await client.get(link);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<h1>E-Mail-Adresse bestätigen<\/h1>/);
      assert.match(page.body, new RegExp(`<form action="${link}" method="post"[^>]*><input type="hidden" name="_csrf"`));
      assert.match(page.body, /<button type="submit" class="button button--primary">E-Mail-Adresse bestätigen<\/button>/);
      assert.equal(page.headers['cache-control'], 'no-store');
      assert.equal(page.headers['referrer-policy'], 'no-referrer', 'the token in the address does not leave through links');
    }
    assert.equal((await findUserByEmail(t.db, 'erika@example.de'))?.emailVerifiedAt, null, 'GET changes nothing');
    const anonymous = t.client();
    assert.equal((await anonymous.post(link)).statusCode, 403, "the button only works with the form's CSRF token");
    assert.equal((await findUserByEmail(t.db, 'erika@example.de'))?.emailVerifiedAt, null);

    const confirmed = await client.post(link);
    assert.equal(confirmed.statusCode, 303);
    assert.equal(confirmed.headers.location, '/konto');
    assert.equal(confirmed.headers['referrer-policy'], 'no-referrer');
    const account = await client.get('/konto');
    assert.equal(account.statusCode, 200);
    assert.match(account.body, /Ihre E-Mail-Adresse ist bestätigt\./);
    assert.match(account.body, /erika@example\.de/);
    assert.ok((await findUserByEmail(t.db, 'erika@example.de'))?.emailVerifiedAt);
  });

  it('answers a registration of a known address exactly like a new one and tells only the owner', async () => {
    await createAccount(t, { email: 'max@example.de' });
    const known = await t.client().submit('/konto/registrieren', form({ email: 'max@example.de', displayName: 'Angreifer' }));
    const fresh = await t.client().submit('/konto/registrieren', form({ email: 'neu@example.de' }));
    assert.equal(known.statusCode, fresh.statusCode);
    assert.equal(known.headers.location, fresh.headers.location);

    const mails = await mailsTo(t, 'max@example.de');
    assert.deepEqual(
      mails.map((mail) => mail.subject),
      ['Jemand wollte mit Ihrer Adresse ein Konto anlegen'],
    );
    assert.doesNotMatch(mails[0]!.text, /Angreifer/);
    assert.equal((await findUserByEmail(t.db, 'max@example.de'))?.displayName, 'Erika Mustermann', 'the existing account is untouched');
  });

  it('sends an unconfirmed owner a fresh confirmation link with the notice', async () => {
    await createAccount(t, { email: 'offen@example.de', emailVerified: false });
    await t.client().submit('/konto/registrieren', form({ email: 'offen@example.de' }));
    const mail = await lastMailTo(t, 'offen@example.de');
    assert.equal(mail.subject, 'Jemand wollte mit Ihrer Adresse ein Konto anlegen');
    const confirmed = await t.client().submit(linkIn(t, mail, 'bestaetigen'), {});
    assert.equal(confirmed.statusCode, 303);
  });

  it('refuses a used, an expired, a malformed and a wrong-purpose link with a 400 page offering a new link', async () => {
    const client = t.client();
    await client.submit('/konto/registrieren', form());
    const link = linkIn(t, await lastMailTo(t, 'erika@example.de'), 'bestaetigen');
    const secondTab = t.client();
    assert.equal((await secondTab.get(link)).statusCode, 200);
    assert.equal((await client.submit(link, {})).statusCode, 303);
    const pressedAgain = await secondTab.post(link);
    assert.equal(pressedAgain.statusCode, 400);
    assert.match(pressedAgain.body, /Der Bestätigungslink funktioniert nicht/);

    const reused = await t.client().get(link);
    assert.equal(reused.statusCode, 400);
    assert.match(reused.body, /Der Bestätigungslink funktioniert nicht/);
    assert.match(reused.body, /href="\/konto\/bestaetigung-erneut"/);

    await t.client().submit('/konto/bestaetigung-erneut', { email: 'erika@example.de' });
    assert.equal((await mailsTo(t, 'erika@example.de')).length, 1, 'a confirmed account gets no new link');

    await createAccount(t, { email: 'spaet@example.de', emailVerified: false });
    await t.client().submit('/konto/bestaetigung-erneut', { email: 'spaet@example.de' });
    const late = linkIn(t, await lastMailTo(t, 'spaet@example.de'), 'bestaetigen');
    await t.db.update(userTokens).set({ expiresAt: sql`now() - interval '1 minute'` });
    assert.equal((await t.client().get(late)).statusCode, 400);
    assert.equal((await findUserByEmail(t.db, 'spaet@example.de'))?.emailVerifiedAt, null);

    assert.equal((await t.client().get('/konto/bestaetigen/kurz')).statusCode, 400);
    const overlong = await t.client().get(`/konto/bestaetigen/${'x'.repeat(5000)}`);
    assert.ok(overlong.statusCode >= 400 && overlong.statusCode < 500, `got ${overlong.statusCode}`);

    await t.client().submit('/konto/passwort-vergessen', { email: 'spaet@example.de' });
    const reset = linkIn(t, await lastMailTo(t, 'spaet@example.de'), 'passwort-neu');
    const wrongPurpose = await t.client().get(reset.replace('passwort-neu', 'bestaetigen'));
    assert.equal(wrongPurpose.statusCode, 400, 'a reset link does not confirm an address');
  });

  it('lets exactly one of several simultaneous clicks on a link through', async () => {
    await t.client().submit('/konto/registrieren', form());
    const link = linkIn(t, await lastMailTo(t, 'erika@example.de'), 'bestaetigen');
    const clients = [t.client(), t.client(), t.client()];
    for (const client of clients) assert.equal((await client.get(link)).statusCode, 200);
    const answers = await Promise.all(clients.map((client) => client.post(link)));
    assert.deepEqual(answers.map((answer) => answer.statusCode).sort(), [303, 400, 400]);
  });

  it('resends a confirmation link; the answer is the same for unknown addresses', async () => {
    await createAccount(t, { email: 'offen@example.de', emailVerified: false });
    const known = await t.client().submit('/konto/bestaetigung-erneut', { email: 'offen@example.de' });
    const unknown = await t.client().submit('/konto/bestaetigung-erneut', { email: 'niemand@example.de' });
    assert.equal(known.statusCode, 303);
    assert.equal(known.headers.location, unknown.headers.location);
    assert.equal((await mailsTo(t, 'offen@example.de')).length, 1);
    assert.equal((await mailsTo(t, 'niemand@example.de')).length, 0);
  });

  it('shows every error at once with the summary linking to the fields, keeping values but never the password', async () => {
    const response = await t.client().submit('/konto/registrieren', { displayName: '<b>Erika</b>', email: 'kein-at-zeichen', password: 'kurz' });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /<title>Fehler: Bürgerkonto anlegen/);
    assert.deepEqual(errorFields(response.body), ['email', 'password', 'privacy']);
    assert.deepEqual(errorMessages(response.body), [
      'Geben Sie eine E-Mail-Adresse im richtigen Format an, zum Beispiel name@beispiel.de.',
      'Das Passwort muss mindestens 12 Zeichen lang sein.',
      'Bestätigen Sie, dass Sie die Datenschutzhinweise gelesen haben.',
    ]);
    assert.match(response.body, /id="password-error"/);
    assert.match(response.body, /value="&lt;b>Erika&lt;\/b>"|value="&lt;b&gt;Erika&lt;\/b&gt;"/, 'typed name kept, escaped');
    assert.match(response.body, /value="kein-at-zeichen"/);
    assert.doesNotMatch(response.body, /value="kurz"/);
    assert.equal(await findUserByEmail(t.db, 'kein-at-zeichen'), undefined);
  });

  it('answers overlong and garbage input with 400 or 413 and German messages, never 500', async () => {
    const client = t.client();
    const long = await client.submit(
      '/konto/registrieren',
      form({ displayName: 'E'.repeat(100_000), email: `${'a'.repeat(300)}@example.de`, password: 'p'.repeat(1000) }),
    );
    assert.equal(long.statusCode, 400);
    assert.deepEqual(errorMessages(long.body), [
      'Ihr Name darf höchstens 100 Zeichen lang sein.',
      'Die E-Mail-Adresse darf höchstens 254 Zeichen lang sein.',
      'Das Passwort darf höchstens 256 Zeichen lang sein.',
    ]);

    const huge = await client.post('/konto/registrieren', form({ displayName: 'E'.repeat(1024 * 1024) }));
    assert.equal(huge.statusCode, 413);
    assert.match(huge.body, /zu groß/);

    const arrays = await client.post('/konto/registrieren', {
      displayName: ['a', 'b'],
      email: ['x@example.de', 'y@example.de'],
      password: PASSWORD,
      privacy: 'vielleicht',
    });
    assert.equal(arrays.statusCode, 400);
    assert.deepEqual(errorFields(arrays.body), ['displayName', 'email', 'privacy']);

    const control = await client.post('/konto/registrieren', form({ displayName: 'Erika\u0007\u001b' }));
    assert.equal(control.statusCode, 400);
    assert.deepEqual(errorMessages(control.body), ['Ihr Name darf nur sichtbare Zeichen enthalten.']);
    // NUL cannot be typed and cannot be stored: the input guard refuses the whole request.
    const nul = await client.post('/konto/registrieren', form({ displayName: 'Erika\u0000' }));
    assert.equal(nul.statusCode, 400);
    assert.match(nul.body, /unzulässiges Steuerzeichen/);

    await client.get('/konto/registrieren');
    const csrf = csrfTokenIn((await client.get('/konto/registrieren')).body);
    const json = await t.app.inject({
      method: 'POST',
      url: '/konto/registrieren',
      headers: { 'content-type': 'application/json', cookie: client.cookieHeader(), 'x-csrf-token': csrf },
      payload: JSON.stringify({ displayName: { $ne: 1 }, email: 42, password: null, privacy: true }),
    });
    assert.equal(json.statusCode, 400);
    assert.equal(await t.db.$count(auditLog), 0, 'nothing was registered');
  });

  it('refuses a registration without CSRF token with 403', async () => {
    const client = t.client();
    await client.get('/konto/registrieren');
    const response = await client.post('/konto/registrieren', { ...form(), _csrf: 'gefälscht' });
    assert.equal(response.statusCode, 403);
    const bare = await t.app.inject({
      method: 'POST',
      url: '/konto/registrieren',
      payload: new URLSearchParams(form()).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(bare.statusCode, 403);
    assert.equal(await findUserByEmail(t.db, 'erika@example.de'), undefined);
  });
});
