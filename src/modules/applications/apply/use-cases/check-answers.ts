import { computeFee, summarizeAnswers, validateAnswers, visiblePages } from '../../../forms';
import { findServiceForApplication } from '../../../services';
import { listApplicationFiles } from '../../attachments';
import { PATHS } from '../../paths';
import type { ModuleDeps } from '../../../../kernel/module';
import type { Applicant } from '../context';
import { isPaymentSatisfied, latestPayment } from '../../payments';
import { paymentPolicyText } from '../payment-policy';
import type { CheckAnswersModel } from '../check-model';
import { openApplication, type OpenApplication } from './open-application';

const INVOICE_CHOSEN =
  'Sie haben „Rechnung / Überweisung“ gewählt. Überweisen Sie den Betrag mit den Zahlungsangaben, die wir Ihnen gezeigt haben; sie stehen auch in Ihrer Eingangsbestätigung. Sie können den Antrag jetzt absenden.';

/** Everything "Prüfen Sie Ihre Angaben" shows, computed from the stored draft. */
export async function checkAnswers(
  who: Applicant,
  { id }: { id: string },
  deps: Pick<ModuleDeps, 'db'>,
): Promise<{ open: OpenApplication; view: CheckAnswersModel }> {
  const open = await openApplication(who, { id }, deps);
  const { application, form } = open;
  const definition = form.definition;
  const [service, files, payment] = await Promise.all([
    findServiceForApplication(deps.db, application.serviceSlug),
    listApplicationFiles(deps.db, id),
    latestPayment(deps.db, id),
  ]);
  const names = new Map(files.map((file) => [file.id, file.filename]));
  const pages = visiblePages(definition, application.answers);
  const incomplete = validateAnswers(definition, application.answers).map(({ pageId }) => ({
    title: pages.find((page) => page.id === pageId)?.title ?? pageId,
    href: PATHS.page(id, pageId),
  }));
  const fee = computeFee(definition, application.answers);
  const policy = service?.paymentPolicy ?? 'none';
  const current = payment?.amountCents === fee.totalCents;
  const paid = current && payment?.status === 'paid';
  const invoiceChosen = current && payment?.provider === 'invoice' && payment.status === 'open';
  return {
    open,
    view: {
      applicationId: id,
      submissionKey: application.submissionKey,
      summary: summarizeAnswers(definition, application.answers, (fileId) => names.get(fileId) ?? 'Datei'),
      incomplete,
      fee,
      paymentText: invoiceChosen ? INVOICE_CHOSEN : paymentPolicyText(policy, fee.totalCents > 0),
      paid,
      payFirst: !(await isPaymentSatisfied(deps.db, { id, feeCents: fee.totalCents }, policy)),
      declaration: definition.declaration,
    },
  };
}
