import type { PageOptions } from '../../../kernel/views';
import { Button, Checkbox, ErrorSummary, Form, TextField } from '../../../kernel/views';
import { ACCOUNT_CRUMBS, formPage, type FormState } from './page';

export function deleteAccountPage({ values = {}, errors = {}, hasPassword }: FormState & { hasPassword: boolean }): PageOptions {
  return formPage(
    'Möchten Sie Ihr Konto endgültig löschen?',
    { errors },
    <>
      <ErrorSummary errors={errors} />
      <h1>Möchten Sie Ihr Konto endgültig löschen?</h1>
      <p class="lead">Wenn Sie Ihr Konto löschen, entfernen wir Ihre persönlichen Daten. Das können Sie nicht rückgängig machen.</p>
      <ul>
        <li>Sie werden abgemeldet und können sich mit diesem Konto nicht mehr anmelden.</li>
        <li>Einträge im Protokoll, die die Verwaltung aufbewahren muss, nennen Sie danach nicht mehr.</li>
        <li>Sie bekommen eine E-Mail, dass Ihr Konto gelöscht ist.</li>
      </ul>
      <Form action="/konto/loeschen">
        {hasPassword && <TextField name="password" label="Ihr Passwort" hint="Zu Ihrer Sicherheit: Geben Sie Ihr aktuelles Passwort ein." error={errors.password} type="password" autocomplete="current-password" />}
        <Checkbox name="confirm" label="Ja, mein Konto soll endgültig gelöscht werden." error={errors.confirm} checked={values.confirm === 'ja'} />
        <Button variant="danger">Konto endgültig löschen</Button>
      </Form>
      <p>
        <a href="/konto">Abbrechen und zurück zu Mein Konto</a>
      </p>
    </>,
    ACCOUNT_CRUMBS,
  );
}
