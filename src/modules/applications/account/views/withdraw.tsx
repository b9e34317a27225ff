import { Button, Form } from '../../../../kernel/views';
import { PATHS } from '../../paths';
import type { ApplicationRow } from '../../repository';

/** Confirmation before withdrawing: what it means, then one button or back. */
export function WithdrawPage({ application, serviceName }: { application: ApplicationRow; serviceName: string }) {
  return (
    <>
      <h1>Möchten Sie Ihren Antrag {application.reference} zurückziehen?</h1>
      <p class="lead">{serviceName}</p>
      <ul>
        <li>Wir bearbeiten den Antrag dann nicht weiter.</li>
        <li>Sie können das nicht rückgängig machen. Wenn Sie die Leistung später doch brauchen, stellen Sie einen neuen Antrag.</li>
        <li>Bereits gezahlte Gebühren erstattet die Verwaltung nur in bestimmten Fällen. Fragen Sie dazu über Ihre Nachrichten nach.</li>
        <li>Der Antrag bleibt noch eine Zeit lang unter „Meine Anträge“ sichtbar und wird dann gelöscht.</li>
      </ul>
      <Form action={PATHS.mineWithdraw(application.id)}>
        <div class="button-group">
          <Button variant="danger">Antrag zurückziehen</Button>
          <a href={PATHS.mineDetail(application.id)}>Nein, zurück zum Antrag</a>
        </div>
      </Form>
    </>
  );
}
