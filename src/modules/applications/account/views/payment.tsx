import { ButtonLink, formatDateTime, formatMoney, SummaryList } from '../../../../kernel/views';
import { PATHS } from '../../paths';
import type { ApplicationRow } from '../../repository';
import type { PaymentRow } from '../repository';

const PAYMENT_STATE: Record<ApplicationRow['paymentStatus'], string> = {
  none: 'Noch nicht bezahlt',
  open: 'Offen: die Zahlung ist noch nicht bei uns eingegangen',
  paid: 'Bezahlt',
  failed: 'Die letzte Zahlung hat nicht geklappt',
};

/** Fee and payment state; "Jetzt bezahlen" when the fee may be paid online now. */
export function Payment({ application, payments, mayPay }: { application: ApplicationRow; payments: PaymentRow[]; mayPay: boolean }) {
  if (application.feeCents <= 0) return null;
  const paid = payments.find((payment) => payment.status === 'paid');
  return (
    <section aria-labelledby="payment-title">
      <h2 id="payment-title">Gebühr</h2>
      <SummaryList
        rows={[
          { key: 'Betrag', value: formatMoney(application.feeCents) },
          { key: 'Stand', value: paid?.paidAt ? `Bezahlt am ${formatDateTime(paid.paidAt)}` : PAYMENT_STATE[application.paymentStatus] },
        ]}
      />
      {mayPay && <ButtonLink href={PATHS.pay(application.id)}>Jetzt bezahlen</ButtonLink>}
    </section>
  );
}
