import { eq } from 'drizzle-orm';
import { users } from '../../../kernel/auth';
import type { Config } from '../../../kernel/config';
import type { Executor } from '../../../kernel/db';
import { sendMail } from '../../../kernel/mail';
import { formatMoney } from '../../../kernel/views';
import { PATHS } from '../paths';
import type { ApplicationRow } from '../repository';
import { STATUS_LABELS, type ApplicationStatus } from '../workflow';

/** Something the applicant should know about; the e-mail only says *that* it happened. */
export type ApplicantEvent =
  | { kind: 'status'; to: ApplicationStatus; reason?: string }
  | { kind: 'message'; subject: string }
  | { kind: 'bescheid' }
  | { kind: 'payment_requested'; amountCents: number };

/**
 * Queues a plain-text e-mail to the applicant in the caller's transaction. E-mail travels
 * unencrypted and inboxes are shared, so the mail never carries the message (not even its
 * subject), the reason of a decision or any answer: only the reference, what kind of thing
 * happened and where to read it. Account holders get a link to the application in "Meine
 * Anträge"; guests read and answer on the status page behind their personal link (it is not
 * repeated here because only its hash is stored), or ask the department.
 */
export async function notifyApplicant(tx: Executor, config: Config, application: ApplicationRow, event: ApplicantEvent): Promise<void> {
  const to = await recipientOf(tx, application);
  if (!to) return;
  const reference = application.reference ?? 'ohne Nummer';
  const { subject, lines } = describe(event, reference);
  const where = application.applicantId
    ? [`Sie finden alles Weitere in Ihrem Bürgerkonto unter „Meine Anträge“:`, `${config.baseUrl}${PATHS.mineDetail(application.id)}`]
    : [
        'Sie haben den Antrag ohne Bürgerkonto gestellt. Öffnen Sie ihn über den persönlichen Link aus der E-Mail, die Sie beim Absenden erhalten haben.',
        'Wenn Sie diesen Link nicht mehr haben, wenden Sie sich bitte unter Angabe des Aktenzeichens an uns.',
      ];
  const sender = config.municipality.officialName;
  const text = [
    'Guten Tag,',
    ...lines,
    ...where,
    'Aus Datenschutzgründen steht der Inhalt nicht in dieser E-Mail.',
    `Mit freundlichen Grüßen\nIhre ${sender}`,
    'Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.',
  ].join('\n\n');
  await sendMail(tx, { to, subject, text });
}

/** The account's current address (it may have changed since submitting), or the guest's. */
async function recipientOf(tx: Executor, application: ApplicationRow): Promise<string | null> {
  if (!application.applicantId) return application.guestEmail;
  const [user] = await tx.select({ email: users.email }).from(users).where(eq(users.id, application.applicantId));
  return user?.email ?? null;
}

function describe(event: ApplicantEvent, reference: string): { subject: string; lines: string[] } {
  switch (event.kind) {
    case 'status':
      return {
        subject: `Neuer Stand zu Ihrem Antrag ${reference}`,
        lines: [
          `der Stand Ihres Antrags ${reference} hat sich geändert. Er lautet jetzt: ${STATUS_LABELS[event.to]}.`,
          ...(event.to === 'awaiting_citizen' ? ['Wir brauchen noch etwas von Ihnen. Was genau, lesen Sie bei Ihrem Antrag.'] : []),
          ...(event.reason ? ['Wir haben Ihnen dazu eine Begründung geschrieben.'] : []),
        ],
      };
    case 'message':
      return {
        subject: `Neue Nachricht zu Ihrem Antrag ${reference}`,
        lines: [`Sie haben eine neue Nachricht zu Ihrem Antrag ${reference}.`],
      };
    case 'bescheid':
      return {
        subject: `Ihr Bescheid zum Antrag ${reference} liegt bereit`,
        lines: [`der Bescheid zu Ihrem Antrag ${reference} liegt für Sie bereit.`],
      };
    case 'payment_requested':
      return {
        subject: `Gebühr für Ihren Antrag ${reference}`,
        lines: [`für Ihren Antrag ${reference} ist eine Gebühr von ${formatMoney(event.amountCents)} zu zahlen. Sie können sie online bezahlen.`],
      };
  }
}
