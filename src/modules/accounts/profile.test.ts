import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { auditLog } from '../../kernel/audit';
import { createSession, createUser, findUserByEmail, findUserById, sessions, userTokens } from '../../kernel/auth';
import { csrfTokenIn, errorMessages } from '../../../tests/support/html';
import { lastMailTo, mailsTo } from '../../../tests/support/mail';
import { createAccount, logInAs, PASSWORD } from '../../../tests/support/people';
import { linkIn } from './test-support';
import { pseudonymFor } from './use-cases/delete-account';

describe('accounts: Mein Konto, changing the address, deleting the account', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());
  beforeEach(() => t.reset());

  it('shows name, address, role, change links, the deletion link and recent activity', async () => {
    await createAccount(t, { email: 'erika@example.de', displayName: 'Erika <Mustermann>' });
    const client = t.client();
    await logInAs(client, 'erika@example.de');
    const page = await client.get('/konto');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<h1>Mein Konto<\/h1>/);
    assert.match(page.body, /Erika &lt;Mustermann>/, 'the name is escaped');
    assert.match(page.body, /erika@example\.de/);
    assert.match(page.body, /Bürgerin oder Bürger/);
    for (const href of ['/konto/email-aendern', '/konto/passwort-aendern', '/konto/loeschen']) assert.match(page.body, new RegExp(`href="${href}"`));
    assert.match(page.body, /<td>Angemeldet<\/td>/);
  });

  it('changes the address only when the link mailed to the new address is used', async () => {
    const user = await createAccount(t, { email: 'erika@example.de' });
    const client = t.client();
    await logInAs(client, 'erika@example.de');
    await client.get('/konto/email-aendern');
    const same = await client.post('/konto/email-aendern', { email: 'erika@example.de', password: PASSWORD });
    assert.equal(same.statusCode, 400);
    const wrong = await client.post('/konto/email-aendern', { email: 'neu@example.de', password: 'nicht mein Passwort' });
    assert.equal(wrong.statusCode, 400);
    assert.deepEqual(errorMessages(wrong.body), ['Das Passwort ist nicht richtig. Geben Sie Ihr aktuelles Passwort ein.']);
    assert.match(wrong.body, /value="neu@example.de"/);

    const requested = await client.post('/konto/email-aendern', { email: 'Neu@Example.de', password: PASSWORD });
    assert.equal(requested.statusCode, 303);
    assert.equal((await findUserById(t.db, user.id))?.email, 'erika@example.de', 'nothing changes before the link');
    assert.equal((await lastMailTo(t, 'erika@example.de')).subject, 'Ihre E-Mail-Adresse soll geändert werden');
    const link = linkIn(t, await lastMailTo(t, 'neu@example.de'), 'email-bestaetigen');

    const page = await client.get(link);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<h1>E-Mail-Adresse bestätigen<\/h1>/);
    assert.equal(page.headers['cache-control'], 'no-store');
    assert.equal(page.headers['referrer-policy'], 'no-referrer');
    await client.get(link);
    assert.equal((await findUserById(t.db, user.id))?.email, 'erika@example.de', 'opening the link (a mail scanner) changes nothing');

    const confirmed = await client.post(link);
    assert.equal(confirmed.statusCode, 303);
    assert.equal(confirmed.headers.location, '/konto');
    const account = await client.get('/konto');
    assert.match(account.body, /Ihre neue E-Mail-Adresse ist bestätigt\./);
    assert.match(account.body, /neu@example\.de/);
    assert.equal((await lastMailTo(t, 'erika@example.de')).subject, 'Ihre E-Mail-Adresse wurde geändert');
    assert.equal((await client.get(link)).statusCode, 400, 'the link works once');
    const again = await client.post(link);
    assert.equal(again.statusCode, 400, 'pressing the button again');
    assert.match(again.body, /Der Link zum Ändern der E-Mail-Adresse funktioniert nicht/);
    await logInAs(t.client(), 'neu@example.de');
  });

  it('refuses the link when the address was taken meanwhile, and changes nothing', async () => {
    const user = await createAccount(t, { email: 'erika@example.de' });
    const client = t.client();
    await logInAs(client, 'erika@example.de');
    await client.submit('/konto/email-aendern', { email: 'begehrt@example.de', password: PASSWORD });
    const link = linkIn(t, await lastMailTo(t, 'begehrt@example.de'), 'email-bestaetigen');
    await createAccount(t, { email: 'begehrt@example.de' });
    const response = await client.submit(link, {});
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /Diese E-Mail-Adresse wird schon verwendet/);
    assert.equal((await findUserById(t.db, user.id))?.email, 'erika@example.de');
  });

  it("does not let another logged-in person use someone's address-change link", async () => {
    const erika = await createAccount(t, { email: 'erika@example.de' });
    const max = await createAccount(t, { email: 'max@example.de' });
    const erikaClient = t.client();
    await logInAs(erikaClient, 'erika@example.de');
    await erikaClient.submit('/konto/email-aendern', { email: 'neu@example.de', password: PASSWORD });
    const link = linkIn(t, await lastMailTo(t, 'neu@example.de'), 'email-bestaetigen');

    const maxClient = t.client();
    await logInAs(maxClient, 'max@example.de');
    const refused = await maxClient.submit(link, {});
    assert.equal(refused.statusCode, 400);
    assert.equal((await findUserById(t.db, max.id))?.email, 'max@example.de');
    assert.equal((await findUserById(t.db, erika.id))?.email, 'erika@example.de');
    assert.equal((await erikaClient.submit(link, {})).statusCode, 303, 'the owner can still use it');
    assert.equal((await findUserById(t.db, erika.id))?.email, 'neu@example.de');
  });

  it('deletes the account: user and sessions gone, audit trail pseudonymised, goodbye mail, logged out', async () => {
    const user = await createAccount(t, { email: 'erika@example.de' });
    const client = t.client();
    await logInAs(client, 'erika@example.de');
    await t.client().submit('/konto/anmelden', { email: 'erika@example.de', password: 'vertippt!!!!' });

    const page = await client.get('/konto/loeschen');
    assert.match(page.body, /<h1>Möchten Sie Ihr Konto endgültig löschen\?<\/h1>/);
    assert.match(page.body, />Konto endgültig löschen</);
    const unticked = await client.post('/konto/loeschen', { password: PASSWORD });
    assert.equal(unticked.statusCode, 400);
    assert.deepEqual(errorMessages(unticked.body), ['Bestätigen Sie, dass Ihr Konto endgültig gelöscht werden soll.']);
    const wrong = await client.post('/konto/loeschen', { password: 'nicht mein Passwort', confirm: 'ja' });
    assert.equal(wrong.statusCode, 400);
    assert.ok(await findUserById(t.db, user.id));

    const deleted = await client.post('/konto/loeschen', { password: PASSWORD, confirm: 'ja' });
    assert.equal(deleted.statusCode, 303);
    assert.equal(deleted.headers.location, '/konto/geloescht');
    const confirmation = await client.get('/konto/geloescht');
    assert.equal(confirmation.statusCode, 200);
    assert.match(confirmation.body, /<h1>Ihr Konto ist gelöscht<\/h1>/);
    assert.match(
      confirmation.body,
      /Ihre Kopie im Postausgang des Portals löschen wir nach 30 Tagen\./,
      'the goodbye mail keeps the address until MAIL_OUTBOX_RETENTION_DAYS',
    );
    assert.match(confirmation.body, /Anmeldungen \(Sitzungen\) auf Ihren Geräten/, 'says what was deleted');
    assert.match(
      confirmation.body,
      /Einträge im Protokoll der Verwaltung \(\d+\): Aufbewahrt, ohne Bezug zu Ihnen\.<\/strong> Die Verwaltung muss nachweisen/,
      'says what is kept and why',
    );
    const elsewhere = await t.client().get('/konto/geloescht');
    assert.doesNotMatch(elsewhere.body, /Sitzungen/, 'another browser sees no details of the deletion');
    assert.equal(await findUserById(t.db, user.id), undefined);
    assert.equal(await t.db.$count(sessions), 0);
    assert.equal(await t.db.$count(userTokens), 0);
    assert.equal((await lastMailTo(t, 'erika@example.de')).subject, 'Ihr Bürgerkonto wurde gelöscht');

    const pseudonym = pseudonymFor(t.config.secret, user.id);
    const entries = await t.db.select().from(auditLog);
    const text = JSON.stringify(entries);
    assert.ok(!text.includes(user.id) && !text.includes('erika@example.de'), `no trace of the person: ${text}`);
    assert.ok(entries.some((entry) => entry.action === 'auth.login' && entry.actorLabel === `gelöschtes Konto ${pseudonym}` && entry.ip === null));
    assert.ok(entries.some((entry) => entry.action === 'auth.login_failed' && entry.objectId === pseudonym));
    assert.ok(entries.some((entry) => entry.action === 'account.deleted' && entry.objectId === pseudonym));
    assert.equal((await client.submit('/konto/anmelden', { email: 'erika@example.de', password: PASSWORD })).statusCode, 400);
  });

  it('keeps the last admin, but lets an admin go when another one remains', async () => {
    const admin = await createAccount(t, { email: 'admin@example.de', role: 'admin' });
    const client = t.client();
    await logInAs(client, 'admin@example.de');
    await client.get('/konto/loeschen');
    const refused = await client.post('/konto/loeschen', { password: PASSWORD, confirm: 'ja' });
    assert.equal(refused.statusCode, 400);
    assert.match(errorMessages(refused.body)[0]!, /einzige Person mit Administrationsrechten/);
    assert.ok(await findUserById(t.db, admin.id));

    await createAccount(t, { email: 'zweite@example.de', role: 'admin' });
    assert.equal((await client.post('/konto/loeschen', { password: PASSWORD, confirm: 'ja' })).statusCode, 303);
    assert.equal(await findUserById(t.db, admin.id), undefined);
  });

  it('asks no password of an account created through OpenID Connect, which has none', async () => {
    const user = await createUser(t.db, { email: 'bund@example.de', displayName: 'Bund Id', emailVerified: true });
    const token = await createSession(t.db, user.id);
    const page = await t.app.inject({ url: '/konto/loeschen', headers: { cookie: `sp_session=${token}` } });
    assert.equal(page.statusCode, 200);
    assert.doesNotMatch(page.body, /name="password"/);
    const csrf = csrfTokenIn(page.body);
    const deleted = await t.app.inject({
      method: 'POST',
      url: '/konto/loeschen',
      headers: { cookie: `sp_session=${token}`, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: csrf, confirm: 'ja' }).toString(),
    });
    assert.equal(deleted.statusCode, 303, deleted.body.slice(0, 500));
    assert.equal(await findUserByEmail(t.db, 'bund@example.de'), undefined);
    assert.equal((await mailsTo(t, 'bund@example.de')).length, 1);
  });
});
