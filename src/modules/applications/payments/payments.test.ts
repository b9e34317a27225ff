import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import { auditLog } from '../../../kernel/audit';
import { moduleSettings } from '../../../kernel/config';
import { formatMoney } from '../../../kernel/views';
import type { PaymentPolicy } from '../../services';
import { PATHS } from '../paths';
import { findApplication, type ApplicationRow } from '../repository';
import { applicationEvents, applicationPayments, testPaymentTransactions } from '../tables';
import { isPaymentSatisfied, latestPayment, markInvoicePaid, paymentProviders, paymentSettings } from './index';
import { createApplication, DEMO_SERVICE, guestCookie } from '../../../../tests/support/applications';
import { citizen } from '../../../../tests/support/people';
import { createTestApp, type TestApp, testConfig } from '../../../../tests/support/test-app';

const FEE = 3050;
const pathOf = (location: unknown) => new URL(String(location), 'http://portal.test').pathname;

describe('payments', () => {
  let t: TestApp;
  let owner: Awaited<ReturnType<typeof citizen>>;

  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());
  beforeEach(async () => {
    await t.reset();
    owner = await citizen(t);
  });

  async function applicationWith(
    policy: PaymentPolicy,
    values: Partial<ApplicationRow> = { status: 'draft', reference: null, submittedAt: null },
    applicant: { applicantId: string } | { guestEmail: string } = { applicantId: owner.id },
  ) {
    const application = await createApplication(t, applicant, { feeCents: FEE, ...values });
    await t.db.execute(sql`update services set payment_policy = ${policy} where slug = ${DEMO_SERVICE}`);
    await t.settled();
    return application;
  }

  /** GET the pay page, choose a provider; returns the redirect. */
  async function choose(application: ApplicationRow, provider: string) {
    const page = await owner.get(PATHS.pay(application.id));
    assert.equal(page.statusCode, 200, page.body.slice(0, 300));
    return owner.post(PATHS.pay(application.id), { provider });
  }

  const reload = async (application: ApplicationRow) => (await findApplication(t.db, application.id))!;

  it('pays with the Testbezahldienst: the return asks the provider and trusts nothing else', async () => {
    const application = await applicationWith('before_submission');
    const page = await owner.get(PATHS.pay(application.id));
    assert.match(page.body, /Gebühr bezahlen/);
    assert.match(page.body, /30,50\s€/);
    assert.match(page.body, /type="radio"[^>]*name="provider"[^>]*value="invoice"/);

    const started = await owner.post(PATHS.pay(application.id), { provider: 'test' });
    assert.equal(started.statusCode, 303);
    assert.match(String(started.headers.location), /^http:\/\/portal\.test\/testbezahldienst\/[0-9a-f-]{36}$/);
    const payment = (await latestPayment(t.db, application.id))!;
    assert.equal(payment.status, 'open');
    assert.equal((await reload(application)).paymentStatus, 'open');

    // Coming back without paying (or forging the return) changes nothing: the provider says open.
    const early = await owner.get(PATHS.paymentReturn(application.id, payment.id));
    assert.equal(early.statusCode, 200);
    assert.match(early.body, /noch nicht abgeschlossen/);
    assert.equal((await latestPayment(t.db, application.id))!.status, 'open');
    assert.equal(await isPaymentSatisfied(t.db, await reload(application), 'before_submission'), false);

    const providerPage = await t.client().get(pathOf(started.headers.location));
    assert.match(providerPage.body, /Testbezahldienst/);
    assert.match(providerPage.body, /es wird kein Geld bewegt/);
    const decided = await t.client().submit(pathOf(started.headers.location), { ergebnis: 'bezahlt' });
    assert.equal(decided.statusCode, 303);
    assert.equal(decided.headers.location, `http://portal.test${PATHS.paymentReturn(application.id, payment.id)}`);

    const back = await owner.get(PATHS.paymentReturn(application.id, payment.id));
    assert.equal(back.statusCode, 303);
    assert.equal(back.headers.location, PATHS.check(application.id), 'a draft goes back to the check page');
    const paid = (await latestPayment(t.db, application.id))!;
    assert.equal(paid.status, 'paid');
    assert.ok(paid.paidAt);
    assert.equal((await reload(application)).paymentStatus, 'paid');
    assert.equal(await isPaymentSatisfied(t.db, await reload(application), 'before_submission'), true);
    const events = await t.db
      .select()
      .from(applicationEvents)
      .where(and(eq(applicationEvents.applicationId, application.id), eq(applicationEvents.kind, 'payment')));
    assert.deepEqual(
      events.map((event) => [event.text, event.visibleToApplicant]),
      [[`Zahlung über ${formatMoney(FEE)} ist eingegangen (Testbezahldienst).`, true]],
    );

    // The return is idempotent, and a decided test payment cannot be changed.
    assert.equal((await owner.get(PATHS.paymentReturn(application.id, payment.id))).statusCode, 303);
    await t.client().submit(pathOf(started.headers.location), { ergebnis: 'abgebrochen' });
    assert.equal((await t.db.select().from(testPaymentTransactions))[0]!.status, 'paid');
    assert.equal((await t.db.select().from(applicationEvents).where(eq(applicationEvents.kind, 'payment'))).length, 1);
  });

  it('a cancelled payment is said plainly and can be tried again', async () => {
    const application = await applicationWith('optional', { status: 'submitted' });
    const started = await choose(application, 'test');
    await t.client().submit(pathOf(started.headers.location), { ergebnis: 'abgebrochen' });
    const payment = (await latestPayment(t.db, application.id))!;
    const back = await owner.get(PATHS.paymentReturn(application.id, payment.id));
    assert.equal(back.statusCode, 200);
    assert.match(back.body, /Die Zahlung wurde abgebrochen/);
    assert.match(back.body, new RegExp(`href="${PATHS.pay(application.id)}"`));
    assert.equal((await latestPayment(t.db, application.id))!.status, 'cancelled');
    assert.equal((await reload(application)).paymentStatus, 'failed');
    assert.equal((await owner.get(PATHS.pay(application.id))).statusCode, 200, 'may pay again');
  });

  it('pays by invoice: transfer details with the reference, open until the Stadtkasse marks it paid (audited)', async () => {
    const application = await applicationWith('after_decision', { status: 'approved' });
    const started = await choose(application, 'invoice');
    const payment = (await latestPayment(t.db, application.id))!;
    assert.equal(started.headers.location, PATHS.paymentReturn(application.id, payment.id));
    const details = await owner.get(PATHS.paymentReturn(application.id, payment.id));
    assert.equal(details.statusCode, 200);
    assert.match(details.body, /Bitte überweisen Sie die Gebühr/);
    assert.ok(details.body.includes(application.reference!), 'Verwendungszweck is the reference');
    assert.ok(details.body.includes(moduleSettings(t.deps, paymentSettings).recipient.bic));
    assert.equal(payment.instructions?.Verwendungszweck, application.reference);
    assert.equal((await latestPayment(t.db, application.id))!.status, 'open');

    const staffOf = (departments: string[]) => ({
      id: owner.id,
      email: 'kasse@iserlohn.example',
      displayName: 'Stadtkasse',
      role: 'staff' as const,
      emailVerified: true,
      departments,
      permissions: new Set(['applications.process']),
    });
    await assert.rejects(markInvoicePaid(staffOf(['anderer-fachbereich']), { applicationId: application.id, paymentId: payment.id }, t.deps), { status: 404 });
    await assert.rejects(
      markInvoicePaid(
        { ...staffOf([application.departmentId]), permissions: new Set<string>() },
        { applicationId: application.id, paymentId: payment.id },
        t.deps,
      ),
      { status: 403 },
    );
    assert.equal(
      await markInvoicePaid(staffOf([application.departmentId]), { applicationId: application.id, paymentId: payment.id, ip: '192.0.2.1' }, t.deps),
      true,
    );
    assert.equal(
      await markInvoicePaid(staffOf([application.departmentId]), { applicationId: application.id, paymentId: payment.id }, t.deps),
      false,
      'already paid',
    );
    assert.equal((await reload(application)).paymentStatus, 'paid');
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'applications.payment.marked_paid'));
    assert.equal(entry?.objectId, application.id);
    assert.equal(entry?.actorLabel, 'kasse@iserlohn.example');
    const back = await owner.get(PATHS.paymentReturn(application.id, payment.id));
    assert.equal(back.headers.location, PATHS.mineDetail(application.id), 'now paid: back to the application');
  });

  it('an issued invoice satisfies "pay before submitting"; nothing is needed without that policy or fee', async () => {
    const application = await applicationWith('before_submission');
    assert.equal(await isPaymentSatisfied(t.db, application, 'before_submission'), false);
    assert.equal(await isPaymentSatisfied(t.db, application, 'optional'), true);
    assert.equal(await isPaymentSatisfied(t.db, { ...application, feeCents: 0 }, 'before_submission'), true);
    await choose(application, 'invoice');
    assert.equal(await isPaymentSatisfied(t.db, await reload(application), 'before_submission'), true);
    // Answers changed after paying: the fee they cost now was not paid.
    assert.equal(await isPaymentSatisfied(t.db, { ...(await reload(application)), feeCents: FEE + 500 }, 'before_submission'), false);
  });

  it('offers payment only when the Leistung’s policy allows it at this stage', async () => {
    assert.equal((await owner.get(PATHS.pay((await applicationWith('none')).id))).statusCode, 409);
    assert.equal((await owner.get(PATHS.pay((await applicationWith('after_decision')).id))).statusCode, 409, 'not before the decision');
    assert.equal((await owner.get(PATHS.pay((await applicationWith('after_decision', { status: 'submitted' })).id))).statusCode, 409);
    assert.equal(
      (await owner.get(PATHS.pay((await applicationWith('before_submission', { status: 'draft', reference: null, submittedAt: null, feeCents: 0 })).id)))
        .statusCode,
      409,
      'no fee',
    );
    assert.equal(
      (await owner.get(PATHS.pay((await applicationWith('optional', { status: 'submitted', paymentStatus: 'paid' })).id))).statusCode,
      409,
      'already paid',
    );
  });

  it('asks again when no provider is chosen', async () => {
    const application = await applicationWith('optional', { status: 'submitted' });
    const response = await choose(application, '');
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /Wählen Sie aus, wie Sie bezahlen möchten\./);
    assert.match(response.body, /<title>Fehler: /);
    assert.equal(await latestPayment(t.db, application.id), null);
  });

  it('refuses to let anybody else pay or look at a payment (404 like a missing one)', async () => {
    const application = await applicationWith('optional', { status: 'submitted' });
    await choose(application, 'test');
    const payment = (await latestPayment(t.db, application.id))!;
    const stranger = await citizen(t);
    assert.equal((await stranger.get(PATHS.pay(application.id))).statusCode, 404);
    const own = await createApplication(t, { applicantId: stranger.id }, { feeCents: FEE });
    await stranger.get(PATHS.pay(own.id));
    assert.equal((await stranger.post(PATHS.pay(application.id), { provider: 'test' })).statusCode, 404);
    assert.equal((await stranger.get(PATHS.paymentReturn(application.id, payment.id))).statusCode, 404);
    assert.equal((await stranger.get(PATHS.paymentReturn(own.id, payment.id))).statusCode, 404, 'another application’s payment id');
    assert.equal((await t.client().get(PATHS.pay(application.id))).statusCode, 404, 'anonymous');
    assert.equal((await t.db.select().from(applicationPayments)).length, 1);
  });

  it('lets a guest with proven access pay their application', async () => {
    const application = await applicationWith('before_submission', { status: 'draft', reference: null, submittedAt: null }, { guestEmail: 'gast@example.org' });
    const guest = t.client();
    const cookie = () => ({ cookie: [guestCookie(t.config.secret, [application.id]), guest.cookieHeader()].filter(Boolean).join('; ') });
    assert.equal((await guest.get(PATHS.pay(application.id), cookie())).statusCode, 200);
    const started = await guest.post(PATHS.pay(application.id), { provider: 'invoice' }, cookie());
    assert.equal(started.statusCode, 303);
    assert.equal((await guest.get(PATHS.pay(application.id))).statusCode, 404, 'without the cookie');
  });

  it('offers the configured providers only', () => {
    assert.deepEqual(
      paymentProviders({ config: testConfig({ PAYMENT_PROVIDERS: 'invoice' }) }).map((provider) => provider.id),
      ['invoice'],
    );
    assert.deepEqual(
      paymentProviders(t.deps).map((provider) => provider.label),
      ['Rechnung / Überweisung', 'Testbezahldienst'],
    );
  });
});
