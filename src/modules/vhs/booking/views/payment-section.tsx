import { Button, Form, formatDateTime, formatMoney, RadioGroup, SummaryList } from '../../../../kernel/views';
import type { VhsBooking } from '../../tables';
import { BOOKING_PATHS } from '../paths';
import { mayPay } from '../use-cases/pay-fee';

export interface ProviderChoice {
  id: string;
  label: string;
  hint: string;
}

/** The course fee on the booking page: what to pay and how, the transfer details, or that it is paid. */
export function PaymentSection({ booking, providers }: { booking: VhsBooking; providers: ProviderChoice[] }) {
  if (booking.state !== 'booked' || booking.feeCents === 0) return null;
  return (
    <>
      <h2 id="zahlung">Kursgebühr</h2>
      {booking.paymentState === 'paid' ? (
        <p>
          Bezahlt: {formatMoney(booking.feeCents)}
          {booking.paidAt ? ` am ${formatDateTime(booking.paidAt)}` : ''}.
        </p>
      ) : booking.paymentState === 'open' && booking.paymentInstructions ? (
        <>
          <p>Bitte überweisen Sie die Kursgebühr mit diesen Angaben. Sobald das Geld eingegangen ist, steht die Buchung hier als bezahlt.</p>
          <SummaryList rows={Object.entries(booking.paymentInstructions).map(([key, value]) => ({ key, value }))} />
        </>
      ) : booking.paymentState === 'open' ? (
        <p>
          Ihre Zahlung ist noch nicht bestätigt. <a href={BOOKING_PATHS.minePaymentReturn(booking.id)}>Stand der Zahlung abfragen</a>
        </p>
      ) : null}
      {mayPay(booking) && providers.length > 0 && (
        <Form action={BOOKING_PATHS.minePay(booking.id)}>
          {booking.paymentState === 'failed' && <p>Die letzte Zahlung hat nicht geklappt. Bitte versuchen Sie es noch einmal.</p>}
          <RadioGroup
            name="zahlart"
            legend={`Wie möchten Sie ${formatMoney(booking.feeCents)} bezahlen?`}
            value={providers[0]?.id}
            options={providers.map((provider) => ({ value: provider.id, label: provider.label, hint: provider.hint }))}
          />
          <Button>Kursgebühr bezahlen</Button>
        </Form>
      )}
    </>
  );
}
