import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { after, before, beforeEach, describe, it } from 'node:test';
import { auditLog } from '../../../kernel/audit';
import { PATHS } from '../paths';
import type { ApplicationRow } from '../repository';
import { applicationEvents, applicationFiles, applicationMessages, applicationPayments, applications } from '../tables';
import { caseWorker, createApplication, seedCatalogue } from '../../../../tests/support/applications';
import { SAMPLE_FILES, storedBytes } from '../../../../tests/support/files';
import { csrfTokenIn } from '../../../../tests/support/html';
import { outbox } from '../../../../tests/support/mail';
import { citizen, type Person } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';

describe('back office actions', () => {
  let t: TestApp;
  let department: string;
  let retentionDays: number;
  let applicant: Person;
  let staff: Person;
  let application: ApplicationRow;

  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());
  beforeEach(async () => {
    await t.reset();
    const service = await seedCatalogue(t);
    department = service.departmentId;
    retentionDays = service.retentionDays;
    applicant = await citizen(t);
    staff = await caseWorker(t, [department], { name: 'Petra Prüfer' });
    application = await createApplication(t, { applicantId: applicant.id }, { applicantName: 'Erika Mustermann' });
  });

  const reload = async () => (await t.db.select().from(applications).where(eq(applications.id, application.id)))[0]!;
  const events = () => t.db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, application.id)).orderBy(applicationEvents.createdAt);
  const audits = (action: string) =>
    t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, action), eq(auditLog.objectId, application.id)));

  async function act(action: Parameters<typeof PATHS.staffAction>[1], form: Record<string, string>) {
    await staff.get(PATHS.staffDetail(application.id));
    return staff.post(PATHS.staffAction(application.id, action), form);
  }

  it("shows the detail page with the answers of the application's own form version", async () => {
    const response = await staff.get(PATHS.staffDetail(application.id));
    assert.equal(response.statusCode, 200);
    assert.match(response.body, new RegExp(`<h1>Antrag ${application.reference}`));
    assert.match(response.body, /Erika Mustermann/);
    assert.match(response.body, /<h2 id="answers-title">Angaben<\/h2>\s*<h3>/);
  });

  it('assigns to me and to a colleague, internally and audited; a stranger cannot be assigned', async () => {
    const colleague = await caseWorker(t, [department], { name: 'Karl Kollege' });
    const outsider = await caseWorker(t, ['jugendamt']);
    let response = await act('zuweisen', { assignee: staff.id });
    assert.equal(response.statusCode, 303);
    assert.equal((await reload()).assigneeId, staff.id);
    response = await act('zuweisen', { assignee: colleague.id });
    assert.equal((await reload()).assigneeId, colleague.id);
    response = await act('zuweisen', { assignee: outsider.id });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /Es gibt ein Problem/);
    assert.match(response.body, /Wählen Sie eine Person aus dem Fachbereich aus/);
    assert.equal((await reload()).assigneeId, colleague.id);
    const assignments = (await events()).filter((event) => event.kind === 'assignment');
    assert.equal(assignments.length, 2);
    assert.ok(assignments.every((event) => !event.visibleToApplicant));
    assert.equal((await audits('applications.assigned')).length, 2);
  });

  it('requires a reason for a Rückfrage, then records it for the citizen and e-mails them', async () => {
    let response = await act('status', { status: 'awaiting_citizen', reason: '' });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /<title>Fehler: /);
    assert.match(response.body, /href="#reason"/);
    assert.equal((await reload()).status, 'submitted');
    const mailsBefore = (await outbox(t)).length;
    response = await act('status', { status: 'awaiting_citizen', reason: 'Bitte reichen Sie die Zulassung nach.' });
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, PATHS.staffDetail(application.id));
    assert.equal((await reload()).status, 'awaiting_citizen');
    const event = (await events()).find((row) => row.toStatus === 'awaiting_citizen')!;
    assert.equal(event.visibleToApplicant, true);
    assert.equal(event.text, 'Bitte reichen Sie die Zulassung nach.');
    const mails = await outbox(t);
    assert.equal(mails.length, mailsBefore + 1);
    assert.equal(mails[0]!.toAddress, applicant.email);
    assert.doesNotMatch(mails[0]!.textBody, /Zulassung/, 'the reason stays in the portal');
    assert.equal((await audits('applications.status_changed')).length, 1);
    const page = await staff.get(PATHS.staffDetail(application.id));
    assert.match(page.body, /Der Status ist jetzt „Rückfrage“/);
  });

  it('refuses moves outside the workflow with a message at the field', async () => {
    await t.db.update(applications).set({ status: 'approved' }).where(eq(applications.id, application.id));
    const response = await act('status', { status: 'in_progress', reason: '' });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /kann der Antrag nicht auf „In Bearbeitung“ gesetzt werden/);
    assert.equal((await reload()).status, 'approved');
  });

  it('closes with a rejection: reason required, closed_at and delete_after set from the Leistung', async () => {
    const response = await act('status', { status: 'rejected', reason: 'Die Voraussetzungen liegen nicht vor.' });
    assert.equal(response.statusCode, 303);
    const row = await reload();
    assert.equal(row.status, 'rejected');
    assert.ok(row.closedAt && row.deleteAfter);
    assert.equal(Math.round((row.deleteAfter.getTime() - row.closedAt.getTime()) / 86_400_000), retentionDays);
  });

  it('keeps internal notes internal: not visible to the applicant, no e-mail, audited without the text', async () => {
    const mailsBefore = (await outbox(t)).length;
    const response = await act('notiz', { note: 'Halterabfrage beim KBA läuft.' });
    assert.equal(response.statusCode, 303);
    const note = (await events()).find((event) => event.kind === 'note')!;
    assert.equal(note.visibleToApplicant, false);
    assert.equal((await outbox(t)).length, mailsBefore);
    const [entry] = await audits('applications.note_added');
    assert.doesNotMatch(JSON.stringify(entry!.details), /KBA/);
    assert.match((await staff.get(PATHS.staffDetail(application.id))).body, /Halterabfrage beim KBA läuft\.[\s\S]*nur intern/);
    assert.doesNotMatch((await applicant.get(PATHS.mineDetail(application.id))).body, /KBA/);
    assert.equal((await act('notiz', { note: ' ' })).statusCode, 400);
  });

  it('sends a message with a PDF attachment (multipart) into the Postfach and e-mails a notice', async () => {
    const page = await staff.get(PATHS.staffDetail(application.id));
    const response = await staff.postMultipart(
      PATHS.staffAction(application.id, 'nachricht'),
      { _csrf: csrfTokenIn(page.body), subject: 'Ihre Unterlagen', body: 'Bitte prüfen Sie das angehängte Formular.' },
      [{ field: 'attachments', filename: 'Formular.pdf', contentType: 'application/pdf', bytes: SAMPLE_FILES.pdf }],
    );
    assert.equal(response.statusCode, 303, response.body.slice(0, 400));
    const [message] = await t.db.select().from(applicationMessages).where(eq(applicationMessages.applicationId, application.id));
    assert.equal(message!.direction, 'to_applicant');
    assert.equal(message!.senderId, staff.id);
    const [file] = await t.db.select().from(applicationFiles).where(eq(applicationFiles.messageId, message!.id));
    assert.equal(file!.filename, 'Formular.pdf');
    const download = await staff.get(PATHS.staffFile(application.id, file!.id));
    assert.equal(download.statusCode, 200);
    assert.deepEqual(download.rawPayload, SAMPLE_FILES.pdf);
    const [mail] = await outbox(t);
    assert.match(mail!.subject, /Neue Nachricht/);
    assert.doesNotMatch(mail!.textBody, /angehängte Formular/);
  });

  it('shows the message form again when subject or text is missing', async () => {
    const response = await act('nachricht', { subject: '', body: '' });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /Geben Sie einen Betreff an\./);
    assert.match(response.body, /Geben Sie den Text der Nachricht an\./);
  });

  it('issues a Bescheid: PDF stored and delivered in the Postfach, application closed, one transaction', async () => {
    const response = await act('bescheid', { decision: 'approved', reasoning: 'Die Voraussetzungen nach § 45 StVO liegen vor.' });
    assert.equal(response.statusCode, 303, response.body.slice(0, 400));
    const row = await reload();
    assert.equal(row.status, 'approved');
    assert.ok(row.closedAt && row.deleteAfter);
    const [file] = await t.db
      .select()
      .from(applicationFiles)
      .where(and(eq(applicationFiles.applicationId, application.id), eq(applicationFiles.kind, 'bescheid')));
    assert.equal(file!.contentType, 'application/pdf');
    assert.ok(file!.messageId, 'the PDF is attached to the Postfach message');
    const [message] = await t.db.select().from(applicationMessages).where(eq(applicationMessages.id, file!.messageId!));
    assert.match(message!.subject, /Bescheid/);
    const bytes = (await storedBytes(t.deps.files, file!.storageKey))!;
    assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
    assert.ok((await events()).some((event) => event.kind === 'bescheid' && event.visibleToApplicant));
    assert.match((await outbox(t))[0]!.subject, /Bescheid/);
    assert.equal((await audits('applications.bescheid_issued')).length, 1);
    const again = await act('bescheid', { decision: 'rejected', reasoning: 'Zweiter Versuch.' });
    assert.equal(again.statusCode, 400, 'a closed application takes no second Bescheid');
    assert.match(again.body, /href="#decision"/);
  });

  it('marks an invoice paid when the Stadtkasse reports it, and says so on the page', async () => {
    await t.db.update(applications).set({ feeCents: 3000, paymentStatus: 'open' }).where(eq(applications.id, application.id));
    const [payment] = await t.db
      .insert(applicationPayments)
      .values({
        applicationId: application.id,
        provider: 'invoice',
        providerTransactionId: `rechnung-${application.id}`,
        amountCents: 3000,
        purpose: application.reference!,
        status: 'open',
      })
      .returning();
    const page = await staff.get(PATHS.staffDetail(application.id));
    assert.match(page.body, /Als bezahlt markieren/);
    const response = await act('zahlung', { payment: payment!.id });
    assert.equal(response.statusCode, 303);
    const [paid] = await t.db.select().from(applicationPayments).where(eq(applicationPayments.id, payment!.id));
    assert.equal(paid!.status, 'paid');
    assert.equal((await reload()).paymentStatus, 'paid');
    assert.match((await staff.get(PATHS.staffDetail(application.id))).body, /Die Rechnung ist als bezahlt markiert\./);
  });

  it('exports the handover JSON and a PDF with answers and history', async () => {
    const json = await staff.get(PATHS.staffExportJson(application.id));
    assert.equal(json.statusCode, 200);
    assert.match(String(json.headers['content-disposition']), new RegExp(`Antrag-${application.reference}\\.json`));
    const document = JSON.parse(json.body) as Record<string, unknown>;
    assert.equal(JSON.stringify(document).includes(application.reference!), true);
    const pdf = await staff.get(PATHS.staffExportPdf(application.id));
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
    assert.equal((await audits('applications.exported')).length, 2);
  });
});
