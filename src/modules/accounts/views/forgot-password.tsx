import type { PageOptions } from '../../../kernel/views';
import { Button, ErrorSummary, Form, TextField } from '../../../kernel/views';
import { formPage, type FormState } from './page';

export function forgotPasswordPage({ values = {}, errors = {} }: FormState): PageOptions {
  return formPage(
    'Passwort vergessen',
    { errors },
    <>
      <ErrorSummary errors={errors} />
      <h1>Passwort vergessen</h1>
      <p class="lead">Geben Sie die E-Mail-Adresse Ihres Kontos an. Wir schicken Ihnen einen Link, mit dem Sie ein neues Passwort festlegen.</p>
      <Form action="/konto/passwort-vergessen">
        <TextField name="email" label="E-Mail-Adresse" value={values.email} error={errors.email} type="email" autocomplete="email" spellcheck={false} />
        <Button>Link senden</Button>
      </Form>
    </>,
  );
}
