import type { PageOptions } from '../../../kernel/views';
import { HOME_CRUMB } from './page';

/**
 * The one answer after registering, resending a link or asking for a new password: the same page
 * whether or not the address has an account (no account enumeration).
 */
export function checkEmailPage(purpose: 'confirm' | 'reset'): PageOptions {
  const what =
    purpose === 'confirm' ? 'Bestätigen Sie Ihre E-Mail-Adresse mit dem Link in der E-Mail.' : 'Legen Sie Ihr neues Passwort mit dem Link in der E-Mail fest.';
  const lifetime = purpose === 'confirm' ? '48 Stunden' : '1 Stunde';
  const retry = purpose === 'confirm' ? '/konto/bestaetigung-erneut' : '/konto/passwort-vergessen';
  return {
    title: 'Prüfen Sie Ihr E-Mail-Postfach',
    breadcrumbs: [HOME_CRUMB],
    body: (
      <>
        <h1>Prüfen Sie Ihr E-Mail-Postfach</h1>
        <p class="lead">Wir haben Ihnen eine E-Mail geschickt. {what}</p>
        <p>Der Link ist {lifetime} gültig. Die E-Mail kann einige Minuten brauchen. Sehen Sie auch im Spam-Ordner nach.</p>
        <h2>Keine E-Mail bekommen?</h2>
        <p>
          Prüfen Sie, ob Sie die Adresse richtig geschrieben haben. Dann <a href={retry}>fordern Sie einen neuen Link an</a>.
        </p>
      </>
    ),
  };
}
