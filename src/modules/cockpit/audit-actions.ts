/**
 * German labels of the audit actions this module writes, for the audit log /verwaltung/protokoll
 * (manifest `auditActions`); src/modules/admin/audit-actions.test.ts fails for an action without one.
 */
export const AUDIT_ACTIONS: Readonly<Record<string, string>> = {
  // Live figures (figures/).
  'cockpit.figures.recomputed': 'Kennzahlen der Digitalisierung neu berechnet',
  // exchange/: other towns' feeds for the comparison
  'cockpit.partner_feed.imported': 'Feed einer anderen Stadt gelesen und in den Vergleich aufgenommen',
  'cockpit.partner_feed.uploaded': 'Feed-Datei einer anderen Stadt hochgeladen',
  'cockpit.partner_feed.refreshed': 'Feed einer anderen Stadt neu gelesen',
  'cockpit.partner_feed.removed': 'Andere Stadt aus dem Vergleich entfernt',
};
