import type { Config } from '../../../../kernel/config';
import type { Mail } from '../../../../kernel/mail';
import { bookingSummaryLines, manageUrlOf, shortVisitTimeText, visitTimeText, type BookingFacts } from '../../mails/booking-facts';

/**
 * The office closed while someone held an appointment (issue 14, point 3): what was cancelled and
 * why, the booking as every mail shows it, and the same link as the confirmation's, which still works
 * for a booking the office cancelled: there the person picks a new time.
 */
export function closureMail(config: Pick<Config, 'baseUrl' | 'secret' | 'municipality'>, facts: BookingFacts & { email: string }, reason: string): Mail {
  const manageUrl = manageUrlOf({ baseUrl: config.baseUrl, secret: config.secret }, facts.id);
  const text = [
    `Guten Tag${facts.name ? ` ${facts.name}` : ''},`,
    '',
    `leider müssen wir Ihren Termin am ${visitTimeText(facts)} absagen: ${facts.location.name} ist zu dieser Zeit geschlossen.`,
    `Grund: ${reason}`,
    '',
    `Wählen Sie über diesen Link einen neuen Termin: ${manageUrl}`,
    'Dort sehen Sie die freien Zeiten; Ihre Angaben müssen Sie nicht noch einmal eingeben.',
    '',
    'Der abgesagte Termin:',
    ...bookingSummaryLines(facts, manageUrl),
    '',
    'Wir bitten um Entschuldigung.',
    '',
    'Freundliche Grüße',
    config.municipality.officialName,
  ].join('\n');
  return { to: facts.email, subject: `Ihr Termin ${facts.reference} ist abgesagt: bitte wählen Sie einen neuen`, text };
}

/** The same notice by SMS, for those who gave a mobile number: short, with the link to choose a new time. */
export function closureSms(config: Pick<Config, 'baseUrl' | 'secret'>, facts: BookingFacts, reason: string): string {
  const manageUrl = manageUrlOf({ baseUrl: config.baseUrl, secret: config.secret }, facts.id);
  return `Ihr Termin ${shortVisitTimeText(facts.startsAt)} (${facts.reference}) fällt aus: ${reason}. Neuen Termin wählen: ${manageUrl}`;
}
