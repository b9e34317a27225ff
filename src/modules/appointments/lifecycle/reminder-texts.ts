import type { Config } from '../../../kernel/config';
import { berlinTime } from '../../../kernel/time';
import { bookingSummaryLines, shortVisitTimeText, type BookingFacts } from '../mails/booking-facts';

/** The reminder mail: the summary lines every mail about a booking shares, and why to cancel in time. */
export function reminderMail(facts: BookingFacts, manageUrl: string, config: Pick<Config, 'municipality'>): { subject: string; text: string } {
  return {
    subject: `Erinnerung: Ihr Termin morgen um ${berlinTime(facts.startsAt)} Uhr`,
    text: [
      facts.name ? `Guten Tag ${facts.name},` : 'Guten Tag,',
      '',
      'wir erinnern Sie an Ihren Termin morgen:',
      '',
      ...bookingSummaryLines(facts, manageUrl),
      '',
      'Wenn Sie nicht kommen können, sagen Sie den Termin bitte über den Link ab: dann kann jemand anderes ihn buchen.',
      '',
      'Freundliche Grüße',
      config.municipality.officialName,
    ].join('\n'),
  };
}

/** The reminder SMS, short: when, where, the reference and the link (well below the outbox's limit). */
export function reminderSms(facts: BookingFacts, manageUrl: string): string {
  return `Erinnerung: Ihr Termin ${shortVisitTimeText(facts.startsAt)}, ${facts.location.name}, ${facts.location.street}. Buchung ${facts.reference}. Absagen oder verschieben: ${manageUrl}`;
}
