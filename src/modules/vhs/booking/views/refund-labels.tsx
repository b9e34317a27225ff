import { formatDateTime, StatusTag } from '../../../../kernel/views';
import type { RefundReason, VhsRefund } from '../../tables';

/** Why the money goes back, in the words staff and participants read. */
export const REFUND_REASON_LABELS: Record<RefundReason, string> = {
  participant_cancelled: 'Buchung in der Rücktrittsfrist storniert',
  course_cancelled: 'Kurs abgesagt',
  reduction_granted: 'Ermäßigung nach Zahlung der vollen Gebühr',
};

/** Open or transferred, as a tag with its date (text, not colour alone). */
export function RefundStateTag({ refund }: { refund: Pick<VhsRefund, 'settledAt'> }) {
  return refund.settledAt ? (
    <StatusTag kind="success">Überwiesen am {formatDateTime(refund.settledAt)}</StatusTag>
  ) : (
    <StatusTag kind="warning">Wird überwiesen</StatusTag>
  );
}
