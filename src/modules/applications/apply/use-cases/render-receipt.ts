import { renderPdf, type PdfBlock } from '../../../../kernel/pdf';
import { errors } from '../../../../kernel/http';
import { formatDateTime, formatMoney } from '../../../../kernel/views';
import { computeFee, summarizeAnswers } from '../../../forms';
import { findServiceForApplication } from '../../../services';
import { listApplicationFiles } from '../../attachments';
import { latestPayment } from '../../payments';
import type { ModuleDeps } from '../../../../kernel/module';
import type { Applicant } from '../context';
import { paymentPolicyText } from '../payment-policy';
import { openApplication } from './open-application';

export interface Receipt {
  filename: string;
  bytes: Buffer;
}

/**
 * The Eingangsbestätigung of a submitted application, made on request from what is stored: every
 * answer, the reference, the time of submission, the fee and each attachment with its SHA-256, so
 * the applicant can prove what was submitted.
 */
export async function renderReceipt(who: Applicant, { id }: { id: string }, deps: Pick<ModuleDeps, 'db' | 'config'>): Promise<Receipt> {
  const { application, form } = await openApplication(who, { id }, deps);
  if (application.status === 'draft' || !application.reference || !application.submittedAt) throw errors.notFound('Die Eingangsbestätigung');
  const [service, files, payment] = await Promise.all([
    findServiceForApplication(deps.db, application.serviceSlug),
    listApplicationFiles(deps.db, id),
    latestPayment(deps.db, id),
  ]);
  const answerFiles = files.filter((file) => file.kind === 'answer');
  const names = new Map(answerFiles.map((file) => [file.id, file.filename]));
  const summary = summarizeAnswers(form.definition, application.answers, (fileId) => names.get(fileId) ?? 'Datei');
  const fee = computeFee(form.definition, application.answers);
  const { municipality } = deps.config;
  const blocks: PdfBlock[] = [
    { type: 'heading', text: 'Eingangsbestätigung', level: 1 },
    {
      type: 'fields',
      rows: [
        { label: 'Vorgangsnummer', value: application.reference },
        { label: 'Antrag', value: service?.name ?? form.definition.title },
        { label: 'Eingegangen am', value: formatDateTime(application.submittedAt) },
        { label: 'Antragsteller/in', value: application.applicantName ?? application.applicantEmail ?? application.guestEmail ?? '' },
      ],
    },
    {
      type: 'paragraph',
      text: `Ihr Antrag ist bei der ${municipality.officialName} eingegangen. Bitte geben Sie die Vorgangsnummer an, wenn Sie uns schreiben.`,
    },
    ...summary.flatMap((page): PdfBlock[] => [
      { type: 'heading', text: page.title, level: 2 },
      { type: 'fields', rows: page.rows.map((row) => ({ label: row.label, value: row.value || 'Keine Angabe' })) },
    ]),
    { type: 'heading', text: 'Gebühren', level: 2 },
    {
      type: 'fields',
      rows: [
        ...fee.lines.map((line) => ({ label: line.label, value: formatMoney(line.amountCents) })),
        { label: 'Gesamt', value: formatMoney(application.feeCents) },
      ],
    },
    { type: 'paragraph', text: service ? paymentPolicyText(service.paymentPolicy, application.feeCents > 0) : '' },
    ...paymentBlocks(payment),
    { type: 'heading', text: 'Anlagen', level: 2 },
    answerFiles.length > 0
      ? { type: 'list', items: answerFiles.map((file) => `${file.filename} (SHA-256: ${file.sha256})`) }
      : { type: 'paragraph', text: 'Sie haben keine Dateien hochgeladen.' },
  ];
  const bytes = await renderPdf({
    title: `Eingangsbestätigung ${application.reference}`,
    author: municipality.officialName,
    subject: service?.name ?? form.definition.title,
    lang: 'de-DE',
    blocks,
    footer: `${municipality.officialName} · ${municipality.address.street} · ${municipality.address.postalCode} ${municipality.address.city}`,
  });
  return { filename: `Eingangsbestaetigung-${application.reference}.pdf`, bytes };
}

/** What was paid, or the transfer details of an invoice still to be paid (the citizen needs them in writing). */
function paymentBlocks(payment: Awaited<ReturnType<typeof latestPayment>>): PdfBlock[] {
  if (payment?.status === 'paid') {
    return [{ type: 'paragraph', text: `Bezahlt: ${formatMoney(payment.amountCents)}${payment.paidAt ? ` am ${formatDateTime(payment.paidAt)}` : ''}.` }];
  }
  if (payment?.provider !== 'invoice' || payment.status !== 'open' || !payment.instructions) return [];
  return [
    { type: 'heading', text: 'Zahlungsangaben für Ihre Überweisung', level: 2 },
    { type: 'fields', rows: Object.entries(payment.instructions).map(([label, value]) => ({ label, value })) },
  ];
}
