import type { Config } from '../../../kernel/config';
import type { Mail } from '../../../kernel/mail';
import { formatDateTime } from '../../../kernel/views';
import { bookingLink, signature, type BookingFacts, type CourseFacts } from './mails';

interface Span {
  startsAt: Date;
  endsAt: Date;
}

/** What happened to one session: moved to another time, or called off (the reason may be empty). */
export type SessionChange = { kind: 'moved'; before: Span; after: Span; note: string } | { kind: 'cancelled'; session: Span; reason: string };

const spanText = ({ startsAt, endsAt }: Span) => `${formatDateTime(startsAt)} bis ${formatDateTime(endsAt)}`;

function changeLines(change: SessionChange): string[] {
  if (change.kind === 'cancelled') {
    return [`Dieser Termin fällt aus: ${spanText(change.session)}`, ...(change.reason ? [`Grund: ${change.reason}`] : [])];
  }
  return [`Bisher: ${spanText(change.before)}`, `Neu: ${spanText(change.after)}`, ...(change.note ? [`Hinweis: ${change.note}`] : [])];
}

/**
 * One booked participant learns that one session moved or is cancelled; the caller attaches the
 * course's updated calendar, whose raised SEQUENCE makes calendar programs replace the old entry.
 */
export function sessionChangedMail(config: Config, to: string, course: CourseFacts, booking: BookingFacts, change: SessionChange): Mail {
  const what = change.kind === 'cancelled' ? 'fällt ein Termin aus' : 'ist ein Termin verlegt';
  const text = [
    'Guten Tag,',
    '',
    `im Kurs „${course.title}“ (Kursnummer ${course.number}) ${what}. Das betrifft die Buchung ${booking.reference} für ${booking.participantName}.`,
    '',
    ...changeLines(change),
    '',
    'Alle anderen Termine des Kurses bleiben, wie sie sind.',
    'Die angehängte Kalenderdatei (.ics) enthält die Termine auf dem neuen Stand; Ihr Kalenderprogramm ersetzt damit den alten Eintrag.',
    'Ihre Buchung finden Sie hier:',
    bookingLink(config, booking),
    ...signature(config),
  ].join('\n');
  const subject = change.kind === 'cancelled' ? `Termin fällt aus: ${course.title}` : `Termin verlegt: ${course.title}`;
  return { to, subject: `${subject} (${booking.reference})`, text };
}
