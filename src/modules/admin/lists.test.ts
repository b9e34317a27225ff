import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { errorMessages, links, tableRows } from '../../../tests/support/html';
import { personWith } from '../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { auditLog } from '../../kernel/audit';
import { createUser, departments, findUserByEmail, verifyPassword } from '../../kernel/auth';
import { sendMail } from '../../kernel/mail';
import { demoLogins, seedAdminDemo } from './demo';

describe('admin: lists, filters, protocol, outbox, demo data', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  beforeEach(() => t.reset());
  after(() => t.close());

  it('lists accounts 50 per page in German alphabetical order, searchable and filterable by role', async () => {
    const admin = await personWith(t, 'admin', { email: 'aaa-admin@iserlohn.example' });
    for (let i = 0; i < 57; i++) await createUser(t.db, { email: `person-${String(i).padStart(2, '0')}@example.org`, displayName: `Person ${i}` });
    await createUser(t.db, { email: 'änne@example.org', displayName: 'Änne Ahlers' });
    await createUser(t.db, { email: 'bernd@example.org', displayName: 'Bernd Brandt', role: 'staff' });

    const first = await admin.get('/verwaltung/benutzer');
    assert.equal(first.statusCode, 200);
    assert.match(first.body, /60 Konten gefunden/);
    const emails = tableRows(first.body).map((row) => row[0]);
    assert.equal(emails.length, 50);
    assert.deepEqual(emails.slice(0, 3), ['aaa-admin@iserlohn.example', 'änne@example.org', 'bernd@example.org'], 'Ä sorts with A, not after Z');
    assert.deepEqual(
      links(first.body, 'a[rel="next"]').map((link) => link.href),
      ['/verwaltung/benutzer?page=2'],
    );
    const second = await admin.get('/verwaltung/benutzer?page=2');
    assert.equal(tableRows(second.body).length, 10);

    const search = await admin.get('/verwaltung/benutzer?q=brandt');
    assert.deepEqual(tableRows(search.body).length, 1);
    assert.match(search.body, /bernd@example\.org/);
    const staffOnly = await admin.get('/verwaltung/benutzer?role=staff');
    assert.match(staffOnly.body, /1 Konto gefunden/);
    const wildcard = await admin.get('/verwaltung/benutzer?q=%25');
    assert.match(wildcard.body, /0 Konten gefunden/, '% is searched literally');
    const badRole = await admin.get('/verwaltung/benutzer?role=kaiser');
    assert.equal(badRole.statusCode, 400);
    assert.deepEqual(errorMessages(badRole.body), ['Wählen Sie eine Rolle aus der Liste aus.']);
  });

  it('escapes names everywhere: a script in a display name stays text', async () => {
    const admin = await personWith(t, 'admin');
    const evil = await createUser(t.db, { email: 'evil@example.org', displayName: '<script>alert(1)</script>' });
    for (const url of ['/verwaltung/benutzer', `/verwaltung/benutzer/${evil.id}`, `/verwaltung/benutzer/${evil.id}/sperren`]) {
      const page = await admin.get(url);
      assert.ok(!page.body.includes('<script>alert(1)</script>'), url);
      assert.ok(page.body.includes('&lt;script>alert(1)&lt;/script>'), url);
    }
  });

  it('creates departments, refuses duplicates and bad ids with messages at the fields', async () => {
    const admin = await personWith(t, 'admin');
    await admin.get('/verwaltung/fachbereiche');
    const created = await admin.post('/verwaltung/fachbereiche', { id: 'stadtkasse', name: 'Stadtkasse', email: 'kasse@iserlohn.example' });
    assert.equal(created.statusCode, 303);
    const list = await admin.get('/verwaltung/fachbereiche');
    assert.match(list.body, /Der Fachbereich „Stadtkasse“ wurde angelegt/);
    assert.match(list.body, /<code>stadtkasse<\/code>/);
    const duplicate = await admin.post('/verwaltung/fachbereiche', { id: 'stadtkasse', name: 'Noch eine Kasse' });
    assert.equal(duplicate.statusCode, 400);
    assert.match(errorMessages(duplicate.body)[0] ?? '', /schon einen Fachbereich/);
    const bad = await admin.post('/verwaltung/fachbereiche', { id: 'Bürger Amt', name: '', email: 'keine-adresse' });
    assert.equal(bad.statusCode, 400);
    assert.equal(errorMessages(bad.body).length, 3);
  });

  it('filters the protocol by action prefix, actor, object and Berlin calendar days, newest first', async () => {
    const auditor = await personWith(t, 'staff', { permissions: ['admin.audit'] });
    const entry = (action: string, actorLabel: string, at: string, objectId = 'x') => ({ action, actorLabel, at: new Date(at), objectType: 'user', objectId });
    await t.db.insert(auditLog).values([
      entry('admin.role_changed', 'chefin@iserlohn.example', '2026-03-01T10:00:00Z', 'u1'),
      entry('auth.login', 'buerger@example.org', '2026-03-02T22:30:00Z'), // 3 March in Berlin
      entry('egov.antrag_eingegangen', 'buerger@example.org', '2026-03-05T08:00:00Z'),
      entry('forms.version.published', 'redaktion@iserlohn.example', '2026-02-01T09:00:00Z'),
    ]);
    const all = await auditor.get('/verwaltung/protokoll');
    const rows = tableRows(all.body).map((row) => row.join(' '));
    assert.equal(rows.length, 4);
    assert.match(rows[0] ?? '', /egov\.antrag_eingegangen/, 'unknown actions as recorded, newest first');
    assert.match(rows[1] ?? '', /Anmeldung/, "the kernel's actions in German");
    assert.match(rows[2] ?? '', /Rolle geändert/, "this module's actions in German");
    assert.match(rows[3] ?? '', /Formularversion veröffentlicht/, "other modules' actions in German, from their manifests");

    const count = async (query: string) => tableRows((await auditor.get(`/verwaltung/protokoll?${query}`)).body).length;
    assert.equal(await count('action=admin.'), 1);
    assert.equal(await count('actor=BUERGER'), 2);
    assert.equal(await count('objectType=user&objectId=u1'), 1);
    assert.equal(await count('from=03.03.2026&to=2026-03-03'), 1, 'a late-evening UTC entry belongs to the next Berlin day');
    assert.equal(await count('from=04.03.2026'), 1);

    const wrong = await auditor.get('/verwaltung/protokoll?from=31.02.2026&to=01.01.2026');
    assert.equal(wrong.statusCode, 400);
    assert.deepEqual(errorMessages(wrong.body), ['Geben Sie den Beginn des Zeitraums als Datum an, zum Beispiel 27.03.2026.']);
    const reversed = await auditor.get('/verwaltung/protokoll?from=05.03.2026&to=01.03.2026');
    assert.deepEqual(errorMessages(reversed.body), ['Das Ende des Zeitraums muss am oder nach dem Beginn liegen.']);
  });

  it('pages the protocol and keeps the filter in the page links', async () => {
    const admin = await personWith(t, 'admin');
    await t.db.insert(auditLog).values(Array.from({ length: 55 }, (_, i) => ({ action: 'admin.role_changed', actorLabel: 'cli', objectId: String(i) })));
    const first = await admin.get('/verwaltung/protokoll?action=admin.');
    assert.equal(tableRows(first.body).length, 50);
    assert.ok(links(first.body).some((link) => link.href === '/verwaltung/protokoll?action=admin.&page=2'));
    assert.equal(tableRows((await admin.get('/verwaltung/protokoll?action=admin.&page=2')).body).length, 5);
  });

  it('lists the outbox newest first with status in words and shows a mail as escaped text with clickable links', async () => {
    const admin = await personWith(t, 'admin');
    await sendMail(t.db, { to: 'alt@example.org', subject: 'Ältere Mail', text: 'alt' });
    await sendMail(t.db, {
      to: 'neu@example.org',
      subject: 'Bitte bestätigen',
      text: `Hallo <b>Welt</b>,\nbitte klicken: ${t.config.baseUrl}/konto/bestaetigen/abc123\nDanke`,
    });
    await t.worker.runOnce();
    const list = await admin.get('/verwaltung/postausgang');
    const rows = tableRows(list.body).map((row) => row.join(' '));
    assert.match(rows[0] ?? '', /Nur lokal \(kein SMTP\).*neu@example\.org.*Bitte bestätigen/);
    assert.match(rows[1] ?? '', /Ältere Mail/);
    assert.match(list.body, new RegExp(`nach ${t.config.mail.retentionDays} Tagen gelöscht`));
    const mail = links(list.body).find((link) => link.text === 'Bitte bestätigen');
    const detail = await admin.get(mail?.href ?? '');
    assert.match(detail.body, /<pre class="pre">Hallo &lt;b>Welt&lt;\/b>/);
    assert.ok(links(detail.body).some((link) => link.href === 'http://portal.test/konto/bestaetigen/abc123'));
  });

  it('seeds the Iserlohn departments and the demo accounts, idempotently', async () => {
    await seedAdminDemo(t.deps);
    await seedAdminDemo(t.deps);
    const rows = await t.db.select().from(departments);
    assert.deepEqual(rows.map((row) => row.id).sort(), ['bauordnung', 'buergeramt', 'it', 'jugendamt', 'ordnungsamt', 'stadtkasse']);
    const admin = await findUserByEmail(t.db, 'admin@iserlohn.example');
    const staff = await findUserByEmail(t.db, 'sachbearbeitung@iserlohn.example');
    assert.equal(admin?.role, 'admin');
    assert.equal(staff?.role, 'staff');
    assert.ok(staff?.emailVerifiedAt);
    assert.ok(await verifyPassword(admin?.passwordHash, demoLogins(t.config)!.password));
  });
});
