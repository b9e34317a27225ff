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

/**
 * What is said about a booked place while the Rücktrittsfrist lies ahead, in one wording for the
 * booking page and the mails. With a fee: cancelling costs nothing until then, later the fee is
 * due. Without one there is nothing to pay either way; what matters is that a place nobody uses
 * goes to the waitlist.
 */
export function cancellationOpen(cancellableUntil: Date, feeCents: number): string {
  const until = formatDate(cancellableUntil);
  return feeCents > 0
    ? `Sie können die Buchung bis zum ${until} kostenlos stornieren, danach ist die Kursgebühr zu zahlen. Wenn Sie stornieren, bekommt die nächste Person der Warteliste Ihren Platz.`
    : `Wenn Sie nicht teilnehmen können, stornieren Sie die Buchung bitte bis zum ${until}. Dann bekommt die nächste Person der Warteliste Ihren Platz.`;
}

/** The mails' words on cancelling a booked place, at `now` (when the mail is written): while it is possible, or that its time has passed. */
export function cancellationTerms(cancellableUntil: Date, feeCents: number, now: Date): string {
  return freeCancellationEnded({ cancellableUntil }, now)
    ? cancellationPeriodEnded(cancellableUntil, { feeDue: feeCents > 0 })
    : cancellationOpen(cancellableUntil, feeCents);
}

/**
 * The booking form's row on the Rücktrittsfrist at `now`: its date while it lies ahead (only a course
 * with a fee has something to cancel "free of charge"), and the refusal's words once it has passed, as
 * the booking window can outlast it: nobody books believing they could still cancel.
 */
export function cancellationDeadlineRow(course: { cancellableUntil: Date; feeCents: number }, now: Date): { key: string; value: string } {
  if (freeCancellationEnded(course, now)) {
    return { key: 'Stornieren', value: cancellationPeriodEnded(course.cancellableUntil, { feeDue: course.feeCents > 0 }) };
  }
  return { key: course.feeCents > 0 ? 'Kostenlos stornieren bis' : 'Stornieren bis', value: formatDate(course.cancellableUntil) };
}
