import type { PaymentPolicy } from '../../services';

/** The payment policy in plain words for the check page and the receipt. */
export function paymentPolicyText(policy: PaymentPolicy, hasFee: boolean): string {
  if (!hasFee) return 'Für diesen Antrag fallen keine Gebühren an.';
  switch (policy) {
    case 'none':
      return 'Sie bezahlen die Gebühr nicht online. Wie Sie bezahlen, teilen wir Ihnen mit der Entscheidung mit.';
    case 'optional':
      return 'Sie können die Gebühr nach dem Absenden online bezahlen oder später, wenn Sie die Rechnung bekommen.';
    case 'before_submission':
      return 'Sie bezahlen die Gebühr vor dem Absenden online. Erst danach können Sie den Antrag absenden.';
    case 'after_decision':
      return 'Sie bezahlen die Gebühr erst, wenn wir über Ihren Antrag entschieden haben. Sie bekommen dann eine Rechnung.';
  }
}
