import type { PageOptions } from '../../../kernel/views';
import { Button, ErrorSummary, Form, TextField } from '../../../kernel/views';
import { ACCOUNT_CRUMBS, formPage, type FormState } from './page';

export function changeEmailPage({
  values = {},
  errors = {},
  hasPassword,
  currentEmail,
}: FormState & { hasPassword: boolean; currentEmail: string }): PageOptions {
  return formPage(
    'E-Mail-Adresse ändern',
    { errors },
    <>
      <ErrorSummary errors={errors} />
      <h1>E-Mail-Adresse ändern</h1>
      <p class="lead">Ihre Adresse ist zurzeit {currentEmail}.</p>
      <p>
        Wir schicken einen Link an die neue Adresse. Erst wenn Sie ihn öffnen, ändert sich Ihre Adresse. An die bisherige Adresse schicken wir einen Hinweis.
      </p>
      <Form action="/konto/email-aendern">
        <TextField name="email" label="Neue E-Mail-Adresse" value={values.email} error={errors.email} type="email" autocomplete="email" spellcheck={false} />
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
        <Button>Bestätigungslink senden</Button>
      </Form>
      <p>
        <a href="/konto">Zurück zu Mein Konto</a>
      </p>
    </>,
    ACCOUNT_CRUMBS,
  );
}
