import type { PageOptions } from '../../../kernel/views';
import { Button, Checkbox, ErrorSummary, Form, TextField } from '../../../kernel/views';
import { formPage, type FormState } from './page';

export function registerPage({ values = {}, errors = {} }: FormState): PageOptions {
  return formPage(
    'Bürgerkonto anlegen',
    { errors },
    <>
      <ErrorSummary errors={errors} />
      <h1>Bürgerkonto anlegen</h1>
      <p class="lead">Mit einem Bürgerkonto sehen Sie Ihre Anliegen an einem Ort. Sie brauchen dafür nur eine E-Mail-Adresse.</p>
      <Form action="/konto/registrieren">
        <TextField
          name="displayName"
          label="Ihr Name"
          hint="So sprechen wir Sie im Stadtportal an."
          value={values.displayName}
          error={errors.displayName}
          autocomplete="name"
          maxLength={100}
          spellcheck={false}
        />
        <TextField
          name="email"
          label="E-Mail-Adresse"
          hint="An diese Adresse schicken wir einen Link. Damit bestätigen Sie, dass die Adresse Ihnen gehört."
          value={values.email}
          error={errors.email}
          type="email"
          autocomplete="email"
          spellcheck={false}
        />
        <TextField
          name="password"
          label="Passwort"
          hint="Mindestens 12 Zeichen. Ein langer Satz, den Sie sich gut merken können, ist ein sicheres Passwort."
          error={errors.password}
          type="password"
          autocomplete="new-password"
        />
        <Checkbox name="privacy" label="Ich habe die Datenschutzhinweise gelesen" error={errors.privacy} checked={values.privacy === 'ja'} />
        <p>
          <a href="/datenschutz">Datenschutzhinweise lesen</a>
        </p>
        <Button>Konto anlegen</Button>
      </Form>
      <p>
        Sie haben schon ein Konto? <a href="/konto/anmelden">Melden Sie sich an</a>.
      </p>
    </>,
  );
}
