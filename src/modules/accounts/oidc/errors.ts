import { AppError } from '../../../kernel/http';

/**
 * Everything that can go wrong in an OpenID Connect login, as pages a citizen understands.
 * The log message (third argument) names the technical cause; it never contains claims or tokens.
 */
const RESTART = 'Bitte starten Sie die Anmeldung noch einmal über die Anmeldeseite.';

export const oidcErrors = {
  /** The provider could not be reached at all (connection refused, DNS, timeout). */
  unreachable: (cause: unknown) =>
    new AppError(
      'oidc_unreachable',
      {
        status: 503,
        userMessage:
          'Der Anmeldedienst ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten noch einmal oder melden Sie sich mit E-Mail-Adresse und Passwort an.',
        cause,
      },
      'OpenID provider unreachable',
    ),
  /** The provider answered, but not as an OpenID provider should (bad metadata, client rejected, server error). */
  badGateway: (cause: unknown, detail: string) =>
    new AppError(
      'oidc_bad_gateway',
      {
        status: 502,
        userMessage:
          'Der Anmeldedienst hat nicht wie erwartet geantwortet. Bitte versuchen Sie es später noch einmal oder melden Sie sich mit E-Mail-Adresse und Passwort an.',
        cause,
      },
      `OpenID provider misbehaved: ${detail}`,
    ),
  /** No pending login for this browser: expired, already used (replay) or the cookie was lost. */
  noPendingLogin: () =>
    new AppError('oidc_no_pending_login', { status: 400, userMessage: `Die Anmeldung ist abgelaufen oder wurde bereits abgeschlossen. ${RESTART}` }),
  stateMismatch: () =>
    new AppError(
      'oidc_state_mismatch',
      { status: 400, userMessage: `Die Antwort des Anmeldedienstes gehört nicht zu Ihrer Anmeldung in diesem Browser. ${RESTART}` },
      'OpenID state mismatch',
    ),
  /** The provider sent `?error=…` back, e.g. because the person cancelled. */
  providerRefused: (error: string) =>
    new AppError(
      'oidc_provider_error',
      {
        status: 400,
        userMessage:
          error === 'access_denied'
            ? `Die Anmeldung wurde beim Anmeldedienst abgebrochen. Sie sind nicht angemeldet. ${RESTART}`
            : `Der Anmeldedienst hat die Anmeldung nicht bestätigt. Sie sind nicht angemeldet. ${RESTART}`,
      },
      `OpenID provider returned error=${error.slice(0, 64)}`,
    ),
  /** The code or ID token did not check out (used code, wrong nonce or issuer, expired token). */
  rejectedResponse: (cause: unknown, detail: string) =>
    new AppError(
      'oidc_rejected_response',
      { status: 400, userMessage: `Die Anmeldung konnte nicht bestätigt werden. ${RESTART}`, cause },
      `OpenID response rejected: ${detail}`,
    ),
  noEmail: () =>
    new AppError('oidc_no_email', {
      status: 400,
      userMessage:
        'Der Anmeldedienst hat keine E-Mail-Adresse übermittelt. Das Stadtportal braucht eine E-Mail-Adresse, um Sie über Ihre Anliegen zu informieren. Bitte erlauben Sie beim Anmeldedienst die Weitergabe Ihrer E-Mail-Adresse oder registrieren Sie sich mit E-Mail-Adresse und Passwort.',
    }),
  /** An account with this address exists, but nothing proves the two are the same person. */
  emailInUse: () =>
    new AppError('oidc_email_in_use', {
      status: 409,
      userMessage:
        'Für diese E-Mail-Adresse gibt es schon ein Konto im Stadtportal. Melden Sie sich bitte mit E-Mail-Adresse und Passwort an. Wenn Sie das Passwort nicht mehr kennen, können Sie es auf der Anmeldeseite zurücksetzen.',
    }),
  /** The existing account's address was never confirmed: linking to it would hand it to whoever registered it. */
  existingAccountUnconfirmed: () =>
    new AppError('oidc_existing_unconfirmed', {
      status: 409,
      userMessage:
        'Für diese E-Mail-Adresse gibt es schon ein Konto im Stadtportal, dessen E-Mail-Adresse noch nicht bestätigt ist. Bestätigen Sie bitte zuerst die Adresse über den Link in unserer E-Mail (oder setzen Sie das Passwort auf der Anmeldeseite zurück) und melden Sie sich danach erneut über den Anmeldedienst an.',
    }),
  accountDisabled: () =>
    new AppError('account_disabled', {
      status: 403,
      userMessage: 'Dieses Konto ist gesperrt. Bitte wenden Sie sich an die Stadtverwaltung, wenn Sie Fragen dazu haben.',
    }),
  /** Two logins of one new person at the same moment; the second one simply tries again. */
  concurrentLink: () =>
    new AppError('oidc_concurrent_link', { status: 409, userMessage: `Ihr Konto wurde gerade in einem anderen Fenster angelegt. ${RESTART}` }),
};
