import type { PageOptions } from '../../../kernel/views';
import { Button, ErrorSummary, Form, TextField } from '../../../kernel/views';
import { ACCOUNT_CRUMBS, formPage, type FormState } from './page';

export function changePasswordPage({ errors = {}, hasPassword }: FormState & { hasPassword: boolean }): PageOptions {
  const title = hasPassword ? 'Passwort ändern' : 'Passwort festlegen';
  return formPage(
    title,
    { errors },
    <>
      <ErrorSummary errors={errors} />
      <h1>{title}</h1>
      <p class="lead">Nach der Änderung bleiben Sie auf diesem Gerät angemeldet. Auf allen anderen Geräten werden Sie abgemeldet.</p>
      <Form action="/konto/passwort-aendern">
        {hasPassword && (
          <TextField name="currentPassword" label="Aktuelles Passwort" error={errors.currentPassword} type="password" autocomplete="current-password" />
        )}
        <TextField
          name="newPassword"
          label="Neues Passwort"
          hint="Mindestens 12 Zeichen. Ein langer Satz, den Sie sich gut merken können, ist ein sicheres Passwort."
          error={errors.newPassword}
          type="password"
          autocomplete="new-password"
        />
        <Button>{hasPassword ? 'Passwort ändern' : 'Passwort festlegen'}</Button>
      </Form>
      <p>
        <a href="/konto">Zurück zu Mein Konto</a>
      </p>
    </>,
    ACCOUNT_CRUMBS,
  );
}
