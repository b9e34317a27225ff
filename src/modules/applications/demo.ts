import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { pino } from 'pino';
import { createUser, findUserByEmail, userDepartments, userPermissions, type CurrentUser } from '../../kernel/auth';
import type { Database } from '../../kernel/db';
import { detectContentType, type UploadedFile } from '../../kernel/files';
import type { ModuleDeps } from '../../kernel/module';
import { renderPdf } from '../../kernel/pdf';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../admin';
import { computeFee, demoExamples, fileFieldsOf, findFormVersion, UPLOAD_TYPES, type AddressValue, type Answers, type DemoFormKey, type FieldDef } from '../forms';
import { findServiceForApplication } from '../services';
import { storeAnswerFiles } from './attachments';
import { saveDraftAnswers, submitApplication, type Applicant, type PageDeps } from './apply';
import { startApplication } from './apply/use-cases/start-application';
import { assignApplication } from './backoffice/use-cases/assign-application';
import { changeStatus } from './backoffice/use-cases/change-status';
import { issueBescheid } from './backoffice/use-cases/issue-bescheid';
import { sendMessage } from './backoffice/use-cases/send-message';
import { checkPayment } from './payments/use-cases/check-payment';
import { decideTestPayment } from './payments/use-cases/decide-test-payment';
import { startPayment } from './payments/use-cases/start-payment';
import { mayProcessApplication } from './policies';
import type { ApplicationRow } from './repository';
import { applicationEvents, applicationFiles, applicationPayments, applications } from './tables';

const CITIZEN_EMAIL = 'buerger@iserlohn.example';
const STAFF_EMAIL = 'sachbearbeitung@iserlohn.example';
/** Audit entries of the demo's back-office steps name the local machine. */
const DEMO_IP = '127.0.0.1';
/** A real 1×1 PNG: the content sniffing of uploads accepts it like a photo. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

type StaffStep =
  | { kind: 'assign' }
  | { kind: 'status'; to: 'in_progress' | 'awaiting_citizen'; reason?: string }
  | { kind: 'message'; subject: string; body: string }
  | { kind: 'bescheid'; reasoning: string };

/** One demo application: who applies for what, how many days ago it came in, what the department did since. */
interface DemoCase {
  form: DemoFormKey;
  /** The demo citizen's account, or a guest with this address. */
  guestEmail?: string;
  answers?: Answers;
  daysAgo: number;
  steps: StaffStep[];
}

const address = (street: string, houseNumber: string, postalCode = '58636'): AddressValue => ({ street, houseNumber, postalCode, city: 'Iserlohn' });

/** The demo citizen's Anträge beyond the draft: one waiting, one with a Rückfrage, one decided. */
const CITIZEN_CASES: DemoCase[] = [
  { form: 'bewohnerparkausweis', daysAgo: 1, steps: [] },
  {
    form: 'gewerbe-anmeldung',
    daysAgo: 4,
    steps: [
      { kind: 'assign' },
      { kind: 'status', to: 'awaiting_citizen', reason: 'Für ein Handwerk brauchen wir eine Kopie Ihrer Handwerkskarte.' },
      {
        kind: 'message',
        subject: 'Handwerkskarte für Ihre Gewerbeanmeldung',
        body: 'Guten Tag Frau Schulte,\n\nSie melden ein zulassungspflichtiges Handwerk an. Bitte senden Sie uns über diese Nachricht eine Kopie Ihrer Handwerkskarte (PDF oder Foto). Danach bearbeiten wir Ihre Anmeldung weiter.\n\nMit freundlichen Grüßen\nIhr Ordnungsamt',
      },
    ],
  },
  {
    form: 'widerspruch-datenuebermittlung',
    daysAgo: 9,
    steps: [
      { kind: 'status', to: 'in_progress' },
      { kind: 'bescheid', reasoning: 'Die beantragten Übermittlungssperren wurden für Sie und Ihr Kind im Melderegister eingetragen. Sie gelten, bis Sie sie widerrufen.' },
    ],
  },
];

/** Guests' Anträge in the inbox of the Bürgeramt and the Ordnungsamt: some overdue, some assigned. */
const GUEST_CASES: DemoCase[] = [
  {
    form: 'widerspruch-datenuebermittlung',
    guestEmail: 'fatma.demir@example.org',
    answers: {
      givenName: 'Fatma',
      familyName: 'Demir',
      birthDate: '1979-08-14',
      address: address('Theodor-Heuss-Ring', '18'),
      children: [{ childGivenName: 'Elif', childFamilyName: 'Demir', childBirthDate: '2019-06-03' }],
    },
    daysAgo: 12,
    steps: [],
  },
  {
    form: 'widerspruch-datenuebermittlung',
    guestEmail: 'marie.krueger@example.org',
    answers: { givenName: 'Marie', familyName: 'Krüger', birthDate: '1992-01-30', address: address('Hagener Straße', '112', '58642'), objections: ['parteien'], forChildren: 'nein' },
    daysAgo: 9,
    steps: [{ kind: 'assign' }, { kind: 'status', to: 'in_progress' }],
  },
  {
    form: 'halteverbotszone-umzug',
    guestEmail: 'soeren.wagner@example.org',
    answers: { givenName: 'Sören', familyName: 'Wagner', address: address('Mendener Straße', '7'), street: 'Mendener Straße', houseNumber: '7' },
    daysAgo: 6,
    steps: [{ kind: 'assign' }],
  },
  {
    form: 'fundsache-verlustmeldung',
    guestEmail: 'oezlem.yilmaz@example.org',
    answers: { givenName: 'Özlem', familyName: 'Yılmaz', email: 'oezlem.yilmaz@example.org', category: 'handy', description: 'Smartphone in dunkelblauer Hülle, Display oben links gesprungen', lostWhere: 'Bushaltestelle Stadtbahnhof, Bussteig 3' },
    daysAgo: 3,
    steps: [{ kind: 'assign' }],
  },
  {
    form: 'widerspruch-datenuebermittlung',
    guestEmail: 'paul.richter@example.org',
    answers: { givenName: 'Paul', familyName: 'Richter', birthDate: '1958-05-02', address: address('Baarstraße', '27'), objections: ['adressbuch', 'bundeswehr'], forChildren: 'nein' },
    daysAgo: 2,
    steps: [],
  },
  {
    form: 'fundsache-verlustmeldung',
    guestEmail: 'lukas.becker@example.org',
    answers: { givenName: 'Lukas', familyName: 'Becker', email: 'lukas.becker@example.org', category: 'tasche', description: 'Schwarzer Rucksack mit Laptop und Sportsachen', lostWhere: 'Sporthalle am Hemberg' },
    daysAgo: 1,
    steps: [],
  },
  {
    form: 'halteverbotszone-umzug',
    guestEmail: 'kaethe.bauer@example.org',
    answers: { givenName: 'Käthe', familyName: 'Bauer', address: address('Westfalenstraße', '41'), street: 'Westfalenstraße', houseNumber: '41' },
    daysAgo: 1,
    steps: [],
  },
  {
    form: 'fundsache-verlustmeldung',
    guestEmail: 'jens.hoffmann@example.org',
    answers: { givenName: 'Jens', familyName: 'Hoffmann', email: 'jens.hoffmann@example.org', category: 'schluessel', description: 'Schlüsselbund mit drei Schlüsseln und rotem Anhänger „Dechenhöhle“', lostWhere: 'Parkplatz am Seilersee' },
    daysAgo: 0,
    steps: [],
  },
];

/**
 * A living Bürgerplattform for `npm start`: the demo citizen's Anträge (a draft, one waiting, one
 * with a Rückfrage and a message, one approved with the Bescheid in the Postfach) and guests'
 * Anträge in the inbox of the demo staff, all made through the real use cases, so every row,
 * event, file, payment, audit entry and e-mail is what the portal itself writes. Runs only on an
 * installation without any Antrag.
 */
export async function seedApplicationsDemo(deps: ModuleDeps): Promise<void> {
  const [existing] = await deps.db.select({ id: applications.id }).from(applications).limit(1);
  if (existing) return;
  const citizen = await demoAccount(deps.db, CITIZEN_EMAIL);
  const staff = await demoAccount(deps.db, STAFF_EMAIL);
  // A draft with every answer given: the citizen can check and submit it.
  const draft = await applyFor(deps, citizen, { form: 'hundesteuer-anmeldung', daysAgo: 0, steps: [] });
  await saveAnswers(deps, draft);
  const cases = [...CITIZEN_CASES.map((demo) => ({ demo, who: citizen })), ...GUEST_CASES.map((demo) => ({ demo, who: null }))]
    // Oldest first, so reference numbers follow the order in which the Anträge came in.
    .sort((a, b) => b.demo.daysAgo - a.demo.daysAgo);
  // The submit use case logs refused (tampered) posts; the seed has no request to take the log from.
  const submitDeps: PageDeps = { ...deps, log: pino({ level: deps.config.logLevel }) };
  const submitted: { demo: DemoCase; application: ApplicationRow }[] = [];
  for (const { demo, who } of cases) {
    const started = await applyFor(deps, who, demo);
    submitted.push({ demo, application: await submit(deps, submitDeps, started, demo.daysAgo) });
  }
  for (const { demo, application } of submitted) {
    // An account changed by hand may not process this department's Anträge: they stay as submitted.
    if (mayProcessApplication(staff, application)) await processAsStaff(deps, staff, application.id, demo.steps);
  }
}

/**
 * The admin module seeds the demo accounts after this module (registry order); the ones the
 * Anträge need are created here from the same definitions, and the admin demo then skips them.
 */
async function demoAccount(db: Database, email: string): Promise<CurrentUser> {
  const account = DEMO_ACCOUNTS.find((candidate) => candidate.email === email);
  if (!account) throw new Error(`demo account ${email} is not defined in the admin demo`);
  const user = (await findUserByEmail(db, email)) ?? (await db.transaction((tx) => createUser(tx, { ...account, password: DEMO_PASSWORD, emailVerified: true })));
  const [departments, permissions] = await Promise.all([
    db.select({ id: userDepartments.departmentId }).from(userDepartments).where(eq(userDepartments.userId, user.id)),
    db.select({ id: userPermissions.permission }).from(userPermissions).where(eq(userPermissions.userId, user.id)),
  ]);
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    emailVerified: user.emailVerifiedAt !== null,
    departments: user.role === 'citizen' ? [] : departments.map((row) => row.id),
    permissions: new Set(user.role === 'citizen' ? [] : permissions.map((row) => row.id)),
  };
}

interface Started {
  application: ApplicationRow;
  applicant: Applicant;
  answers: Answers;
}

/** Starts the Antrag like the start page does; the example answers are dated as of the day it came in. */
async function applyFor(deps: ModuleDeps, account: CurrentUser | null, demo: DemoCase): Promise<Started> {
  const example = demoExamples(new Date(Date.now() - demo.daysAgo * 24 * 60 * 60 * 1000))[demo.form].answers;
  const answers: Answers = { ...example, ...(account && 'email' in example ? { email: account.email } : {}), ...demo.answers };
  // Without children the form hides the children's page: its answers are not given.
  if (answers.forChildren === 'nein') delete answers.children;
  const application = await startApplication(deps, { actor: account, guestIds: [], ip: DEMO_IP }, demo.form, demo.guestEmail);
  return { application, answers, applicant: { actor: account, guestIds: account ? [] : [application.id], ip: DEMO_IP } };
}

/** Uploads a real file for every file answer of the example (which names placeholder ids), then saves the answers. */
async function saveAnswers(deps: ModuleDeps, { application, answers, applicant }: Started): Promise<void> {
  const form = await findFormVersion(deps.db, application.formVersionId);
  if (!form) throw new Error(`form version ${application.formVersionId} is missing`);
  const withFiles: Answers = { ...answers };
  for (const field of fileFieldsOf(form.definition)) {
    if (!Array.isArray(answers[field.id])) continue;
    const file = await demoUpload(field);
    const { stored, errors } = await storeAnswerFiles(deps, { application, fieldId: field.id, field, files: [file], uploadedBy: applicant.actor?.id ?? null });
    if (errors.length > 0) throw new Error(`demo upload for ${field.id} refused: ${errors.join(' ')}`);
    withFiles[field.id] = stored.map((row) => row.id);
  }
  await saveDraftAnswers(deps.db, application.id, withFiles, computeFee(form.definition, withFiles).totalCents);
}

/** A small real document for a file field: a PDF where PDFs are accepted, else a PNG. */
async function demoUpload(field: FieldDef): Promise<UploadedFile> {
  const pdf = (field.accept ?? UPLOAD_TYPES).includes('application/pdf');
  const bytes = pdf
    ? await renderPdf({
        title: field.label,
        author: 'Stadtportal Iserlohn (Demo)',
        blocks: [
          { type: 'heading', text: field.label },
          { type: 'paragraph', text: 'Beispieldokument aus den Demo-Daten des Stadtportals. Es enthält keine echten Angaben.' },
        ],
      })
    : PNG;
  const detectedType = await detectContentType(bytes);
  return { fieldName: field.id, filename: `${field.label}.${pdf ? 'pdf' : 'png'}`, bytes, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), detectedType };
}

/** Pays where the Leistung asks for it before submitting (Testbezahldienst if offered, else by invoice), then submits. */
async function submit(deps: ModuleDeps, submitDeps: PageDeps, started: Started, daysAgo: number): Promise<ApplicationRow> {
  await saveAnswers(deps, started);
  const { application, applicant } = started;
  const service = await findServiceForApplication(deps.db, application.serviceSlug);
  if (service?.paymentPolicy === 'before_submission') await pay(deps, applicant, application.id);
  const outcome = await submitApplication(submitDeps, applicant, application.id, { submissionKey: application.submissionKey, declaration: true });
  if (!outcome.ok) throw new Error(`demo Antrag ${application.serviceSlug} was not submitted: ${outcome.reason}`);
  await backdate(deps.db, application.id, daysAgo);
  return outcome.application;
}

async function pay(deps: ModuleDeps, payer: Applicant, applicationId: string): Promise<void> {
  // The citizen pays online, guests by invoice (both ways show up in the back office), as far as the installation offers them.
  const preferred = payer.actor ? 'test' : 'invoice';
  const offered = deps.config.paymentProviders;
  const providerId = offered.includes(preferred) ? preferred : offered[0]!;
  const { payment } = await startPayment(deps, payer, { applicationId, providerId });
  if (providerId !== 'test') return;
  await decideTestPayment(deps.db, payment.providerTransactionId!, 'paid');
  await checkPayment(deps, payer, { applicationId, paymentId: payment.id });
}

/** The Antrag came in `days` ago: its dates, history, files and payments move back together. */
async function backdate(db: Database, id: string, days: number): Promise<void> {
  if (days === 0) return;
  const earlier = (column: unknown) => sql`${column} - make_interval(days => ${days})`;
  await db.transaction(async (tx) => {
    await tx
      .update(applications)
      .set({ createdAt: earlier(applications.createdAt), updatedAt: earlier(applications.updatedAt), submittedAt: earlier(applications.submittedAt), dueAt: earlier(applications.dueAt) })
      .where(eq(applications.id, id));
    await tx.update(applicationEvents).set({ createdAt: earlier(applicationEvents.createdAt) }).where(eq(applicationEvents.applicationId, id));
    await tx.update(applicationFiles).set({ createdAt: earlier(applicationFiles.createdAt) }).where(eq(applicationFiles.applicationId, id));
    await tx
      .update(applicationPayments)
      .set({ createdAt: earlier(applicationPayments.createdAt), updatedAt: earlier(applicationPayments.updatedAt), paidAt: earlier(applicationPayments.paidAt) })
      .where(eq(applicationPayments.applicationId, id));
  });
}

/** What the department did since, through the back-office use cases (audit log and e-mails included). */
async function processAsStaff(deps: ModuleDeps, staff: CurrentUser, id: string, steps: StaffStep[]): Promise<void> {
  for (const step of steps) {
    if (step.kind === 'assign') await assignApplication(staff, { id, assigneeId: staff.id, ip: DEMO_IP }, deps);
    if (step.kind === 'status') await changeStatus(staff, { id, to: step.to, reason: step.reason, ip: DEMO_IP }, deps);
    if (step.kind === 'message') await sendMessage(staff, { id, subject: step.subject, body: step.body, files: [], ip: DEMO_IP }, deps);
    if (step.kind === 'bescheid') await issueBescheid(staff, { id, decision: 'approved', reasoning: step.reasoning, ip: DEMO_IP }, deps);
  }
}
