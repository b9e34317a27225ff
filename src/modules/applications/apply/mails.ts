import type { Config } from '../../../kernel/config';
import type { Mail } from '../../../kernel/mail';
import { formatDate, formatDateTime } from '../../../kernel/views';
import { PATHS } from '../paths';

function signature(config: Config): string[] {
  const { municipality } = config;
  return [
    '',
    'Freundliche Grüße',
    municipality.officialName,
    `${municipality.address.street}, ${municipality.address.postalCode} ${municipality.address.city}`,
  ];
}

/** The guest's way back to a draft. Repeats nothing the guest typed except the service name we chose. */
export function resumeMail(config: Config, to: string, serviceName: string, token: string, expiresAt: Date): Mail {
  const text = [
    'Guten Tag,',
    '',
    `Sie haben im Stadtportal einen Antrag begonnen: ${serviceName}.`,
    'Mit diesem Link können Sie Ihren Antrag jederzeit weiter ausfüllen und absenden:',
    '',
    `${config.baseUrl}${PATHS.resume(token)}`,
    '',
    `Der Link gilt bis zum ${formatDate(expiresAt)}. Geben Sie ihn nicht weiter: Wer ihn hat, kann Ihren Antrag sehen und ändern.`,
    'Wenn Sie keinen Antrag begonnen haben, hat jemand Ihre E-Mail-Adresse eingegeben. Dann können Sie diese E-Mail löschen.',
    ...signature(config),
  ].join('\n');
  return { to, subject: `Ihr Antrag „${serviceName}“: Link zum Fortsetzen`, text };
}

export interface ConfirmationFacts {
  to: string;
  serviceName: string;
  reference: string;
  submittedAt: Date;
  processingDays: number;
  /** Logged-in applicants: "Meine Anträge"; guests: their resume link (if still known). */
  followUp: string;
}

export function confirmationMail(config: Config, facts: ConfirmationFacts): Mail {
  const text = [
    'Guten Tag,',
    '',
    `Ihr Antrag „${facts.serviceName}“ ist am ${formatDateTime(facts.submittedAt)} bei der ${config.municipality.officialName} eingegangen.`,
    '',
    `Ihre Vorgangsnummer: ${facts.reference}`,
    'Bitte geben Sie diese Nummer an, wenn Sie uns schreiben oder anrufen.',
    '',
    'Wie es weitergeht:',
    `Wir prüfen Ihren Antrag. In der Regel erhalten Sie innerhalb von ${facts.processingDays} Tagen eine Antwort.`,
    'Wenn uns etwas fehlt, melden wir uns bei Ihnen.',
    '',
    facts.followUp,
    ...signature(config),
  ].join('\n');
  return { to: facts.to, subject: `Ihr Antrag ist eingegangen: ${facts.reference}`, text };
}

export function accountFollowUp(config: Config): string {
  return `Den Stand Ihres Antrags sehen Sie jederzeit unter „Meine Anträge“: ${config.baseUrl}${PATHS.mine}`;
}

/** Guests have no "Meine Anträge": a fresh link opens status, messages, Bescheid and receipt. */
export function guestFollowUp(config: Config, token: string, expiresAt: Date): string {
  return [
    'Wenn sich etwas an Ihrem Antrag ändert oder wir Ihnen schreiben, bekommen Sie eine E-Mail an diese Adresse.',
    `Den Stand Ihres Antrags, unsere Nachrichten, den Bescheid und Ihre Eingangsbestätigung finden Sie bis zum ${formatDate(expiresAt)} unter: ${config.baseUrl}${PATHS.resume(token)}`,
    'Geben Sie diesen Link nicht weiter: Wer ihn hat, kann Ihren Antrag sehen.',
  ].join('\n');
}
