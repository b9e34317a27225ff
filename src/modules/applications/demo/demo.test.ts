import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import { seedDemo } from '../../../bootstrap';
import { MODULES } from '../../../registry';
import type { TestClient } from '../../../../tests/support/test-client';
import { findUserByEmail } from '../../../kernel/auth';
import { demoLogins } from '../../admin';
import { PATHS } from '../paths';
import { applicationFiles, applicationMessages, applicationPayments, applications } from '../tables';
import { storedBytes } from '../../../../tests/support/files';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';

let t: TestApp;

const APPLICATIONS_DEMO = MODULES.filter((module) => ['accounts', 'services', 'forms', 'applications'].includes(module.id));

async function loggedIn(email: string): Promise<TestClient> {
  const client = t.client();
  const response = await client.submit('/konto/anmelden', { email, password: demoLogins(t.config)!.password });
  assert.equal(response.statusCode, 303, `${email} logs in with the demo password`);
  return client;
}

/** Text of an HTML page without tags, for matching what a reader sees. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('applications demo data', () => {
  before(async () => {
    t = await createTestApp();
    // Twice, like two starts of `npm start`: the second run must add nothing. Only the demo this one
    // builds on (accounts, catalogue, forms): the other areas' took most of this file's time.
    await seedDemo(t.deps, APPLICATIONS_DEMO);
    await seedDemo(t.deps, APPLICATIONS_DEMO);
  });
  after(() => t.close());
  it('seeds the demo citizen’s Anträge and eight guest Anträge once, through the real use cases', async () => {
    const rows = await t.db.select().from(applications).orderBy(asc(applications.submittedAt));
    assert.equal(rows.length, 12, 'a draft, three submitted Anträge of the citizen, eight of guests');
    const citizen = await findUserByEmail(t.db, 'buerger@iserlohn.example');
    assert.ok(citizen, 'demo citizen');
    const own = rows.filter((row) => row.applicantId === citizen.id);
    assert.deepEqual(own.map((row) => `${row.serviceSlug}:${row.status}`).sort(), [
      'bewohnerparkausweis:submitted',
      'gewerbe-anmeldung:awaiting_citizen',
      'hundesteuer-anmeldung:draft',
      'widerspruch-datenuebermittlung:approved',
    ]);
    const guests = rows.filter((row) => row.guestEmail !== null);
    assert.equal(guests.length, 8);
    assert.deepEqual([...new Set(guests.map((row) => row.departmentId))].sort(), ['buergeramt', 'ordnungsamt']);
    const now = Date.now();
    assert.ok(guests.filter((row) => row.dueAt!.getTime() < now).length >= 3, 'some are overdue');
    assert.ok(guests.filter((row) => row.assigneeId !== null).length >= 3, 'some are assigned');
    const references = rows.flatMap((row) => (row.reference ? [row.reference] : []));
    assert.equal(references.length, 11);
    assert.deepEqual(references, [...references].sort(), 'reference numbers follow the order of coming in');
  });

  it('stores real uploads, a paid fee and the Bescheid as a PDF in the Postfach', async () => {
    const [parking] = await t.db.select().from(applications).where(eq(applications.serviceSlug, 'bewohnerparkausweis'));
    assert.equal(parking?.paymentStatus, 'paid', 'paid through the Testbezahldienst');
    const [payment] = await t.db.select().from(applicationPayments).where(eq(applicationPayments.applicationId, parking.id));
    assert.equal(payment?.provider, 'test');
    const uploads = await t.db.select().from(applicationFiles).where(eq(applicationFiles.kind, 'answer'));
    assert.ok(uploads.length >= 4, 'the Zulassungsbescheinigung and photos of Fundsachen');
    for (const upload of uploads) {
      const bytes = await storedBytes(t.deps.files, upload.storageKey);
      const magic = upload.contentType === 'application/pdf' ? '%PDF' : '\x89PNG';
      assert.equal(bytes?.subarray(0, 4).toString('latin1'), magic, `${upload.filename} is a real ${upload.contentType}`);
    }
    const [bescheid] = await t.db
      .select({ file: applicationFiles, subject: applicationMessages.subject })
      .from(applicationFiles)
      .innerJoin(applicationMessages, eq(applicationMessages.id, applicationFiles.messageId))
      .where(and(eq(applicationFiles.kind, 'bescheid'), isNotNull(applicationFiles.messageId)));
    assert.ok(bescheid, 'the Bescheid is attached to a Postfach message');
    assert.match(bescheid.subject, /^Bescheid zu Ihrem Antrag ISN-\d{4}-\d{6}$/);
    assert.equal((await storedBytes(t.deps.files, bescheid.file.storageKey))?.subarray(0, 4).toString('latin1'), '%PDF');
  });

  it('shows the demo staff the Anträge of the Bürgeramt and the Ordnungsamt in the inbox', async () => {
    const staff = await loggedIn('sachbearbeitung@iserlohn.example');
    const inbox = await staff.get(PATHS.inbox);
    assert.equal(inbox.statusCode, 200);
    const page = text(inbox.body);
    const open = await t.db
      .select()
      .from(applications)
      .where(inArray(applications.status, ['submitted', 'in_progress', 'awaiting_citizen']));
    assert.equal(open.length, 10);
    for (const row of open) assert.ok(page.includes(row.reference!), `${row.reference} (${row.serviceSlug}) in the inbox`);
    assert.match(page, /überfällig/);
    assert.doesNotMatch(page, /Hundesteuer/, 'drafts and other departments stay out');
    assert.equal((await staff.get('/verwaltung/formulare')).statusCode, 200, 'the demo staff may edit forms');
  });

  it('shows the demo citizen „Meine Anträge“ with the Rückfrage and the Bescheid', async () => {
    const citizen = await loggedIn('buerger@iserlohn.example');
    const mine = await citizen.get(PATHS.mine);
    assert.equal(mine.statusCode, 200);
    const page = text(mine.body);
    for (const label of ['Entwurf', 'Eingegangen', 'Rückfrage', 'Bewilligt']) assert.match(page, new RegExp(label), `status ${label}`);
    const [asked] = await t.db.select().from(applications).where(eq(applications.status, 'awaiting_citizen'));
    const detail = text((await citizen.get(PATHS.mineDetail(asked!.id))).body);
    assert.match(detail, /Handwerkskarte für Ihre Gewerbeanmeldung/);
  });
});

describe('applications demo data without the Testbezahldienst (PAYMENT_PROVIDERS=invoice)', () => {
  let invoiceOnly: TestApp;
  before(async () => {
    invoiceOnly = await createTestApp({ env: { PAYMENT_PROVIDERS: 'invoice' } });
  });
  after(() => invoiceOnly.close());

  it('pays every fee by invoice and still submits everything', async () => {
    await seedDemo(invoiceOnly.deps, APPLICATIONS_DEMO);
    const payments = await invoiceOnly.db.select().from(applicationPayments);
    assert.ok(payments.length >= 3, 'Bewohnerparkausweis and two Halteverbotszonen');
    assert.deepEqual([...new Set(payments.map((payment) => payment.provider))], ['invoice']);
    assert.equal((await invoiceOnly.db.select().from(applications)).length, 12);
  });
});
