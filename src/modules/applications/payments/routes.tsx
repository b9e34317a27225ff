import type { FastifyInstance, FastifyRequest } from 'fastify';
import { moduleSettings } from '../../../kernel/config';
import type { ModuleDeps } from '../../../kernel/module';
import { errors, parseForm } from '../../../kernel/http';
import { guestApplicationIds } from '../apply/guest-access';
import { PATHS } from '../paths';
import type { ApplicationRow } from '../repository';
import { paymentSettings } from './settings';
import { payFormSchema, testDecisionSchema } from './schemas';
import { checkPayment } from './use-cases/check-payment';
import type { Payer } from './use-cases/context';
import { decideTestPayment } from './use-cases/decide-test-payment';
import { openPayment } from './use-cases/open-payment';
import { showTestTransaction } from './use-cases/show-test-transaction';
import { paymentPurpose, startPayment } from './use-cases/start-payment';
import type { PaymentProvider } from './providers';
import { InvoicePage } from './views/invoice-page';
import { OutcomePage, outcomeTitle } from './views/outcome-page';
import { PayPage } from './views/pay-page';
import { TestProviderPage } from './views/test-provider-page';

type AppParams = { Params: { id: string } };

/** Where the applicant continues after paying: the check page of a draft, else their application. */
function nextStep(application: ApplicationRow): { href: string; label: string } {
  if (application.status === 'draft') return { href: PATHS.check(application.id), label: 'Weiter zum Absenden des Antrags' };
  if (application.applicantId) return { href: PATHS.mineDetail(application.id), label: 'Zu Ihrem Antrag' };
  return { href: PATHS.confirmation(application.id), label: 'Zurück zu Ihrem Antrag' };
}

/** "Gebühr bezahlen", the return from the provider, and the Testbezahldienst's own page. */
export function registerPaymentRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const payerOf = (request: FastifyRequest): Payer => ({ actor: request.user, guestIds: guestApplicationIds(request, deps.config.secret) });

  const payPage = (
    application: ApplicationRow,
    serviceName: string,
    providers: PaymentProvider[],
    extra: { errors?: Record<string, string>; selected?: string } = {},
  ) => (
    <PayPage
      applicationId={application.id}
      serviceName={serviceName}
      amountCents={application.feeCents}
      purpose={paymentPurpose(application)}
      providers={providers}
      {...extra}
    />
  );

  app.get<AppParams>(PATHS.pay(':id'), async (request, reply) => {
    const { application, service, providers } = await openPayment(payerOf(request), { applicationId: request.params.id }, deps);
    return reply.page({ title: 'Gebühr bezahlen', body: payPage(application, service.name, providers) });
  });

  app.post<AppParams>(PATHS.pay(':id'), async (request, reply) => {
    const { application, service, providers } = await openPayment(payerOf(request), { applicationId: request.params.id }, deps);
    const parsed = parseForm(payFormSchema(providers.map((provider) => provider.id) as [string, ...string[]]), request.body);
    if (!parsed.ok) {
      return reply.page({
        title: 'Gebühr bezahlen',
        hasErrors: true,
        body: payPage(application, service.name, providers, { errors: parsed.errors, selected: parsed.values.provider }),
      });
    }
    const { redirectUrl } = await startPayment(payerOf(request), { applicationId: application.id, providerId: parsed.data.provider }, deps);
    return reply.redirect(redirectUrl, 303);
  });

  app.get<{ Params: { id: string; paymentId: string } }>(PATHS.paymentReturn(':id', ':paymentId'), async (request, reply) => {
    const { application, payment } = await checkPayment(payerOf(request), { applicationId: request.params.id, paymentId: request.params.paymentId }, deps);
    const next = nextStep(application);
    if (payment.status === 'paid') return reply.flash('Vielen Dank. Ihre Zahlung ist eingegangen.').redirect(next.href, 303);
    reply.header('cache-control', 'no-store');
    if (payment.status === 'open' && payment.instructions) {
      return reply.page({
        title: 'Bitte überweisen Sie die Gebühr',
        body: <InvoicePage instructions={payment.instructions} continueHref={next.href} continueLabel={next.label} />,
      });
    }
    return reply.page({
      title: outcomeTitle(payment),
      body: <OutcomePage payment={payment} payHref={PATHS.pay(application.id)} backHref={next.href} backLabel={next.label} />,
    });
  });

  // The Testbezahldienst exists only where it is offered (never by default in production).
  if (!moduleSettings(deps, paymentSettings).providers.includes('test')) return;

  app.get<{ Params: { transactionId: string } }>(PATHS.testProvider(':transactionId'), async (request, reply) => {
    const transaction = await showTestTransaction(request.user, { transactionId: request.params.transactionId }, deps);
    return reply.header('cache-control', 'no-store').page({ title: 'Testbezahldienst', body: <TestProviderPage transaction={transaction} /> });
  });

  app.post<{ Params: { transactionId: string } }>(PATHS.testProvider(':transactionId'), async (request, reply) => {
    const parsed = parseForm(testDecisionSchema, request.body);
    // Only the two buttons send this form: anything else just shows the page again.
    if (!parsed.ok) return reply.redirect(PATHS.testProvider(request.params.transactionId), 303);
    const transaction = await decideTestPayment(
      request.user,
      { transactionId: request.params.transactionId, outcome: parsed.data.ergebnis === 'bezahlt' ? 'paid' : 'cancelled' },
      deps,
    );
    if (!transaction) throw errors.notFound('Die Testzahlung');
    return reply.redirect(transaction.returnUrl, 303);
  });
}
