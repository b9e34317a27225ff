import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { errorMessages, textOf } from '../../../tests/support/html';
import { department, personWith } from '../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { auditLog } from '../../kernel/audit';
import { findUserByEmail, sha256, userTokens } from '../../kernel/auth';
import { mailOutbox } from '../../kernel/mail';
import { findUserDetail, lockActiveAdmins, setRole } from './repository';
import { CLI_ACTOR } from './policies';
import { changeUserAccess, LAST_ADMIN_MESSAGE } from './use-cases';

describe('admin: accounts', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  beforeEach(async () => {
    await t.reset();
    await department(t, 'buergeramt', 'Bürgeramt');
    await department(t, 'jugendamt', 'Jugendamt');
  });
  after(() => t.close());

  const auditOf = (action: string, objectId: string) =>
    t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, action), eq(auditLog.objectId, objectId)));

  it('creates a staff account, mails a 7-day set-password link and audits it', async () => {
    const admin = await personWith(t, 'admin');
    await admin.get('/verwaltung/benutzer/neu');
    const form = {
      email: 'Neu@Iserlohn.example',
      displayName: 'Nora Neu',
      role: 'staff',
      departments: ['buergeramt', 'jugendamt'],
      permissions: 'admin.audit',
    };
    const created = await admin.post('/verwaltung/benutzer/neu', form);
    assert.equal(created.statusCode, 303, created.body.slice(0, 1500));
    const user = await findUserByEmail(t.db, 'neu@iserlohn.example');
    assert.ok(user);
    assert.equal(created.headers.location, `/verwaltung/benutzer/${user.id}`);
    assert.equal(user.role, 'staff');
    assert.equal(user.passwordHash, null, 'the person sets the password');
    const detail = await findUserDetail(t.db, user.id);
    assert.deepEqual(detail?.departments, ['buergeramt', 'jugendamt']);
    assert.deepEqual(detail?.permissions, ['admin.audit']);

    const [mail] = await t.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, 'neu@iserlohn.example'));
    assert.ok(mail);
    const token = new RegExp(`${t.config.baseUrl}/konto/passwort-neu/([A-Za-z0-9_-]{43})`).exec(mail.textBody)?.[1];
    assert.ok(token, mail.textBody);
    const [stored] = await t.db
      .select()
      .from(userTokens)
      .where(eq(userTokens.tokenHash, sha256(token)));
    assert.equal(stored?.purpose, 'reset-password');
    assert.equal(stored?.userId, user.id);
    const days = ((stored?.expiresAt.getTime() ?? 0) - Date.now()) / 86_400_000;
    assert.ok(days > 6.9 && days <= 7, `valid for 7 days, got ${days}`);

    const [entry] = await auditOf('admin.user_created', user.id);
    assert.equal(entry?.actorLabel, admin.user.email);
    assert.deepEqual(entry?.details, { email: 'neu@iserlohn.example', role: 'staff', departments: ['buergeramt', 'jugendamt'], permissions: ['admin.audit'] });

    const page = await admin.get(`/verwaltung/benutzer/${user.id}`);
    assert.match(page.body, /Das Konto wurde angelegt/);
    assert.match(page.body, /Passwort noch nicht gesetzt/);
    assert.match(page.body, /Konto angelegt/, 'the history shows the entry');
  });

  it('shows the form again with 400 and messages at the fields when input is missing or wrong', async () => {
    const admin = await personWith(t, 'admin');
    await admin.get('/verwaltung/benutzer/neu');
    const empty = await admin.post('/verwaltung/benutzer/neu', { email: '', displayName: '', departments: 'gibt-es-nicht' });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /<title>Fehler: /);
    assert.deepEqual(errorMessages(empty.body), [
      'Geben Sie die E-Mail-Adresse an.',
      'Geben Sie den Namen an, zum Beispiel Maria Muster.',
      'Wählen Sie aus, ob das Konto für Mitarbeitende oder für die Administration ist.',
    ]);
    assert.match(empty.body, /id="email-error"/);

    // Which departments exist is the use case's question (the database), asked once the form is complete.
    const unknown = await admin.post('/verwaltung/benutzer/neu', {
      email: 'neu@iserlohn.example',
      displayName: 'Neu',
      role: 'staff',
      departments: 'gibt-es-nicht',
      permissions: 'kaiser.krone',
    });
    assert.equal(unknown.statusCode, 400);
    assert.deepEqual(errorMessages(unknown.body), ['Wählen Sie nur Fachbereiche aus der Liste aus.', 'Wählen Sie nur Berechtigungen aus der Liste aus.']);

    await personWith(t, 'citizen', { email: 'vergeben@example.org' });
    const taken = await admin.post('/verwaltung/benutzer/neu', {
      email: 'vergeben@example.org',
      displayName: 'Doppelt',
      role: 'staff',
      departments: 'jugendamt',
    });
    assert.equal(taken.statusCode, 400);
    assert.match(errorMessages(taken.body)[0] ?? '', /gibt es schon ein Konto/);
    assert.match(taken.body, /value="Doppelt"/, 'what was typed is kept');
    assert.match(taken.body, /value="jugendamt" checked/, 'ticked boxes stay ticked');
  });

  it('changes the role with before and after in the protocol, and the change takes effect at once', async () => {
    const admin = await personWith(t, 'admin');
    const staff = await personWith(t, 'staff', { departments: ['buergeramt'] });
    assert.equal((await staff.get('/verwaltung/benutzer')).statusCode, 404);
    await admin.get(`/verwaltung/benutzer/${staff.user.id}`);
    const saved = await admin.post(`/verwaltung/benutzer/${staff.user.id}`, { role: 'admin', departments: 'jugendamt' });
    assert.equal(saved.statusCode, 303);
    const [role] = await auditOf('admin.role_changed', staff.user.id);
    assert.deepEqual(role?.details, { email: staff.user.email, before: 'staff', after: 'admin' });
    const [deps] = await auditOf('admin.departments_changed', staff.user.id);
    assert.deepEqual(deps?.details, { email: staff.user.email, before: ['buergeramt'], after: ['jugendamt'] });
    assert.equal((await auditOf('admin.permissions_changed', staff.user.id)).length, 0, 'unchanged aspects are not logged');
    assert.equal((await staff.get('/verwaltung/benutzer')).statusCode, 200, 'no new login needed');

    const protocol = await admin.get(`/verwaltung/protokoll?objectId=${staff.user.id}`);
    assert.match(textOf(protocol.body), /Rolle geändert .*Mitarbeitende → Administration/);
  });

  it('keeps the last active admin: no self-demotion, no self-disabling', async () => {
    const admin = await personWith(t, 'admin');
    await admin.get(`/verwaltung/benutzer/${admin.user.id}`);
    const demoted = await admin.post(`/verwaltung/benutzer/${admin.user.id}`, { role: 'staff' });
    assert.equal(demoted.statusCode, 400);
    assert.deepEqual(errorMessages(demoted.body), [LAST_ADMIN_MESSAGE]);
    await admin.get(`/verwaltung/benutzer/${admin.user.id}/sperren`);
    const disabled = await admin.post(`/verwaltung/benutzer/${admin.user.id}/sperren`);
    assert.equal(disabled.statusCode, 400);
    assert.equal((await findUserDetail(t.db, admin.user.id))?.role, 'admin');

    // A disabled admin does not count: it could not log in to repair anything.
    const sleeping = await personWith(t, 'admin', { email: 'ruhend@iserlohn.example' });
    await admin.get(`/verwaltung/benutzer/${sleeping.user.id}/sperren`);
    assert.equal((await admin.post(`/verwaltung/benutzer/${sleeping.user.id}/sperren`)).statusCode, 303);
    await admin.get(`/verwaltung/benutzer/${admin.user.id}`);
    assert.equal((await admin.post(`/verwaltung/benutzer/${admin.user.id}`, { role: 'staff' })).statusCode, 400);

    await personWith(t, 'admin', { email: 'zweite@iserlohn.example' });
    const nowAllowed = await admin.post(`/verwaltung/benutzer/${admin.user.id}`, { role: 'staff' });
    assert.equal(nowAllowed.statusCode, 303, 'with a second active admin the first may step down');
    assert.equal(nowAllowed.headers.location, '/verwaltung', 'and lands where a staff member may still be');
  });

  it('lets only one of the last two admins step down when both try at the same moment', async () => {
    const first = await personWith(t, 'admin');
    const second = await personWith(t, 'admin');
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    // The first demotion holds its transaction open; without the row locks the second would still
    // count two admins (on PostgreSQL) and both would step down.
    const firstDemotion = t.db.transaction(async (tx) => {
      await lockActiveAdmins(tx);
      await pause(300);
      await setRole(tx, first.user.id, 'staff');
    });
    await pause(50);
    const secondDemotion = changeUserAccess(CLI_ACTOR, second.user.id, { role: 'staff' }, { db: t.db, config: t.config, modules: t.deps.modules });
    await firstDemotion;
    assert.deepEqual(await secondDemotion, { ok: false, errors: { role: LAST_ADMIN_MESSAGE } });
    assert.equal((await findUserDetail(t.db, second.user.id))?.role, 'admin');
  });

  it('disables an account after confirmation, ends its sessions and enables it again', async () => {
    const admin = await personWith(t, 'admin');
    const staff = await personWith(t, 'staff', { permissions: ['admin.audit'] });
    const confirm = await admin.get(`/verwaltung/benutzer/${staff.user.id}/sperren`);
    assert.match(confirm.body, /<h1>Konto sperren\?<\/h1>/);
    assert.match(confirm.body, /button--danger/);
    assert.equal((await admin.post(`/verwaltung/benutzer/${staff.user.id}/sperren`)).statusCode, 303);
    assert.equal((await staff.get('/verwaltung/protokoll')).statusCode, 401, 'logged out at once');
    const [entry] = await auditOf('admin.user_disabled', staff.user.id);
    assert.deepEqual(entry?.details, { email: staff.user.email, before: 'aktiv', after: 'gesperrt' });
    await admin.get(`/verwaltung/benutzer/${staff.user.id}/entsperren`);
    assert.equal((await admin.post(`/verwaltung/benutzer/${staff.user.id}/entsperren`)).statusCode, 303);
    assert.equal((await findUserDetail(t.db, staff.user.id))?.disabledAt, null);
    assert.equal((await auditOf('admin.user_enabled', staff.user.id)).length, 1);
  });

  it('sends a new set-password link on request; the earlier one stops working', async () => {
    const admin = await personWith(t, 'admin');
    await admin.get('/verwaltung/benutzer/neu');
    await admin.post('/verwaltung/benutzer/neu', { email: 'spaet@iserlohn.example', displayName: 'Sam Spät', role: 'staff' });
    const user = await findUserByEmail(t.db, 'spaet@iserlohn.example');
    assert.ok(user);
    await admin.get(`/verwaltung/benutzer/${user.id}`);
    assert.equal((await admin.post(`/verwaltung/benutzer/${user.id}/passwort-link`)).statusCode, 303);
    const tokens = await t.db.select().from(userTokens).where(eq(userTokens.userId, user.id));
    assert.equal(tokens.length, 2);
    assert.equal(tokens.filter((token) => token.usedAt === null).length, 1);
    assert.equal((await t.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, user.email))).length, 2);
    assert.equal((await auditOf('admin.password_link_sent', user.id)).length, 1);
  });
});
