import type { PageOptions } from '../../../kernel/views';
import { Button, ErrorSummary, Form, TextField } from '../../../kernel/views';
import { formPage, type FormState } from './page';

export function newPasswordPage({ errors = {}, token }: FormState & { token: string }): PageOptions {
  return formPage(
    'Neues Passwort festlegen',
    { errors },
    <>
      <ErrorSummary errors={errors} />
      <h1>Neues Passwort festlegen</h1>
      <p class="lead">Danach sind Sie auf allen Geräten abgemeldet und melden sich mit dem neuen Passwort an.</p>
      <Form action={`/konto/passwort-neu/${token}`}>
        <TextField
          name="password"
          label="Neues Passwort"
          hint="Mindestens 12 Zeichen. Ein langer Satz, den Sie sich gut merken können, ist ein sicheres Passwort."
          error={errors.password}
          type="password"
          autocomplete="new-password"
        />
        <Button>Passwort speichern</Button>
      </Form>
    </>,
  );
}
