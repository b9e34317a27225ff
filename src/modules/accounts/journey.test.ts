import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { auditLog } from '../../kernel/audit';
import { findUserByEmail } from '../../kernel/auth';
import { SESSION_COOKIE } from '../../kernel/http';
import { lastMailTo } from '../../../tests/support/mail';
import { logInAs, PASSWORD } from '../../../tests/support/people';
import { linkIn } from './test-support';
import { pseudonymFor } from './use-cases/delete-account';

/** One person's whole life with a citizen account, through the HTTP app as a browser would go. */
describe('accounts: the whole journey', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  it('registers, confirms, logs out and in, changes and resets the password, changes the address and deletes the account', async () => {
    const client = t.client();
    const changed = 'Kalte Quelle im Grüner Tal';
    const reset = 'Stadtbücherei am Theodor-Heuss-Ring';

    // Register and confirm by mail: logged in afterwards.
    assert.equal(
      (await client.submit('/konto/registrieren', { displayName: 'Erika Mustermann', email: 'erika@example.de', password: PASSWORD, privacy: 'ja' }))
        .statusCode,
      303,
    );
    const confirm = await client.submit(linkIn(t, await lastMailTo(t, 'erika@example.de'), 'bestaetigen'), {});
    assert.equal(confirm.headers.location, '/konto');
    assert.match((await client.get('/konto')).body, /Guten Tag, Erika Mustermann\./);
    const userId = (await findUserByEmail(t.db, 'erika@example.de'))!.id;

    // Log out and in again.
    assert.equal((await client.post('/konto/abmelden')).headers.location, '/');
    assert.equal(client.hasCookie(SESSION_COOKIE), false);
    await logInAs(client, 'erika@example.de');

    // Change the password while logged in.
    const change = await client.submit('/konto/passwort-aendern', { currentPassword: PASSWORD, newPassword: changed });
    assert.equal(change.headers.location, '/konto');

    // Forget it and set another through the mailed link.
    await client.post('/konto/abmelden');
    await client.submit('/konto/passwort-vergessen', { email: 'erika@example.de' });
    const resetLink = linkIn(t, await lastMailTo(t, 'erika@example.de'), 'passwort-neu');
    assert.equal((await client.submit(resetLink, { password: reset })).headers.location, '/konto/anmelden');
    assert.equal((await client.submit('/konto/anmelden', { email: 'erika@example.de', password: changed })).statusCode, 400);
    await logInAs(client, 'erika@example.de', reset);

    // Change the address.
    await client.submit('/konto/email-aendern', { email: 'erika.neu@example.de', password: reset });
    const emailLink = linkIn(t, await lastMailTo(t, 'erika.neu@example.de'), 'email-bestaetigen');
    assert.equal((await client.submit(emailLink, {})).headers.location, '/konto');
    assert.match((await client.get('/konto')).body, /erika\.neu@example\.de/);

    // Delete the account.
    const deleted = await client.submit('/konto/loeschen', { password: reset, confirm: 'ja' });
    assert.equal(deleted.headers.location, '/konto/geloescht');
    assert.equal(client.hasCookie(SESSION_COOKIE), false);
    assert.equal(await findUserByEmail(t.db, 'erika.neu@example.de'), undefined);
    assert.equal((await lastMailTo(t, 'erika.neu@example.de')).subject, 'Ihr Bürgerkonto wurde gelöscht');

    const entries = await t.db.select().from(auditLog);
    const pseudonym = pseudonymFor(t.config.secret, userId);
    const actions = entries.map((entry) => entry.action);
    for (const action of [
      'account.registered',
      'account.email_confirmed',
      'auth.login',
      'auth.logout',
      'account.password_changed',
      'account.password_reset',
      'account.email_changed',
      'account.deleted',
    ]) {
      assert.ok(actions.includes(action), `audited: ${action}`);
    }
    const trail = JSON.stringify(entries);
    assert.ok(!trail.includes(userId) && !trail.includes('erika@example.de') && !trail.includes('erika.neu@example.de'), 'the audit trail no longer names her');
    assert.ok(entries.filter((entry) => entry.actorLabel === `gelöschtes Konto ${pseudonym}`).length >= 5);
  });
});
