import type { Role } from '../../kernel/auth';

export const ROLE_LABELS: Record<Role, string> = {
  citizen: 'Bürgerin oder Bürger',
  staff: 'Mitarbeiterin oder Mitarbeiter der Verwaltung',
  admin: 'Administration',
};

const ACTIVITY_LABELS: Record<string, string> = {
  'auth.login': 'Angemeldet',
  'auth.logout': 'Abgemeldet',
  'auth.login_failed': 'Anmeldung fehlgeschlagen',
  'account.registered': 'Konto angelegt',
  'account.registration_attempt': 'Versuch, ein zweites Konto mit Ihrer Adresse anzulegen',
  'account.email_confirmed': 'E-Mail-Adresse bestätigt',
  'account.confirmation_resent': 'Neuen Bestätigungslink angefordert',
  'account.password_changed': 'Passwort geändert',
  'account.password_reset_requested': 'Link für ein neues Passwort angefordert',
  'account.password_reset': 'Neues Passwort über den E-Mail-Link festgelegt',
  'account.email_change_requested': 'Änderung der E-Mail-Adresse beantragt',
  'account.email_changed': 'E-Mail-Adresse geändert',
};

/** Audit actions in the person's words; actions of other modules keep their technical name. */
export function activityLabel(action: string): string {
  return ACTIVITY_LABELS[action] ?? action;
}
