/** German labels of the audit actions this module writes, for the audit log (manifest `auditActions`). */
export const AUDIT_ACTIONS = {
  'site.accessibility_report.status_changed': 'Status einer Barrieremeldung geändert',
};
