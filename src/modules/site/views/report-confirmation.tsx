import type { Municipality } from '../../../kernel/config';
import { ConfirmationPanel } from '../../../kernel/views';
import type { StateLaw } from '../legal';
import { PATHS } from '../paths';
import { answerPromise } from '../presenters';

/** After "Barriere melden" (POST-redirect-GET): reference and what happens next. */
export function ReportConfirmationPage({ reference, municipality, law }: { reference: string | undefined; municipality: Municipality; law: StateLaw }) {
  const { enforcementBody } = municipality.accessibility;
  return (
    <>
      <ConfirmationPanel title="Ihre Meldung ist eingegangen" reference={reference} />
      <p>Vielen Dank. Ihre Meldung hilft uns, das Stadtportal für alle besser zu machen.</p>

      <h2>Wie es weitergeht</h2>
      <ul>
        <li>Ihre Meldung ist bei den zuständigen Mitarbeitenden der {municipality.officialName} angekommen.</li>
        <li>Wir prüfen, wie wir die Barriere beheben können.</li>
        <li>
          Wenn Sie Ihre E-Mail-Adresse angegeben haben, bekommen Sie gleich eine Eingangsbestätigung. Wir antworten Ihnen {answerPromise(law)}. Wenn wir die
          Barriere bis dahin nicht beheben können, bekommen Sie eine Zwischennachricht.
        </li>
      </ul>
      <p>
        Wenn Sie keine zufriedenstellende Antwort erhalten, können Sie sich an die <a href={enforcementBody.website}>{enforcementBody.name}</a> wenden.
      </p>
      <p>
        <a href={PATHS.reportBarrier}>Eine weitere Barriere melden</a>
      </p>
      <p>
        <a href={PATHS.home}>Zur Startseite</a>
      </p>
    </>
  );
}
