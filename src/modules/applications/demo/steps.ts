import { eq, sql } from 'drizzle-orm';
import type { CurrentUser } from '../../../kernel/auth';
import { moduleSettings } from '../../../kernel/config';
import type { Database } from '../../../kernel/db';
import { storeUpload, type UploadedFile } from '../../../kernel/files';
import type { ModuleDeps } from '../../../kernel/module';
import { renderPdf } from '../../../kernel/pdf';
import { computeFee, fileFieldsOf, findFormVersion, UPLOAD_TYPES, type Answers, type FieldDef } from '../../forms';
import { findServiceForApplication } from '../../services';
import { storeAnswerFiles } from '../attachments';
import { saveDraftAnswers, submitApplication, type Applicant } from '../apply';
import { assignApplication } from '../backoffice/use-cases/assign-application';
import { changeStatus } from '../backoffice/use-cases/change-status';
import { issueBescheid } from '../backoffice/use-cases/issue-bescheid';
import { sendMessage } from '../backoffice/use-cases/send-message';
import { checkPayment } from '../payments/use-cases/check-payment';
import { decideTestPayment } from '../payments/use-cases/decide-test-payment';
import { paymentSettings } from '../payments/settings';
import { startPayment } from '../payments/use-cases/start-payment';
import type { ApplicationRow } from '../repository';
import { applicationEvents, applicationFiles, applicationPayments, applications } from '../tables';
import type { StaffStep } from './pack';

/** Audit entries of the demo's back-office steps name the local machine. */
export const DEMO_IP = '127.0.0.1';
/** A real 1×1 PNG: the content sniffing of uploads accepts it like a photo. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** An Antrag the demo has started, with the answers it will give. */
export interface Started {
  application: ApplicationRow;
  applicant: Applicant;
  answers: Answers;
}

/** Uploads a real file for every file answer of the example (which names placeholder ids), then saves the answers. */
export async function saveAnswers(deps: ModuleDeps, { application, answers, applicant }: Started): Promise<void> {
  const form = await findFormVersion(deps.db, application.formVersionId);
  if (!form) throw new Error(`form version ${application.formVersionId} is missing`);
  const withFiles: Answers = { ...answers };
  for (const field of fileFieldsOf(form.definition)) {
    if (!Array.isArray(answers[field.id])) continue;
    const file = await demoUpload(deps, field);
    const { stored, errors } = await storeAnswerFiles(deps, { application, fieldId: field.id, field, files: [file], uploadedBy: applicant.actor?.id ?? null });
    if (errors.length > 0) throw new Error(`demo upload for ${field.id} refused: ${errors.join(' ')}`);
    withFiles[field.id] = stored.map((row) => row.id);
  }
  await saveDraftAnswers(deps.db, application.id, withFiles, computeFee(form.definition, withFiles).totalCents);
}

/** A small real document for a file field: a PDF where PDFs are accepted, else a PNG. */
async function demoUpload(deps: ModuleDeps, field: FieldDef): Promise<UploadedFile> {
  const pdf = (field.accept ?? UPLOAD_TYPES).includes('application/pdf');
  const bytes = pdf
    ? await renderPdf({
        title: field.label,
        author: `Stadtportal ${deps.config.municipality.name} (Demo)`,
        blocks: [
          { type: 'heading', text: field.label },
          { type: 'paragraph', text: 'Beispieldokument aus den Demo-Daten des Stadtportals. Es enthält keine echten Angaben.' },
        ],
      })
    : PNG;
  return storeUpload(deps.files, { fieldName: field.id, filename: `${field.label}.${pdf ? 'pdf' : 'png'}`, body: bytes });
}

/** Pays where the Leistung asks for it before submitting (Testbezahldienst if offered, else by invoice), then submits. */
export async function submit(deps: ModuleDeps, started: Started, daysAgo: number): Promise<ApplicationRow> {
  await saveAnswers(deps, started);
  const { application, applicant } = started;
  const service = await findServiceForApplication(deps.db, application.serviceSlug);
  if (service?.paymentPolicy === 'before_submission') await pay(deps, applicant, application.id);
  const outcome = await submitApplication(applicant, { id: application.id, submissionKey: application.submissionKey, declaration: true }, deps);
  if (!outcome.ok) throw new Error(`demo Antrag ${application.serviceSlug} was not submitted: ${outcome.reason}`);
  await backdate(deps.db, application.id, daysAgo);
  return outcome.application;
}

async function pay(deps: ModuleDeps, payer: Applicant, applicationId: string): Promise<void> {
  // The citizen pays online, guests by invoice (both ways show up in the back office), as far as the installation offers them.
  const preferred = payer.actor ? 'test' : 'invoice';
  const offered = moduleSettings(deps, paymentSettings).providers;
  const providerId = offered.includes(preferred) ? preferred : offered[0]!;
  const { payment } = await startPayment(payer, { applicationId, providerId }, deps);
  if (providerId !== 'test') return;
  await decideTestPayment(null, { transactionId: payment.providerTransactionId!, outcome: 'paid' }, deps);
  await checkPayment(payer, { applicationId, paymentId: payment.id }, deps);
}

/** The Antrag came in `days` ago: its dates, history, files and payments move back together. */
async function backdate(db: Database, id: string, days: number): Promise<void> {
  if (days === 0) return;
  const earlier = (column: unknown) => sql`${column} - make_interval(days => ${days})`;
  await db.transaction(async (tx) => {
    await tx
      .update(applications)
      .set({
        createdAt: earlier(applications.createdAt),
        updatedAt: earlier(applications.updatedAt),
        submittedAt: earlier(applications.submittedAt),
        dueAt: earlier(applications.dueAt),
      })
      .where(eq(applications.id, id));
    await tx
      .update(applicationEvents)
      .set({ createdAt: earlier(applicationEvents.createdAt) })
      .where(eq(applicationEvents.applicationId, id));
    await tx
      .update(applicationFiles)
      .set({ createdAt: earlier(applicationFiles.createdAt) })
      .where(eq(applicationFiles.applicationId, id));
    await tx
      .update(applicationPayments)
      .set({
        createdAt: earlier(applicationPayments.createdAt),
        updatedAt: earlier(applicationPayments.updatedAt),
        paidAt: earlier(applicationPayments.paidAt),
      })
      .where(eq(applicationPayments.applicationId, id));
  });
}

/** What the department did since, through the back-office use cases (audit log and e-mails included). */
export async function processAsStaff(deps: ModuleDeps, staff: CurrentUser, id: string, steps: StaffStep[]): Promise<void> {
  for (const step of steps) {
    if (step.kind === 'assign') await assignApplication(staff, { id, assigneeId: staff.id, ip: DEMO_IP }, deps);
    if (step.kind === 'status') await changeStatus(staff, { id, to: step.to, reason: step.reason, ip: DEMO_IP }, deps);
    if (step.kind === 'message') await sendMessage(staff, { id, subject: step.subject, body: step.body, files: [], ip: DEMO_IP }, deps);
    if (step.kind === 'bescheid') await issueBescheid(staff, { id, decision: 'approved', reasoning: step.reasoning, ip: DEMO_IP }, deps);
  }
}
