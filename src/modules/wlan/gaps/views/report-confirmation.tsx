import { ConfirmationPanel } from '../../../../kernel/views';
import { PATHS } from '../../paths';

/** After a report (POST-redirect-GET): the reference and what happens next. */
export function GapConfirmationPage({ reference }: { reference: string | undefined }) {
  return (
    <>
      <ConfirmationPanel title="Ihre Meldung ist eingegangen" reference={reference} />
      <p>Vielen Dank. Ihre Meldung hilft uns zu sehen, wo freies WLAN fehlt.</p>
      <h2>Wie es weitergeht</h2>
      <ul>
        <li>Wir prüfen Ihre Meldung, zusammen mit den Freifunk-Initiativen und den Gesellschaften der Stadt.</li>
        <li>Wenn wir die Lücke bestätigen, erscheint der Ort ungefähr und ohne Ihre Angaben auf der Karte der WLAN-Lücken, mit dem Stand.</li>
        <li>Wenn Sie Ihre E-Mail-Adresse angegeben haben, bekommen Sie gleich eine Bestätigung und eine Nachricht, wenn sich der Stand ändert.</li>
      </ul>
      <p>
        <a href={PATHS.gapMap}>Karte der WLAN-Lücken ansehen</a>
      </p>
      <p>
        <a href={PATHS.reportGap}>Einen weiteren Ort melden</a>
      </p>
    </>
  );
}
