/**
 * German labels of the audit actions this module writes, for the audit log /verwaltung/protokoll
 * (manifest `auditActions`); src/modules/admin/audit-actions.test.ts fails for an action without one.
 */
export const AUDIT_ACTIONS: Readonly<Record<string, string>> = {
  // catalogue (MARC import)
  'library.catalogue.imported': 'Bücherei: Katalog aus MARC-Datei importiert',
  // events (events/)
  'library.event_created': 'Veranstaltung der Bücherei angelegt',
  'library.event_changed': 'Veranstaltung der Bücherei geändert',
  'library.event_cancelled': 'Veranstaltung der Bücherei abgesagt',
};
