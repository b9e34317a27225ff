import { ButtonLink, formatMoney, NotificationBanner } from '../../../../kernel/views';
import type { PaymentRow } from '../repository';

const TEXT = {
  open: {
    title: 'Ihre Zahlung ist noch nicht abgeschlossen',
    body: 'Der Bezahldienst hat uns noch keine Zahlung gemeldet. Wenn Sie die Zahlung abgeschlossen haben, laden Sie diese Seite in einigen Minuten neu.',
  },
  cancelled: {
    title: 'Die Zahlung wurde abgebrochen',
    body: 'Es wurde kein Geld abgebucht. Sie können es noch einmal versuchen oder eine andere Zahlungsart wählen.',
  },
  failed: {
    title: 'Die Zahlung hat nicht geklappt',
    body: 'Es wurde kein Geld abgebucht. Sie können es noch einmal versuchen oder eine andere Zahlungsart wählen.',
  },
} as const;

/** The heading for a payment that is not paid; the route uses it as the page title too. */
export function outcomeTitle(payment: Pick<PaymentRow, 'status'>): string {
  return outcomeText(payment).title;
}

function outcomeText(payment: Pick<PaymentRow, 'status'>): (typeof TEXT)[keyof typeof TEXT] {
  return TEXT[payment.status === 'open' || payment.status === 'created' ? 'open' : payment.status === 'cancelled' ? 'cancelled' : 'failed'];
}

/** A payment that is not (yet) paid: say so plainly and offer the way forward. */
export function OutcomePage({ payment, payHref, backHref, backLabel }: { payment: PaymentRow; payHref: string; backHref: string; backLabel: string }) {
  const text = outcomeText(payment);
  return (
    <>
      <h1>{text.title}</h1>
      <NotificationBanner kind="warning" title={`Betrag: ${formatMoney(payment.amountCents)}`}>
        <p>{text.body}</p>
      </NotificationBanner>
      <p>
        <ButtonLink href={payHref}>Noch einmal bezahlen</ButtonLink>
      </p>
      <p>
        <a href={backHref}>{backLabel}</a>
      </p>
    </>
  );
}
