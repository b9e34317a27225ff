import type { PageOptions } from '../../../kernel/views';
import { Button, ErrorSummary, Form, TextField } from '../../../kernel/views';
import { formPage, type FormState } from './page';

export function resendConfirmationPage({ values = {}, errors = {} }: FormState): PageOptions {
  return formPage(
    'Neuen Bestätigungslink anfordern',
    { errors },
    <>
      <ErrorSummary errors={errors} />
      <h1>Neuen Bestätigungslink anfordern</h1>
      <p class="lead">Wenn Sie Ihre E-Mail-Adresse noch nicht bestätigt haben, schicken wir Ihnen einen neuen Link.</p>
      <Form action="/konto/bestaetigung-erneut">
        <TextField
          name="email"
          label="E-Mail-Adresse"
          hint="Die Adresse, mit der Sie das Konto angelegt haben."
          value={values.email}
          error={errors.email}
          type="email"
          autocomplete="email"
          spellcheck={false}
        />
        <Button>Link senden</Button>
      </Form>
    </>,
  );
}
