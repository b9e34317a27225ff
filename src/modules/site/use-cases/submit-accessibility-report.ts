import { hmac, type Actor } from '../../../kernel/auth';
import type { Config } from '../../../kernel/config';
import { consumeRateLimit, type RateLimitRule } from '../../../kernel/http';
import { sendMail } from '../../../kernel/mail';
import type { ModuleDeps } from '../../../kernel/module';
import { formatDateTime } from '../../../kernel/views';
import { stateLaw } from '../legal';
import { PATHS } from '../paths';
import { answerPromise, reportReference } from '../presenters';
import { insertAccessibilityReport, type AccessibilityReport } from '../repository';
import type { AccessibilityReportInput } from '../schemas';

/** Enough for a person who reports several barriers, too few for a flood of mails to staff. */
export const REPORT_RATE_LIMIT: RateLimitRule = { limit: 5, windowSeconds: 3600 };

export interface SubmittedReport {
  report: AccessibilityReport;
  reference: string;
}

/**
 * Stores a report and queues, in the same transaction, a mail to the municipality's accessibility
 * contact and (if the person gave an address) a receipt. Only valid submissions count against the
 * per-IP limit, so someone struggling with the form is never locked out by their own mistakes.
 * The IP is kept only as an HMAC in the rate-limit key. Anyone may report, logged in or not.
 */
export async function submitAccessibilityReport(
  _actor: Actor,
  { ip, ...input }: AccessibilityReportInput & { ip: string },
  { db, config }: Pick<ModuleDeps, 'db' | 'config'>,
): Promise<SubmittedReport> {
  await consumeRateLimit(db, `site.accessibility-report:${hmac(config.secret, `ip:${ip}`)}`, REPORT_RATE_LIMIT);
  return db.transaction(async (tx) => {
    const report = await insertAccessibilityReport(tx, { page: input.page, description: input.description, contactEmail: input.contact, name: input.name });
    const reference = reportReference(config.municipality.referencePrefix, report);
    await sendMail(tx, staffMail(config, report, reference));
    if (report.contactEmail) await sendMail(tx, receiptMail(config, report.contactEmail, reference));
    return { report, reference };
  });
}

function staffMail(config: Config, report: AccessibilityReport, reference: string) {
  const law = stateLaw(config).accessibility;
  const period = law.answerPeriod
    ? `innerhalb von ${law.answerPeriod}${law.regulation ? ` (${law.regulation.shortName})` : ''}`
    : 'innerhalb einer angemessenen Frist';
  const text = [
    'Im Stadtportal wurde eine Barriere gemeldet.',
    '',
    `Vorgangsnummer: ${reference}`,
    `Eingegangen: ${formatDateTime(report.createdAt)}`,
    `Seite: ${report.page ?? 'nicht angegeben'}`,
    `Name: ${report.name ?? 'nicht angegeben'}`,
    `E-Mail für die Antwort: ${report.contactEmail ?? 'nicht angegeben (keine Antwort möglich)'}`,
    '',
    'Beschreibung:',
    report.description,
    '',
    `Meldung ansehen und Status setzen: ${config.baseUrl}${PATHS.report(report.id)}`,
    '',
    report.contactEmail
      ? `Bitte antworten Sie ${period}. Wenn die Barriere bis dahin nicht behoben ist, schicken Sie eine Zwischennachricht. Weisen Sie in Ihrer Antwort auf die ${law.enforcementBody.name} hin.`
      : 'Die Person hat keine E-Mail-Adresse angegeben und erwartet keine Antwort.',
  ].join('\n');
  return { to: config.municipality.accessibility.contactEmail, subject: `Barriere gemeldet: ${reference}`, text };
}

/**
 * The receipt repeats nothing the person typed: the address is not verified, so the portal must not
 * become a relay that mails arbitrary text to arbitrary people.
 */
function receiptMail(config: Config, to: string, reference: string) {
  const { municipality } = config;
  const law = stateLaw(config);
  const { enforcementBody } = law.accessibility;
  const text = [
    'Guten Tag,',
    '',
    `vielen Dank für Ihre Meldung einer Barriere im Stadtportal. Sie ist bei der ${municipality.officialName} eingegangen.`,
    '',
    `Ihre Vorgangsnummer: ${reference}`,
    '',
    'Wie es weitergeht:',
    `Wir prüfen Ihre Meldung und antworten Ihnen an diese E-Mail-Adresse ${answerPromise(law)}.`,
    `Wenn Sie keine zufriedenstellende Antwort erhalten, können Sie sich an die ${enforcementBody.name} wenden: ${enforcementBody.website}`,
    '',
    'Diese E-Mail wurde automatisch erstellt. Wenn Sie keine Barriere gemeldet haben, hat jemand Ihre E-Mail-Adresse eingegeben. Dann können Sie diese E-Mail löschen.',
    '',
    'Freundliche Grüße',
    municipality.officialName,
    `${municipality.address.street}, ${municipality.address.postalCode} ${municipality.address.city}`,
    `E-Mail: ${municipality.accessibility.contactEmail}`,
  ].join('\n');
  return { to, subject: `Ihre Meldung einer Barriere: ${reference}`, text };
}
