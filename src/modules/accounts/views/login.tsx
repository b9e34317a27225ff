import type { PageOptions } from '../../../kernel/views';
import { Button, ButtonLink, ErrorSummary, Form, InsetText, TextField } from '../../../kernel/views';
import { formPage, type FormState } from './page';

export interface LoginState extends FormState {
  /** Safe local path to go to after logging in. */
  next: string;
  /** Shown when the password was right but the address is not confirmed yet. */
  unverified?: boolean;
  /** The OpenID Connect login (BundID), when one is configured. */
  oidc?: { href: string; label: string } | undefined;
}

export function loginPage({ values = {}, errors = {}, next, unverified, oidc }: LoginState): PageOptions {
  return formPage(
    'Anmelden',
    { errors },
    <>
      <ErrorSummary errors={errors} />
      <h1>Anmelden</h1>
      {unverified && (
        <InsetText>
          <p>
            Wir haben Ihnen beim Anlegen des Kontos einen Bestätigungslink geschickt. Keine E-Mail bekommen?{' '}
            <a href="/konto/bestaetigung-erneut">Neuen Bestätigungslink anfordern</a>
          </p>
        </InsetText>
      )}
      <Form action="/konto/anmelden">
        <input type="hidden" name="weiter" value={next} />
        <TextField name="email" label="E-Mail-Adresse" value={values.email} error={errors.email} type="email" autocomplete="username" spellcheck={false} />
        <TextField name="password" label="Passwort" error={errors.password} type="password" autocomplete="current-password" />
        <Button>Anmelden</Button>
      </Form>
      <p>
        <a href="/konto/passwort-vergessen">Passwort vergessen?</a>
      </p>
      {oidc && (
        <p>
          {/* A link, not a form: the CSP's form-action allows only this site, the provider is elsewhere. */}
          <ButtonLink href={oidc.href} variant="secondary">
            {oidc.label}
          </ButtonLink>
        </p>
      )}
      <h2>Noch kein Konto?</h2>
      <p>
        <a href="/konto/registrieren">Bürgerkonto anlegen</a> – Sie brauchen dafür nur eine E-Mail-Adresse.
      </p>
    </>,
  );
}
