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
  // Measures (measures/).
  'cockpit.measure_created': 'Maßnahme der Digitalisierung angelegt',
  'cockpit.measure_changed': 'Maßnahme der Digitalisierung geändert',
  'cockpit.measure_published': 'Maßnahme der Digitalisierung veröffentlicht',
  'cockpit.measure_unpublished': 'Maßnahme der Digitalisierung nicht mehr veröffentlicht',
  'cockpit.measure_deleted': 'Maßnahme der Digitalisierung gelöscht',
  'cockpit.milestone_added': 'Meilenstein einer Maßnahme hinzugefügt',
  'cockpit.milestone_changed': 'Meilenstein einer Maßnahme geändert',
  'cockpit.milestone_done': 'Meilenstein einer Maßnahme erreicht',
  'cockpit.milestone_deleted': 'Meilenstein einer Maßnahme entfernt',
  'cockpit.risk_added': 'Risiko einer Maßnahme hinzugefügt',
  'cockpit.risk_changed': 'Risiko einer Maßnahme geändert',
  'cockpit.risk_deleted': 'Risiko einer Maßnahme entfernt',
  'cockpit.link_added': 'Maßnahme verknüpft (Leistung, Datensatz, Kurs oder Hotspot)',
  'cockpit.link_removed': 'Verknüpfung einer Maßnahme entfernt',
};
