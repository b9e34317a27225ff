import type { PageOptions } from '../../../kernel/views';
import { ButtonLink } from '../../../kernel/views';
import { HOME_CRUMB } from './page';

export type LinkKind = 'confirm-email' | 'reset-password' | 'change-email' | 'email-taken';

const TEXTS: Record<LinkKind, { title: string; text: string; action: { href: string; label: string } }> = {
  'confirm-email': {
    title: 'Der Bestätigungslink funktioniert nicht',
    text: 'Der Link ist abgelaufen, wurde schon benutzt oder ist unvollständig. Ein Link gilt 48 Stunden und nur einmal. Wenn Sie Ihre Adresse schon bestätigt haben, können Sie sich anmelden.',
    action: { href: '/konto/bestaetigung-erneut', label: 'Neuen Bestätigungslink anfordern' },
  },
  'reset-password': {
    title: 'Der Link für ein neues Passwort funktioniert nicht',
    text: 'Der Link ist abgelaufen, wurde schon benutzt oder ist unvollständig. Ein Link gilt 1 Stunde und nur einmal. Nur der Link aus der neuesten E-Mail funktioniert.',
    action: { href: '/konto/passwort-vergessen', label: 'Neuen Link anfordern' },
  },
  'change-email': {
    title: 'Der Link zum Ändern der E-Mail-Adresse funktioniert nicht',
    text: 'Der Link ist abgelaufen, wurde schon benutzt oder gehört zu einem anderen Konto. Melden Sie sich mit dem Konto an, für das Sie die Änderung beantragt haben, und beantragen Sie sie bei Bedarf neu.',
    action: { href: '/konto/email-aendern', label: 'E-Mail-Adresse ändern' },
  },
  'email-taken': {
    title: 'Diese E-Mail-Adresse wird schon verwendet',
    text: 'Inzwischen gibt es ein anderes Konto mit dieser E-Mail-Adresse. Ihre Adresse wurde deshalb nicht geändert. Wählen Sie eine andere Adresse.',
    action: { href: '/konto/email-aendern', label: 'Andere E-Mail-Adresse angeben' },
  },
};

/** 400 page for an e-mail link that cannot be used, with the way forward. */
export function linkInvalidPage(kind: LinkKind): PageOptions & { status: number } {
  const { title, text, action } = TEXTS[kind];
  return {
    title,
    status: 400,
    breadcrumbs: [HOME_CRUMB],
    body: (
      <>
        <h1>{title}</h1>
        <p class="lead">{text}</p>
        <p class="button-group">
          <ButtonLink href={action.href}>{action.label}</ButtonLink>
          <ButtonLink href="/konto/anmelden" variant="secondary">
            Zur Anmeldung
          </ButtonLink>
        </p>
      </>
    ),
  };
}
