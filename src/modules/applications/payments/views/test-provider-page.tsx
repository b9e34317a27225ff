import { Button, Form, formatMoney, NotificationBanner, SummaryList } from '../../../../kernel/views';
import { PATHS } from '../../paths';
import type { TestPaymentRow } from '../repository';

/**
 * The Testbezahldienst's own page: it stands in for the external payment platform, so it looks
 * like one step outside the portal — and says clearly that no money moves.
 */
export function TestProviderPage({ transaction }: { transaction: TestPaymentRow }) {
  const open = transaction.status === 'open';
  return (
    <>
      <NotificationBanner kind="warning" title="Testbezahldienst – es wird kein Geld bewegt">
        <p>Diese Seite spielt einen Bezahldienst nach, damit Sie das Bezahlen ausprobieren können. Sie geben keine Bankdaten ein.</p>
      </NotificationBanner>
      <h1>Testbezahldienst</h1>
      <SummaryList
        rows={[
          { key: 'Betrag', value: formatMoney(transaction.amountCents) },
          { key: 'Verwendungszweck', value: transaction.purpose },
        ]}
      />
      {open ? (
        <Form action={PATHS.testProvider(transaction.id)}>
          <fieldset class="fieldset">
            <legend class="legend">Wie soll die Testzahlung ausgehen?</legend>
            <Button name="ergebnis" value="bezahlt">
              Zahlung erfolgreich
            </Button>{' '}
            <Button name="ergebnis" value="abgebrochen" variant="secondary">
              Zahlung abbrechen
            </Button>
          </fieldset>
        </Form>
      ) : (
        <>
          <p>Diese Testzahlung ist bereits abgeschlossen.</p>
          <p>
            <a href={transaction.returnUrl}>Zurück zum Stadtportal</a>
          </p>
        </>
      )}
    </>
  );
}
