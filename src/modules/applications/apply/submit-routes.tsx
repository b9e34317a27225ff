import type { FastifyInstance } from 'fastify';
import type { FieldErrors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { contentDisposition } from '../../../kernel/files';
import { PATHS } from '../paths';
import { applicantOf } from './context';
import { checkAnswers } from './use-cases/check-answers';
import { renderReceipt } from './use-cases/render-receipt';
import { showConfirmation } from './use-cases/show-confirmation';
import { submitApplication, type SubmitOutcome } from './use-cases/submit-application';
import { CheckAnswersPage } from './views/check-answers';
import { ConfirmationPage } from './views/confirmation-page';

type IdParams = { Params: { id: string } };

const CHECK_TITLE = 'Prüfen Sie Ihre Angaben';
const SUBMIT_ERRORS: Record<Exclude<SubmitOutcome, { ok: true }>['reason'], FieldErrors> = {
  declaration: { declaration: 'Bestätigen Sie die Erklärung, um den Antrag abzusenden.' },
  incomplete: { incomplete: 'Ergänzen Sie zuerst die fehlenden Angaben. Die Seiten sind unten aufgeführt.' },
  payment_required: { payment: 'Bezahlen Sie zuerst die Gebühr. Danach können Sie den Antrag absenden.' },
};

/** Check answers, submit (idempotent), confirmation and the receipt PDF. */
export function registerSubmitRoutes(app: FastifyInstance, deps: Pick<ModuleDeps, 'db' | 'config' | 'files'>): void {
  app.get<IdParams>(PATHS.check(':id'), async (request, reply) => {
    const { open, view } = await checkAnswers(applicantOf(request, deps.config), { id: request.params.id }, deps);
    if (open.application.status !== 'draft') return reply.redirect(PATHS.confirmation(open.application.id), 303);
    return reply.page({ title: CHECK_TITLE, body: <CheckAnswersPage {...view} /> });
  });

  app.post<IdParams>(PATHS.submit(':id'), async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const who = applicantOf(request, deps.config);
    const outcome = await submitApplication(
      who,
      {
        id: request.params.id,
        submissionKey: typeof body.submissionKey === 'string' ? body.submissionKey : '',
        declaration: body.declaration === 'ja',
      },
      deps,
    );
    if (outcome.ok) return reply.redirect(PATHS.confirmation(outcome.application.id), 303);
    const { view } = await checkAnswers(who, { id: request.params.id }, deps);
    return reply.page({ title: CHECK_TITLE, hasErrors: true, body: <CheckAnswersPage {...view} errors={SUBMIT_ERRORS[outcome.reason]} /> });
  });

  app.get<IdParams>(PATHS.confirmation(':id'), async (request, reply) => {
    const confirmation = await showConfirmation(applicantOf(request, deps.config), { id: request.params.id }, deps);
    if (!confirmation.submitted) return reply.redirect(PATHS.check(confirmation.application.id), 303);
    const { application, serviceName } = confirmation;
    return reply.page({
      title: 'Antrag eingegangen',
      body: (
        <ConfirmationPage
          applicationId={application.id}
          reference={application.reference}
          serviceName={serviceName}
          submittedAt={application.submittedAt}
          dueAt={application.dueAt}
          email={application.applicantEmail ?? application.guestEmail}
          guest={!application.applicantId}
        />
      ),
    });
  });

  app.get<IdParams>(PATHS.receipt(':id'), async (request, reply) => {
    const receipt = await renderReceipt(applicantOf(request, deps.config), { id: request.params.id }, deps);
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', contentDisposition(receipt.filename))
      .header('cache-control', 'private, no-store')
      .send(receipt.bytes);
  });
}
