/** German labels of the audit actions this module writes, for the audit log (manifest `auditActions`). */
export const AUDIT_ACTIONS = {
  'account.registered': 'Bürgerkonto registriert',
  'account.registration_attempt': 'Registrierung mit vorhandener Adresse versucht',
  'account.email_confirmed': 'E-Mail-Adresse bestätigt',
  'account.confirmation_resent': 'Bestätigungslink erneut gesendet',
  'account.password_reset_requested': 'Passwort-Zurücksetzen angefordert',
  'account.password_reset': 'Passwort über Link festgelegt',
  'account.password_changed': 'Passwort geändert',
  'account.email_change_requested': 'Änderung der E-Mail-Adresse angefordert',
  'account.email_changed': 'E-Mail-Adresse geändert',
  'account.deleted': 'Konto gelöscht',
};
