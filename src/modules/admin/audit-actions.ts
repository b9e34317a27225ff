/** German labels of the audit actions this module writes, for the audit log (manifest `auditActions`). */
export const AUDIT_ACTIONS = {
  'admin.user_created': 'Konto angelegt',
  'admin.role_changed': 'Rolle geändert',
  'admin.departments_changed': 'Fachbereiche geändert',
  'admin.permissions_changed': 'Berechtigungen geändert',
  'admin.user_disabled': 'Konto gesperrt',
  'admin.user_enabled': 'Konto entsperrt',
  'admin.password_link_sent': 'Link zum Passwort-Setzen gesendet',
  'admin.department_created': 'Fachbereich angelegt',
};
