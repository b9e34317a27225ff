import type { Config } from '../../../kernel/config';
import type { Mail } from '../../../kernel/mail';
import { formatMoney } from '../../../kernel/views';
import type { VhsRefund } from '../tables';
import { bookingLink, refundSentence, signature, type BookingFacts, type CourseFacts } from './mails';

/** Staff marked a refund as transferred: the participant learns the money is on its way. */
export function refundSettledMail(
  config: Config,
  to: string,
  course: Pick<CourseFacts, 'title' | 'number'>,
  booking: BookingFacts,
  refund: Pick<VhsRefund, 'amountCents'>,
): Mail {
  const text = [
    'Guten Tag,',
    '',
    `die Volkshochschule hat ${formatMoney(refund.amountCents)} für die Buchung ${booking.reference} (${booking.participantName}) überwiesen.`,
    `Kurs: ${course.title} (Kursnummer ${course.number})`,
    'Der Betrag kommt auf dem Konto an, von dem Sie gezahlt haben; das kann einige Tage dauern.',
    bookingLink(config, booking),
    ...signature(config),
  ].join('\n');
  return { to, subject: `Erstattung überwiesen: ${course.title} (${booking.reference})`, text };
}

/** The full fee arrived after the reduction was granted: the payment is recorded and the difference goes back. */
export function overpaidMail(config: Config, to: string, course: Pick<CourseFacts, 'title' | 'number'>, booking: BookingFacts, refundCents: number): Mail {
  const text = [
    'Guten Tag,',
    '',
    `Ihre Zahlung für die Buchung ${booking.reference} (${booking.participantName}) ist eingegangen. Die ermäßigte Kursgebühr beträgt ${formatMoney(booking.feeCents)}.`,
    refundSentence(refundCents, 'reduction'),
    `Kurs: ${course.title} (Kursnummer ${course.number})`,
    bookingLink(config, booking),
    ...signature(config),
  ].join('\n');
  return { to, subject: `Zahlung eingegangen, Erstattung folgt: ${course.title} (${booking.reference})`, text };
}
