/**
 * Who may open which URL of an application: every back-office page and action, and the citizen's
 * own pages, for every kind of actor. Forbidden answers look exactly like missing ones (404), so
 * application ids cannot be probed; the table is the specification.
 */
import assert from 'node:assert/strict';
import { count, eq } from 'drizzle-orm';
import { after, before, describe } from 'node:test';
import { CLI_ACTOR } from '../../admin';
import { findFormVersion } from '../../forms';
import { createWebhookSubscription } from '../api/use-cases/create-webhook';
import { storeGeneratedFile } from '../attachments';
import { PATHS } from '../paths';
import { applicationEvents, applicationPayments, applications } from '../tables';
import { caseWorker, createApplication, seedCatalogue } from '../../../../tests/support/applications';
import { runAuthorizationMatrix, type MatrixClient, type MatrixRow } from '../../../../tests/support/authorization-matrix';
import { citizen, staffMember } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';

type ActorName = 'anonymous' | 'citizenA' | 'citizenB' | 'staffOwn' | 'staffOwnNoPermission' | 'staffOther' | 'admin';

interface Fixture {
  id: string;
  draftId: string;
  fileId: string;
  paymentId: string;
  pageId: string;
  webhookId: string;
  departmentId: string;
}

const STAFF_OK = { staffOwn: 200, admin: 200, otherwise: 404 };
const STAFF_REDIRECT = { staffOwn: 303, admin: 303, otherwise: 404 };
/** Webhooks: admins (or staff holding applications.webhooks, which no actor here has). */
const ADMIN_OK = { admin: 200, otherwise: 404 };

const MATRIX: MatrixRow<ActorName, Fixture>[] = [
  { what: 'inbox', method: 'GET', url: () => PATHS.inbox, expect: { ...STAFF_OK, staffOther: 200 } },
  { what: 'staff detail', method: 'GET', url: (fx) => PATHS.staffDetail(fx.id), expect: STAFF_OK },
  { what: 'staff detail of a draft', method: 'GET', url: (fx) => PATHS.staffDetail(fx.draftId), expect: { otherwise: 404 } },
  { what: 'staff file download', method: 'GET', url: (fx) => PATHS.staffFile(fx.id, fx.fileId), expect: STAFF_OK },
  { what: 'export JSON', method: 'GET', url: (fx) => PATHS.staffExportJson(fx.id), expect: STAFF_OK },
  { what: 'export PDF', method: 'GET', url: (fx) => PATHS.staffExportPdf(fx.id), expect: STAFF_OK },
  {
    what: 'assign',
    method: 'POST',
    url: (fx) => PATHS.staffAction(fx.id, 'zuweisen'),
    form: (_fx, actorId) => ({ assignee: actorId! }),
    expect: STAFF_REDIRECT,
  },
  {
    what: 'status',
    method: 'POST',
    url: (fx) => PATHS.staffAction(fx.id, 'status'),
    form: () => ({ status: 'in_progress', reason: '' }),
    expect: STAFF_REDIRECT,
  },
  { what: 'note', method: 'POST', url: (fx) => PATHS.staffAction(fx.id, 'notiz'), form: () => ({ note: 'Notiz' }), expect: STAFF_REDIRECT },
  {
    what: 'message',
    method: 'POST',
    url: (fx) => PATHS.staffAction(fx.id, 'nachricht'),
    form: () => ({ subject: 'Betreff', body: 'Text' }),
    expect: STAFF_REDIRECT,
  },
  {
    what: 'Bescheid',
    method: 'POST',
    url: (fx) => PATHS.staffAction(fx.id, 'bescheid'),
    form: () => ({ decision: 'approved', reasoning: 'Begründung' }),
    expect: STAFF_REDIRECT,
  },
  {
    what: 'mark invoice paid',
    method: 'POST',
    url: (fx) => PATHS.staffAction(fx.id, 'zahlung'),
    form: (fx) => ({ payment: fx.paymentId }),
    expect: STAFF_REDIRECT,
  },
  { what: 'webhooks list', method: 'GET', url: () => PATHS.staffWebhooks, expect: ADMIN_OK },
  { what: 'webhook form', method: 'GET', url: () => PATHS.staffWebhookNew, expect: ADMIN_OK },
  {
    what: 'webhook create',
    method: 'POST',
    url: () => PATHS.staffWebhookNew,
    form: (fx) => ({ department: fx.departmentId, url: 'https://fachverfahren.example/hook' }),
    expect: ADMIN_OK,
  },
  { what: 'webhook disable page', method: 'GET', url: (fx) => PATHS.staffWebhookDisable(fx.webhookId), expect: ADMIN_OK },
  { what: 'webhook disable', method: 'POST', url: (fx) => PATHS.staffWebhookDisable(fx.webhookId), form: () => ({}), expect: { admin: 303, otherwise: 404 } },
  { what: 'Meine Anträge detail', method: 'GET', url: (fx) => PATHS.mineDetail(fx.id), expect: { citizenA: 200, anonymous: 303, otherwise: 404 } },
  { what: 'applicant file download', method: 'GET', url: (fx) => PATHS.file(fx.id, fx.fileId), expect: { citizenA: 200, otherwise: 404 } },
  { what: 'receipt PDF', method: 'GET', url: (fx) => PATHS.receipt(fx.id), expect: { citizenA: 200, otherwise: 404 } },
  { what: 'form page of a draft', method: 'GET', url: (fx) => PATHS.page(fx.draftId, fx.pageId), expect: { citizenA: 200, otherwise: 404 } },
  { what: 'check answers of a draft', method: 'GET', url: (fx) => PATHS.check(fx.draftId), expect: { citizenA: 200, otherwise: 404 } },
];

const ACTORS: ActorName[] = ['anonymous', 'citizenA', 'citizenB', 'staffOwn', 'staffOwnNoPermission', 'staffOther', 'admin'];

describe('authorization matrix of applications', () => {
  let t: TestApp;
  const sessions = new Map<ActorName, MatrixClient>();
  let ownerId: string;
  let department: string;

  before(async () => {
    t = await createTestApp();
    department = (await seedCatalogue(t)).departmentId;
    const citizenA = await citizen(t);
    ownerId = citizenA.id;
    const anonymous = t.client();
    sessions.set('anonymous', { id: '00000000-0000-4000-8000-000000000000', get: (url) => anonymous.get(url), post: (url, form) => anonymous.post(url, form) });
    sessions.set('citizenA', citizenA);
    sessions.set('citizenB', await citizen(t));
    sessions.set('staffOwn', await caseWorker(t, [department]));
    sessions.set('staffOwnNoPermission', await staffMember(t, [department], { permissions: [] }));
    sessions.set('staffOther', await caseWorker(t, ['jugendamt']));
    sessions.set('admin', await staffMember(t, [department], { role: 'admin', permissions: [] }));
  });
  after(() => t.close());

  /** A fresh submitted application (with a file and an open invoice) and a draft of citizen A per case. */
  async function fixture(): Promise<Fixture> {
    const application = await createApplication(t, { applicantId: ownerId }, { applicantName: 'Erika Mustermann', feeCents: 3000, paymentStatus: 'open' });
    const draft = await createApplication(t, { applicantId: ownerId }, { status: 'draft' });
    const file = await storeGeneratedFile(t.deps, t.db, {
      application,
      kind: 'receipt',
      filename: 'Eingangsbestaetigung.pdf',
      bytes: Buffer.from('%PDF-1.4\n%%EOF\n'),
    });
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
    const form = await findFormVersion(t.db, application.formVersionId);
    const webhook = await createWebhookSubscription(CLI_ACTOR, { department, url: 'https://fachverfahren.example/hook' }, t);
    assert.ok(webhook.ok);
    return {
      id: application.id,
      draftId: draft.id,
      fileId: file.id,
      paymentId: payment!.id,
      pageId: form!.definition.pages[0]!.id,
      webhookId: webhook.id,
      departmentId: department,
    };
  }

  async function fingerprint(id: string) {
    const [row] = await t.db
      .select({ status: applications.status, assignee: applications.assigneeId, updatedAt: applications.updatedAt })
      .from(applications)
      .where(eq(applications.id, id));
    const [events] = await t.db.select({ value: count() }).from(applicationEvents).where(eq(applicationEvents.applicationId, id));
    return { ...row, events: events?.value };
  }

  runAuthorizationMatrix({ rows: MATRIX, actors: ACTORS, clients: sessions, fixture, snapshot: (fx) => fingerprint(fx.id) });
});
