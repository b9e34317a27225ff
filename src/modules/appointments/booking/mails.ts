import type { Config } from '../../../kernel/config';
import { writeCalendar, ICAL_CONTENT_TYPE } from '../../../kernel/ical';
import type { Mail } from '../../../kernel/mail';
import { bookingSummaryLines, type BookingFacts } from '../mails/booking-facts';

/** The appointment as one calendar event (the confirmation's attachment, the manage page's download). */
export function bookingCalendar(config: Pick<Config, 'municipality' | 'baseUrl'>, facts: BookingFacts, manageUrl: string, cancelled = false): string {
  const { location } = facts;
  const what = facts.services.map((service) => service.name).join(', ');
  return writeCalendar({
    prodId: `-//${config.municipality.name}//Stadtportal Termine//DE`,
    stamp: new Date(),
    events: [
      {
        // Stable per booking, so a calendar that imported it replaces it (a cancellation).
        uid: `${facts.id}@termine.${new URL(config.baseUrl).hostname}`,
        start: facts.startsAt,
        end: facts.endsAt,
        summary: `Termin: ${what}`,
        description: bookingSummaryLines(facts, manageUrl).join('\n'),
        location: `${location.name}, ${location.street}, ${location.postalCode} ${location.city}`,
        url: manageUrl,
        status: cancelled ? 'CANCELLED' : 'CONFIRMED',
        sequence: cancelled ? 1 : 0,
        // The calendar program reminds too: the evening before (to gather what to bring) and an hour before.
        alarms: cancelled
          ? []
          : [
              { minutesBefore: 24 * 60, description: `Morgen: Termin im ${location.name} (${what})` },
              { minutesBefore: 60, description: `In einer Stunde: Termin im ${location.name}` },
            ],
      },
    ],
  });
}

function greeting(facts: BookingFacts): string {
  return facts.name ? `Guten Tag ${facts.name},` : 'Guten Tag,';
}

/** The confirmation: greeting, the booking's facts, the link to cancel or rebook, the calendar file. */
export function confirmationMail(
  config: Pick<Config, 'municipality' | 'baseUrl'>,
  facts: BookingFacts & { email: string },
  manageUrl: string,
  rebooked = false,
): Mail {
  return {
    to: facts.email,
    subject: `${rebooked ? 'Ihr Termin wurde verschoben' : 'Ihr Termin ist gebucht'}: ${facts.reference}`,
    text: [
      greeting(facts),
      '',
      rebooked ? 'Ihr Termin wurde verschoben. Der bisherige Termin ist abgesagt. Ihr neuer Termin:' : 'Ihr Termin ist gebucht.',
      '',
      ...bookingSummaryLines(facts, manageUrl),
      '',
      'Den Termin können Sie mit der angehängten Kalenderdatei in Ihren Kalender übernehmen.',
      'Wenn Sie nicht kommen können, sagen Sie den Termin bitte ab: dann kann jemand anderes ihn nutzen.',
      '',
      `Mit freundlichen Grüßen\nIhre ${config.municipality.officialName}`,
    ].join('\n'),
    attachments: [{ filename: 'termin.ics', contentType: ICAL_CONTENT_TYPE, content: bookingCalendar(config, facts, manageUrl) }],
  };
}

/** The short note after a cancellation. */
export function cancellationMail(config: Pick<Config, 'municipality'>, facts: BookingFacts & { email: string }, bookAgainUrl: string): Mail {
  return {
    to: facts.email,
    subject: `Ihr Termin ist abgesagt: ${facts.reference}`,
    text: [
      greeting(facts),
      '',
      `Sie haben Ihren Termin ${facts.reference} abgesagt. Die Zeit ist wieder frei für andere.`,
      '',
      `Einen neuen Termin können Sie hier buchen: ${bookAgainUrl}`,
      '',
      `Mit freundlichen Grüßen\nIhre ${config.municipality.officialName}`,
    ].join('\n'),
  };
}
