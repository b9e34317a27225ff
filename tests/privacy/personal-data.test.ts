import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app';
import { auditLog } from '../../src/kernel/audit';
import { mailOutbox } from '../../src/kernel/mail';
import { applications } from '../../src/modules/applications/testing';
import { accessibilityReports } from '../../src/modules/site/testing';
import { formVersions } from '../../src/modules/forms/testing';
import { libraryReaders } from '../../src/modules/library/testing';
import { demoCitizen, tracesOf } from './demo-citizen';
import { pseudonymFor } from '../../src/modules/accounts/testing';
import { createAccount, logInAs } from '../support/people';

describe('accounts: Meine Daten, Mein Konto and deleting an account with data in every module', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());
  beforeEach(() => t.reset());

  it("exports one archive with the account and every module's part, and nothing of anyone else", async () => {
    const { user, client } = await demoCitizen(t);
    await demoCitizen(t, 'jemand.anders@example.de');
    const response = await client.get('/konto/meine-daten.json');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-disposition']), /^attachment; filename="meine-daten\.json"$/);
    assert.match(String(response.headers['cache-control']), /no-store/);
    assert.doesNotMatch(response.body, /jemand\.anders/);
    const archive = JSON.parse(response.body) as {
      generatedAt: string;
      explanation: string;
      data: Record<string, Record<string, unknown>>;
    };
    assert.ok(Math.abs(Date.parse(archive.generatedAt) - Date.now()) < 60_000);
    assert.match(archive.explanation, /Art\. 15 und 20 DSGVO/);
    assert.deepEqual(Object.keys(archive.data).sort(), ['accounts', 'applications', 'council', 'library', 'site']);
    assert.equal((archive.data.council!.councilMember as { person: string }).person, 'Anna Muster');
    assert.deepEqual(
      (archive.data.council!.councilAlerts as Array<{ follows: string }>).map((alert) => alert.follows),
      ['Suche „Radweg“'],
    );
    const library = archive.data.library as { libraryCard: { email: string }; loans: Array<{ title: string }> };
    assert.equal(library.libraryCard.email, user.email);
    assert.deepEqual(
      library.loans.map((loan) => loan.title),
      ['Tintenherz'],
    );
    const account = archive.data.accounts!;
    assert.equal(account.email, user.email);
    assert.equal(account.name, 'Erika Mustermann');
    assert.equal(account.activeSessions, 2);
    assert.deepEqual(
      (account.linkedLogins as Array<{ provider: string }>).map((login) => login.provider),
      ['https://bundid.example'],
    );
    assert.ok(account.createdAt && account.lastLoginAt);
    assert.equal((archive.data.applications!.applications as unknown[]).length, 2);
    const [report] = archive.data.site!.accessibilityReports as Array<{ email: string; description: string }>;
    assert.equal(report?.description, 'Der Kontrast ist zu schwach.');
  });

  it("shows a card per module on Mein Konto, with the counts of the person's own Anträge only", async () => {
    const { client } = await demoCitizen(t);
    await demoCitizen(t, 'jemand.anders@example.de');
    const page = await client.get('/konto');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<h2 id="overview-title">Ihre Daten im Portal<\/h2>/);
    assert.match(page.body, /<h3 class="card__title">Anträge<\/h3>\s*<p>1 Entwurf, 1 Antrag eingereicht oder in Bearbeitung, 0 Anträge abgeschlossen\.<\/p>/);
    assert.match(page.body, /<a href="\/konto\/antraege">Meine Anträge ansehen<\/a>/);
    assert.match(page.body, /<a href="\/konto\/meine-daten\.json" download>/);
    for (const href of ['/konto/email-aendern', '/konto/passwort-aendern', '/konto/loeschen']) assert.match(page.body, new RegExp(`href="${href}"`));

    const newcomer = t.client();
    await createAccount(t, { email: 'neu@example.de' });
    await logInAs(newcomer, 'neu@example.de');
    assert.match((await newcomer.get('/konto')).body, /Sie haben noch keinen Antrag online gestellt\./);
  });

  it('deletes a citizen with data in every module: afterwards no table holds their id or address', async () => {
    const person = await demoCitizen(t);
    const bystander = await demoCitizen(t, 'jemand.anders@example.de');
    assert.ok((await tracesOf(t, person.user)).length > 10, 'the scan sees the data before the deletion');

    await person.client.get('/konto/loeschen');
    const deleted = await person.client.post('/konto/loeschen', { password: 'Sonnenuntergang am Seilersee', confirm: 'ja' });
    assert.equal(deleted.statusCode, 303, deleted.body.slice(0, 1000));
    while ((await t.worker.runOnce()) > 0);

    // The goodbye mail is the one trace left on purpose: it must reach the person after the deletion.
    const traces = await tracesOf(t, person.user);
    const goodbye = await t.db.select().from(mailOutbox).where(eq(mailOutbox.subject, 'Ihr Bürgerkonto wurde gelöscht'));
    assert.equal(goodbye.length, 1);
    assert.deepEqual(
      traces.filter((trace) => !(trace.table === 'mail_outbox' && trace.row.includes('Ihr Bürgerkonto wurde gelöscht'))),
      [],
      'no other row names the person',
    );

    // Drafts are gone with their files; the submitted Antrag stays for its retention period, detached.
    assert.equal(await t.deps.files.get(person.draftBlob), null, 'the draft upload is deleted from the store');
    assert.ok(await t.deps.files.get(person.submittedBlob), 'the files of the submitted Antrag are kept');
    const kept = await t.db.select().from(applications).where(eq(applications.applicantName, 'Erika Mustermann'));
    assert.equal(kept.filter((row) => row.applicantEmail === null).length, 1, 'one submitted Antrag of hers is kept without address');
    assert.deepEqual(kept.find((row) => row.applicantEmail === null)?.answers, { requestType: '01' }, 'the answers stay, the e-mail answer goes');
    const [searchable] = await t.db
      .select({ hit: sql<boolean>`search @@ plainto_tsquery('german', ${person.user.email})` })
      .from(applications)
      .where(eq(applications.id, kept.find((row) => row.applicantEmail === null)!.id));
    assert.equal(searchable?.hit, false, 'the back-office search no longer finds her address');
    const reports = await t.db.select().from(accessibilityReports);
    assert.equal(
      reports.filter((report) => report.contactEmail === null && report.name === null).length,
      1,
      'her barrier report stays without name and address',
    );

    // The audit trail names the pseudonym only, and its deletion entry lists what happened, without personal data.
    const pseudonym = pseudonymFor(t.config.secret, person.user.id);
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'account.deleted'));
    assert.equal(entry?.objectId, pseudonym);
    const notes = (entry?.details as { notes: Array<{ module: string; what: string; outcome: string; count: number }> }).notes;
    assert.ok(notes.some((note) => note.module === 'applications' && note.outcome === 'deleted' && note.count === 1));
    assert.ok(notes.some((note) => note.module === 'applications' && note.what === 'Eingereichte Anträge in Bearbeitung' && note.outcome === 'pseudonymised'));
    assert.ok(notes.some((note) => note.module === 'site' && note.outcome === 'pseudonymised' && note.count === 1));
    assert.ok(notes.some((note) => note.module === 'accounts' && note.what.startsWith('Anmeldungen') && note.count === 2));
    assert.ok(notes.some((note) => note.module === 'library' && note.what === 'Büchereiausweis' && note.outcome === 'kept'));
    const [card] = await t.db.select().from(libraryReaders).where(eq(libraryReaders.name, 'Erika Mustermann')).limit(1);
    assert.ok(card, 'the library card itself stays with the library');

    // The other citizen keeps everything.
    assert.ok((await tracesOf(t, bystander.user)).some((trace) => trace.table === 'users'));
    assert.equal((await bystander.client.get('/konto/meine-daten.json')).statusCode, 200);

    const page = await person.client.get('/konto/geloescht');
    assert.match(page.body, /Antragsentwürfe mit Ihren Angaben und hochgeladenen Dateien/);
    assert.match(page.body, /Gemeldete Barrieren \(1\): Aufbewahrt, ohne Bezug zu Ihnen\.<\/strong> Die Meldung selbst bleibt/);
  });

  it('deletes a staff member who edited forms: the form versions stay, without their id', async () => {
    const editor = await createAccount(t, { email: 'redaktion@example.de', role: 'staff' });
    await t.db.insert(formVersions).values([
      {
        formKey: 'datenschutz-test',
        version: 1,
        status: 'published',
        definition: { title: 'T', pages: [] } as never,
        createdBy: editor.id,
        publishedBy: editor.id,
        publishedAt: new Date(),
      },
      { formKey: 'datenschutz-test', version: 2, status: 'draft', definition: { title: 'T', pages: [] } as never, createdBy: editor.id },
    ]);
    const client = t.client();
    await logInAs(client, editor.email);
    const archive = JSON.parse((await client.get('/konto/meine-daten.json')).body) as { data: { forms?: { formVersions: unknown[] } } };
    assert.equal(archive.data.forms?.formVersions.length, 2, 'Meine Daten names the versions they edited');
    await client.get('/konto/loeschen');
    assert.equal((await client.post('/konto/loeschen', { password: 'Sonnenuntergang am Seilersee', confirm: 'ja' })).statusCode, 303);
    const traces = await tracesOf(t, editor);
    assert.deepEqual(
      traces.filter((trace) => trace.table !== 'mail_outbox'),
      [],
      'no row but the goodbye mail names them',
    );
    assert.equal((await t.db.select().from(formVersions).where(eq(formVersions.formKey, 'datenschutz-test'))).length, 2, 'the versions stay');
  });

  it('finds what a module without an erase hook leaves behind, so such a module fails the test above', async () => {
    // A module added later with a table of its own that references users, and no personalData hook.
    await t.db.execute(sql`create table forgetful_notes (id serial primary key, author_id uuid not null, contact text)`);
    try {
      const person = await demoCitizen(t);
      await t.db.execute(sql`insert into forgetful_notes (author_id, contact) values (${person.user.id}, ${'Kontakt: ' + person.user.email})`);
      await person.client.get('/konto/loeschen');
      assert.equal((await person.client.post('/konto/loeschen', { password: 'Sonnenuntergang am Seilersee', confirm: 'ja' })).statusCode, 303);
      const traces = await tracesOf(t, person.user);
      assert.deepEqual(traces.filter((trace) => trace.table === 'forgetful_notes').length, 1, 'the forgotten row is reported');
    } finally {
      await t.db.execute(sql`drop table forgetful_notes`);
    }
  });
});
