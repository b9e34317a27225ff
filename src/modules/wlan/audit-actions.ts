/**
 * German labels of the audit actions this module writes, for the audit log /verwaltung/protokoll
 * (manifest `auditActions`); src/modules/admin/audit-actions.test.ts fails for an action without a label.
 */
export const AUDIT_ACTIONS: Readonly<Record<string, string>> = {
  // Coverage gaps (wlan-gaps: gaps/).
  'wlan.gap.state_changed': 'WLAN-Lücke: Status geändert',
  'wlan.gap.contact_erased': 'WLAN-Lücke: E-Mail und Foto nach Frist gelöscht',
};
