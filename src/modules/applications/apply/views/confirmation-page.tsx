import { ConfirmationPanel, formatDate, formatDateTime } from '../../../../kernel/views';
import { PATHS } from '../../paths';

export interface ConfirmationProps {
  applicationId: string;
  reference: string;
  serviceName: string;
  submittedAt: Date;
  dueAt: Date | null;
  email: string | null;
  guest: boolean;
}

/** GOV.UK confirmation page: the reference in a panel, what happens next, the receipt. */
export function ConfirmationPage({ applicationId, reference, serviceName, submittedAt, dueAt, email, guest }: ConfirmationProps) {
  return (
    <>
      <ConfirmationPanel title="Antrag eingegangen" reference={reference} />
      <p>
        Ihr Antrag „{serviceName}“ ist am {formatDateTime(submittedAt)} bei uns eingegangen.
        {email && ` Wir haben Ihnen eine Bestätigung an ${email} geschickt.`}
      </p>
      <p>
        <a href={PATHS.receipt(applicationId)}>Eingangsbestätigung herunterladen (PDF)</a>
      </p>
      <h2>Wie es weitergeht</h2>
      <ul>
        <li>Wir prüfen Ihren Antrag.</li>
        <li>Wenn uns etwas fehlt, melden wir uns bei Ihnen.</li>
        {dueAt && <li>In der Regel entscheiden wir bis zum {formatDate(dueAt)}.</li>}
        <li>Bitte geben Sie die Vorgangsnummer an, wenn Sie uns schreiben oder anrufen.</li>
      </ul>
      {guest ? (
        <p>
          Wenn sich etwas ändert, schreiben wir Ihnen eine E-Mail. Den Stand Ihres Antrags, unsere Nachrichten und den Bescheid finden Sie unter{' '}
          <a href={PATHS.guestStatus(applicationId)}>Stand Ihres Antrags</a> und über den persönlichen Link aus der Bestätigungs-E-Mail.
        </p>
      ) : (
        <p>
          Den Stand Ihres Antrags sehen Sie jederzeit unter <a href={PATHS.mine}>Meine Anträge</a>.
        </p>
      )}
    </>
  );
}
