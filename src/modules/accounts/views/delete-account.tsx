import type { PageOptions } from '../../../kernel/views';
import { Button, Checkbox, ErrorSummary, Form, TextField } from '../../../kernel/views';
import { PATHS } from '../paths';
import { ACCOUNT_CRUMBS, formPage, type FormState } from './page';

export function deleteAccountPage({ values = {}, errors = {}, hasPassword }: FormState & { hasPassword: boolean }): PageOptions {
  return formPage(
    'Möchten Sie Ihr Konto endgültig löschen?',
    { errors },
    <>
      <ErrorSummary errors={errors} />
      <h1>Möchten Sie Ihr Konto endgültig löschen?</h1>
      <p class="lead">
        Wenn Sie Ihr Konto löschen, entfernen wir Ihre persönlichen Daten aus allen Bereichen des Portals. Das können Sie nicht rückgängig machen.
      </p>
      <ul>
        <li>Sie werden abgemeldet und können sich mit diesem Konto nicht mehr anmelden.</li>
        <li>Entwürfe von Anträgen löschen wir mit allen Angaben und Dateien.</li>
        <li>
          Eingereichte Anträge muss die Verwaltung bis zum Ende der Aufbewahrungsfrist aufbewahren. Wir trennen sie von Ihrem Konto und entfernen Ihre
          E-Mail-Adresse daraus.
        </li>
        <li>Einträge im Protokoll, die die Verwaltung aufbewahren muss, nennen Sie danach nicht mehr.</li>
        <li>Nach dem Löschen zeigen wir Ihnen, was wir gelöscht haben und was aufbewahrt wird. Sie bekommen außerdem eine E-Mail.</li>
      </ul>
      <p>
        Möchten Sie Ihre Daten vorher sichern? <a href={PATHS.myData}>Meine Daten herunterladen (JSON)</a>
      </p>
      <Form action={PATHS.delete}>
        {hasPassword && (
          <TextField
            name="password"
            label="Ihr Passwort"
            hint="Zu Ihrer Sicherheit: Geben Sie Ihr aktuelles Passwort ein."
            error={errors.password}
            type="password"
            autocomplete="current-password"
          />
        )}
        <Checkbox name="confirm" label="Ja, mein Konto soll endgültig gelöscht werden." error={errors.confirm} checked={values.confirm === 'ja'} />
        <Button variant="danger">Konto endgültig löschen</Button>
      </Form>
      <p>
        <a href={PATHS.account}>Abbrechen und zurück zu Mein Konto</a>
      </p>
    </>,
    ACCOUNT_CRUMBS,
  );
}
