import { moduleSettings, type Config } from '../../../kernel/config';
import type { Mail } from '../../../kernel/mail';
import { formatDateTime, formatMoney } from '../../../kernel/views';
import type { VhsBooking, VhsCourse } from '../tables';
import { feeText } from '../presenters';
import { institutionSettings } from '../settings';
import { cancellationTerms } from './cancellation-deadline';
import { BOOKING_PATHS } from './paths';

/** The course as the mails describe it; `where` is the place with its address, when the caller read it. */
export type CourseFacts = Pick<VhsCourse, 'title' | 'number' | 'startsAt' | 'endsAt' | 'instructor' | 'format' | 'room' | 'cancellableUntil'> & {
  where?: string;
};
export type BookingFacts = Pick<VhsBooking, 'id' | 'reference' | 'participantName' | 'feeCents'>;

/**
 * Signed as the course pages name the Volkshochschule (`vhs.name`, e.g. "VHS Menden-Hemer-Balve"; without
 * it "Volkshochschule <Stadt>"), as the library's mails sign with `library.name`.
 */
export function signature(config: Config): string[] {
  return ['', 'Freundliche Grüße', moduleSettings({ config }, institutionSettings).name];
}

export function courseLines(course: CourseFacts): string[] {
  const room = [course.where, course.room].filter(Boolean).join(', ');
  const where = course.format === 'online' ? 'Online (Webinar): den Zugang finden Sie vor Kursbeginn unter „Meine Kurse“.' : room || 'siehe Kursseite';
  return [
    `Kurs: ${course.title} (Kursnummer ${course.number})`,
    `Zeitraum: ${formatDateTime(course.startsAt)} bis ${formatDateTime(course.endsAt)}`,
    `Kursleitung: ${course.instructor}`,
    `Ort: ${where}`,
  ];
}

/** How a refund is announced: the amount, and that the VHS transfers it (the portal moves no money). */
export function refundSentence(amountCents: number, after: 'cancellation' | 'reduction'): string {
  const what =
    after === 'reduction'
      ? `Sie haben die volle Gebühr bereits gezahlt. Den Unterschied von ${formatMoney(amountCents)} erstatten wir Ihnen`
      : `Die bereits gezahlte Gebühr von ${formatMoney(amountCents)} erstatten wir Ihnen`;
  return `${what}: Die Volkshochschule überweist den Betrag auf das Konto, von dem Sie gezahlt haben. Das kann einige Tage dauern.`;
}

export const bookingLink = (config: Config, booking: BookingFacts) => `${config.baseUrl}${BOOKING_PATHS.mine(booking.id)}`;

/** "Es fällt keine Gebühr an." where there was a fee to speak of; a free course's mails leave money out. */
const noFeeLines = (bookings: readonly BookingFacts[]): string[] => (bookings.some((booking) => booking.feeCents > 0) ? ['Es fällt keine Gebühr an.'] : []);

/** The binding booking: the course facts, the fee, until when one may cancel (or that this has passed), and where to see it. */
export function bookedMail(config: Config, to: string, course: CourseFacts, booking: BookingFacts, now: Date): Mail {
  const text = [
    'Guten Tag,',
    '',
    `die Anmeldung für ${booking.participantName} ist verbindlich gebucht.`,
    '',
    `Buchungsnummer: ${booking.reference}`,
    ...courseLines(course),
    `Kursgebühr: ${feeText(booking.feeCents)}`,
    '',
    cancellationTerms(course.cancellableUntil, booking.feeCents, now),
    'Alle Termine stehen in der angehängten Kalenderdatei (.ics) für Ihren Kalender.',
    booking.feeCents > 0 ? 'Ihre Buchung, die Zahlung und die Termine finden Sie hier:' : 'Ihre Buchung und die Termine finden Sie hier:',
    bookingLink(config, booking),
    ...signature(config),
  ].join('\n');
  return { to, subject: `Buchungsbestätigung: ${course.title} (${booking.reference})`, text };
}

export function waitlistedMail(config: Config, to: string, course: CourseFacts, booking: BookingFacts, place: number): Mail {
  const text = [
    'Guten Tag,',
    '',
    `der Kurs ist ausgebucht. ${booking.participantName} steht auf Platz ${place} der Warteliste.`,
    '',
    `Buchungsnummer: ${booking.reference}`,
    ...courseLines(course),
    '',
    'Wenn ein Platz frei wird, rückt die erste Person der Warteliste automatisch nach. Dann ist die Buchung verbindlich und wir schreiben Ihnen.',
    'Sie können sich jederzeit von der Warteliste abmelden:',
    bookingLink(config, booking),
    ...signature(config),
  ].join('\n');
  return { to, subject: `Warteliste: ${course.title} (${booking.reference})`, text };
}

export function promotedMail(config: Config, to: string, course: CourseFacts, booking: BookingFacts, now: Date): Mail {
  const text = [
    'Guten Tag,',
    '',
    `ein Platz ist frei geworden: ${booking.participantName} ist von der Warteliste nachgerückt. Die Buchung ist jetzt verbindlich.`,
    '',
    `Buchungsnummer: ${booking.reference}`,
    ...courseLines(course),
    `Kursgebühr: ${feeText(booking.feeCents)}`,
    '',
    cancellationTerms(course.cancellableUntil, booking.feeCents, now),
    'Ihre Buchung finden Sie hier:',
    bookingLink(config, booking),
    ...signature(config),
  ].join('\n');
  return { to, subject: `Platz frei: ${course.title} (${booking.reference})`, text };
}

/** The participant's own cancellation; `refundCents` when a paid fee goes back. */
export function cancelledByParticipantMail(config: Config, to: string, course: CourseFacts, booking: BookingFacts, refundCents?: number): Mail {
  const text = [
    'Guten Tag,',
    '',
    [`die Buchung ${booking.reference} für ${booking.participantName} ist storniert.`, ...noFeeLines([booking])].join(' '),
    ...(refundCents ? [refundSentence(refundCents, 'cancellation')] : []),
    '',
    ...courseLines(course),
    ...signature(config),
  ].join('\n');
  return { to, subject: `Storniert: ${course.title} (${booking.reference})`, text };
}

/** The VHS called the course off: one mail per account, naming each of its participants and what each gets back. */
export function courseCancelledMail(
  config: Config,
  to: string,
  course: CourseFacts,
  reason: string,
  bookings: readonly (BookingFacts & { refundCents?: number })[],
): Mail {
  const refunded = bookings.reduce((sum, booking) => sum + (booking.refundCents ?? 0), 0);
  const text = [
    'Guten Tag,',
    '',
    `leider fällt der Kurs „${course.title}“ (Kursnummer ${course.number}) aus.`,
    `Grund: ${reason}`,
    '',
    'Betroffene Buchungen:',
    ...bookings.map(
      (booking) => `- ${booking.reference}: ${booking.participantName}${booking.refundCents ? ` (Erstattung ${formatMoney(booking.refundCents)})` : ''}`,
    ),
    '',
    ...noFeeLines(bookings),
    ...(refunded > 0 ? [refundSentence(refunded, 'cancellation')] : []),
    ...signature(config),
  ].join('\n');
  return { to, subject: `Kurs abgesagt: ${course.title}`, text };
}

/** The reduction's decision; `refundCents` when the full fee was paid before it was granted. */
export function reductionDecidedMail(config: Config, to: string, course: CourseFacts, booking: BookingFacts, granted: boolean, refundCents?: number): Mail {
  const text = [
    'Guten Tag,',
    '',
    granted
      ? `die Ermäßigung für ${booking.participantName} ist gewährt. Die Kursgebühr beträgt jetzt ${formatMoney(booking.feeCents)}.`
      : `die Ermäßigung für ${booking.participantName} konnten wir leider nicht gewähren: Der Nachweis reicht nicht aus. Die Kursgebühr beträgt ${formatMoney(booking.feeCents)}. Sie können einen anderen Nachweis hochladen.`,
    ...(refundCents ? [refundSentence(refundCents, 'reduction')] : []),
    '',
    `Buchungsnummer: ${booking.reference}`,
    ...courseLines(course),
    bookingLink(config, booking),
    ...signature(config),
  ].join('\n');
  return { to, subject: `Ermäßigung ${granted ? 'gewährt' : 'nicht gewährt'}: ${course.title} (${booking.reference})`, text };
}
