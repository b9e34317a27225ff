import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../../kernel/audit';
import { PATHS } from '../paths';
import { applicationEvents, applicationFiles, applicationMessages, applications } from '../tables';
import { findDepartment } from './repository';
import { addStaffActivity, createApplication, seedCatalogue } from '../../../../tests/support/applications';
import { SAMPLE_FILES } from '../../../../tests/support/files';
import { errorSummary } from '../../../../tests/support/html';
import { outbox } from '../../../../tests/support/mail';
import { citizen } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';

const STAFF = {
  reason: 'Das Foto ist unscharf.',
  note: 'Vermerk: Halter prüfen',
  subject: 'Neues Foto nötig',
  body: 'Bitte laden Sie ein schärferes Foto hoch.',
};

describe('Meine Anträge: one application, its Postfach and withdrawing', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  beforeEach(() => t.reset());
  after(() => t.close());

  it('shows status, what to do, the thread and the answers, but no internal notes or assignments', async () => {
    const person = await citizen(t);
    const application = await createApplication(t, { applicantId: person.id });
    await addStaffActivity(t, application, STAFF);
    const { statusCode, body } = await person.get(PATHS.mineDetail(application.id));
    assert.equal(statusCode, 200);
    assert.match(body, new RegExp(`<h1>Antrag ${application.reference}</h1>`));
    assert.match(body, /Wir brauchen noch etwas von Ihnen/);
    assert.ok(body.includes(STAFF.reason) && body.includes(STAFF.subject) && body.includes(STAFF.body));
    assert.match(body, /Einen neuen Bewohnerparkausweis/, 'answers summarised with the form');
    assert.ok(body.includes(`href="${PATHS.receipt(application.id)}"`));
    assert.ok(body.includes(`href="${PATHS.mineWithdraw(application.id)}"`));
    assert.doesNotMatch(body, /Halter prüfen|Zugewiesen/);
  });

  it("marks the department's messages read once shown", async () => {
    const person = await citizen(t);
    const application = await createApplication(t, { applicantId: person.id });
    await addStaffActivity(t, application, STAFF);
    assert.match((await person.get(PATHS.mineDetail(application.id))).body, /tag--info">Neu</);
    const [message] = await t.db.select().from(applicationMessages).where(eq(applicationMessages.applicationId, application.id));
    assert.ok(message?.readAt, 'read_at set');
    assert.doesNotMatch((await person.get(PATHS.mineDetail(application.id))).body, /tag--info">Neu</);
  });

  it('another citizen gets 404 for detail, message and withdraw; the application stays untouched', async () => {
    const owner = await citizen(t);
    const other = await citizen(t);
    const application = await createApplication(t, { applicantId: owner.id });
    const guests = await createApplication(t, { guestEmail: 'gast@example.org' });
    for (const id of [application.id, guests.id]) {
      assert.equal((await other.get(PATHS.mineDetail(id))).statusCode, 404);
      assert.equal((await other.get(PATHS.mineWithdraw(id))).statusCode, 404);
    }
    await other.get(PATHS.mine);
    assert.equal((await other.post(PATHS.mineMessage(application.id), { subject: 'Hallo', body: 'Text' })).statusCode, 404);
    assert.equal((await other.post(PATHS.mineMessage(application.id), { subject: '', body: '' })).statusCode, 404);
    assert.equal((await other.post(PATHS.mineWithdraw(application.id))).statusCode, 404);
    assert.equal((await t.db.select().from(applicationMessages)).length, 0);
    const [row] = await t.db.select().from(applications).where(eq(applications.id, application.id));
    assert.equal(row?.status, 'submitted');
    assert.equal((await other.get(PATHS.mineDetail('kein-uuid'))).statusCode, 404);
  });

  it('a reply is stored, the department is told without the content, the status stays', async () => {
    const person = await citizen(t);
    const application = await createApplication(t, { applicantId: person.id });
    await addStaffActivity(t, application, STAFF);
    await person.get(PATHS.mineDetail(application.id));
    const response = await person.post(PATHS.mineMessage(application.id), {
      subject: 'Neues Foto',
      body: 'Anbei das Foto.\n\nMein Kennzeichen ist MK-AB 123.',
    });
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, `${PATHS.mineDetail(application.id)}#postfach-title`);
    const page = await person.get(PATHS.mineDetail(application.id));
    assert.match(page.body, /Ihre Nachricht wurde gesendet/);
    assert.match(page.body, /Mein Kennzeichen ist MK-AB 123/);
    const [row] = await t.db.select().from(applications).where(eq(applications.id, application.id));
    assert.equal(row?.status, 'awaiting_citizen');
    const [mail] = await outbox(t);
    assert.equal(mail?.toAddress, (await findDepartment(t.db, row!.departmentId))?.email);
    assert.ok(mail?.textBody.includes(PATHS.staffDetail(application.id)));
    assert.doesNotMatch(`${mail?.subject} ${mail?.textBody}`, /Kennzeichen|Neues Foto/);
  });

  it('a reply without subject or text comes back with messages at the fields (400)', async () => {
    const person = await citizen(t);
    const application = await createApplication(t, { applicantId: person.id });
    await person.get(PATHS.mineDetail(application.id));
    const response = await person.post(PATHS.mineMessage(application.id), { subject: ' ', body: 'Nur Text' });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /<title>Fehler: /);
    assert.ok(errorSummary(response.body).some((entry) => entry.href === '#subject' && entry.text.startsWith('Geben Sie einen Betreff an.')));
    assert.match(response.body, />Nur Text<\/textarea>/);
    assert.equal((await t.db.select().from(applicationMessages)).length, 0);
  });

  it('withdraws an open application after confirmation: event, closed, deletion date, audit, mails', async () => {
    const person = await citizen(t);
    const application = await createApplication(t, { applicantId: person.id });
    const confirm = await person.get(PATHS.mineWithdraw(application.id));
    assert.equal(confirm.statusCode, 200);
    assert.match(confirm.body, /Möchten Sie Ihren Antrag .* zurückziehen\?/);
    const response = await person.post(PATHS.mineWithdraw(application.id));
    assert.equal(response.statusCode, 303);
    const [row] = await t.db.select().from(applications).where(eq(applications.id, application.id));
    assert.equal(row?.status, 'withdrawn');
    assert.ok(row?.closedAt && row.deleteAfter);
    const service = await seedCatalogue(t);
    assert.equal(
      Math.round((row.deleteAfter.getTime() - row.closedAt.getTime()) / 86_400_000),
      service.retentionDays,
      "kept for the Leistung's retention period",
    );
    const events = await t.db
      .select()
      .from(applicationEvents)
      .where(and(eq(applicationEvents.applicationId, application.id), eq(applicationEvents.toStatus, 'withdrawn')));
    assert.equal(events.length, 1);
    assert.equal(events[0]?.visibleToApplicant, true);
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'applications.withdrawn'));
    assert.equal(entry?.objectId, application.id);
    const mails = await outbox(t);
    const department = await findDepartment(t.db, row.departmentId);
    assert.deepEqual(mails.map((mail) => mail.toAddress).sort(), [person.email, department?.email].sort());
    const again = await person.post(PATHS.mineWithdraw(application.id));
    assert.equal(again.statusCode, 303);
    assert.match((await person.get(PATHS.mineDetail(application.id))).body, /kann nicht mehr zurückgezogen werden/);
  });

  it('a draft has no detail page: it continues where answers are missing', async () => {
    const person = await citizen(t);
    const draft = await createApplication(t, { applicantId: person.id }, { status: 'draft', answers: {} });
    const response = await person.get(PATHS.mineDetail(draft.id));
    assert.equal(response.statusCode, 303);
    assert.match(String(response.headers.location), new RegExp(`^/antraege/${draft.id}/seite/`));
  });
  it('stores attachments of a reply and links them; a disguised file is refused at the field', async () => {
    const person = await citizen(t);
    const application = await createApplication(t, { applicantId: person.id });
    await person.get(PATHS.mineDetail(application.id));
    const fake = await person.postMultipart(PATHS.mineMessage(application.id), { subject: 'Nachweis', body: 'Anbei' }, [
      { field: 'attachments', filename: 'nachweis.pdf', contentType: 'application/pdf', bytes: Buffer.from('MZ\x90\x00 not really a pdf') },
    ]);
    assert.equal(fake.statusCode, 400);
    assert.ok(errorSummary(fake.body).some((entry) => entry.href === '#attachments' && entry.text.startsWith('Die Datei „nachweis.pdf“')));
    assert.equal((await t.db.select().from(applicationMessages)).length, 0);
    const sent = await person.postMultipart(PATHS.mineMessage(application.id), { subject: 'Nachweis', body: 'Anbei das Foto' }, [
      { field: 'attachments', filename: 'foto.png', contentType: 'image/png', bytes: SAMPLE_FILES.png },
    ]);
    assert.equal(sent.statusCode, 303);
    const [file] = await t.db.select().from(applicationFiles).where(eq(applicationFiles.applicationId, application.id));
    const [message] = await t.db.select().from(applicationMessages).where(eq(applicationMessages.applicationId, application.id));
    assert.equal(file?.kind, 'message');
    assert.equal(file?.messageId, message?.id);
    assert.equal(file?.contentType, 'image/png');
    const page = await person.get(PATHS.mineDetail(application.id));
    assert.ok(page.body.includes(`href="${PATHS.file(application.id, file!.id)}"`));
  });

  it('offers "Jetzt bezahlen" only while a requested fee is unpaid', async () => {
    const person = await citizen(t);
    const open = await createApplication(t, { applicantId: person.id }, { feeCents: 3070, paymentStatus: 'open' });
    const paid = await createApplication(t, { applicantId: person.id }, { feeCents: 3070, paymentStatus: 'paid' });
    const openPage = await person.get(PATHS.mineDetail(open.id));
    assert.match(openPage.body, /30,70\s€/);
    assert.ok(openPage.body.includes(`href="${PATHS.pay(open.id)}"`));
    assert.ok(!(await person.get(PATHS.mineDetail(paid.id))).body.includes(PATHS.pay(paid.id)));
  });
});
