import { formatDate } from '../../../kernel/views';

/** From the course's Rücktrittsfrist on, a booked place can no longer be cancelled by the participant, free of charge. */
export const freeCancellationEnded = (course: { cancellableUntil: Date }, now: Date): boolean => course.cancellableUntil <= now;

/**
 * What is said about a booked place once the free cancellation period has ended, in one wording for
 * the refusal to cancel (shown on the booking page too) and the mails; `feeDue` adds that the fee
 * must be paid (the mails about a place with a fee).
 */
export function cancellationPeriodEnded(cancellableUntil: Date, options: { feeDue?: boolean } = {}): string {
  return [
    `Die Frist zum Stornieren ist am ${formatDate(cancellableUntil)} abgelaufen.`,
    ...(options.feeDue ? ['Die Kursgebühr ist zu zahlen.'] : []),
    'Bitte wenden Sie sich an die Volkshochschule, wenn Sie nicht teilnehmen können.',
  ].join(' ');
}
