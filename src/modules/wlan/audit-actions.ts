/**
 * German labels of the audit actions this module writes, for the audit log /verwaltung/protokoll
 * (manifest `auditActions`); src/modules/admin/audit-actions.test.ts fails for an action without a label.
 */
export const AUDIT_ACTIONS: Readonly<Record<string, string>> = {
  // Coverage gaps (wlan-gaps: gaps/).
  'wlan.gap.state_changed': 'WLAN-Lücke: Status geändert',
  'wlan.gap.contact_erased': 'WLAN-Lücke: E-Mail und Foto nach Frist gelöscht',
  // Import and staff sections (import/, staff/): feed sources, own hotspots.
  'wlan.source.created': 'WLAN-Feed-Quelle angelegt',
  'wlan.source.updated': 'WLAN-Feed-Quelle geändert',
  'wlan.source.enabled': 'WLAN-Feed-Quelle eingeschaltet',
  'wlan.source.disabled': 'WLAN-Feed-Quelle ausgeschaltet',
  'wlan.source.import_queued': 'WLAN-Feed-Import angestoßen',
  'wlan.hotspot.created': 'Eigener WLAN-Hotspot angelegt',
  'wlan.hotspot.updated': 'Eigener WLAN-Hotspot geändert',
  'wlan.hotspot.retired': 'Eigener WLAN-Hotspot außer Betrieb genommen',
  'wlan.hotspot.deleted': 'Eigener WLAN-Hotspot gelöscht',
};
