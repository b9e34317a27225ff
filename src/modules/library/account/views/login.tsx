import type { FieldErrors } from '../../../../kernel/http';
import type { PageOptions } from '../../../../kernel/views';
import { Button, ErrorSummary, Form, InsetText, TextField } from '../../../../kernel/views';
import { LENDING_PATHS } from '../../paths';

interface LoginProps {
  values?: Record<string, string>;
  errors?: FieldErrors;
  /** Logged in to the portal: the form links the card to the account instead of starting a card session. */
  portalUser: boolean;
}

/** Card number and PIN; for portal users the same form links the card once. */
export function readerLoginPage({ values = {}, errors = {}, portalUser }: LoginProps): PageOptions {
  const title = portalUser ? 'Büchereiausweis verbinden' : 'Anmelden mit dem Büchereiausweis';
  return {
    title,
    hasErrors: Object.keys(errors).length > 0,
    breadcrumbs: [
      { href: '/', label: 'Startseite' },
      { href: '/bildung/buecherei', label: 'Stadtbücherei' },
    ],
    body: (
      <>
        <ErrorSummary errors={errors} />
        <h1>{title}</h1>
        {portalUser ? (
          <p class="lead">
            Geben Sie einmal Ihre Ausweisnummer und Ihre PIN ein. Danach sehen Sie Ihr Büchereikonto immer, wenn Sie im Bürgerkonto angemeldet sind.
          </p>
        ) : (
          <p class="lead">Hier sehen Sie Ihre Ausleihen und Vormerkungen, verlängern Medien und sehen offene Gebühren.</p>
        )}
        <Form action={LENDING_PATHS.login}>
          <TextField
            name="cardNumber"
            label="Ausweisnummer"
            hint="Die Nummer steht auf der Rückseite Ihres Büchereiausweises."
            value={values.cardNumber}
            error={errors.cardNumber}
            autocomplete="username"
            spellcheck={false}
            width="medium"
          />
          <TextField
            name="pin"
            label="PIN"
            hint="Die PIN steht in dem Brief, den Sie mit dem Ausweis bekommen haben."
            error={errors.pin}
            type="password"
            autocomplete="current-password"
            width="short"
          />
          <Button>{portalUser ? 'Ausweis verbinden' : 'Anmelden'}</Button>
        </Form>
        <InsetText>
          <p>PIN vergessen? Die Bücherei stellt Ihnen an der Ausleihtheke einen neuen PIN-Brief aus. Bringen Sie Ihren Ausweis mit.</p>
        </InsetText>
        {!portalUser && (
          <p>
            Sie haben ein Bürgerkonto? <a href={`/konto/anmelden?weiter=${encodeURIComponent(LENDING_PATHS.login)}`}>Melden Sie sich dort an</a> und verbinden
            Sie Ihren Ausweis einmal mit dem Konto.
          </p>
        )}
      </>
    ),
  };
}
