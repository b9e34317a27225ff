/**
 * German labels of the audit actions this module writes, for the audit log /verwaltung/protokoll
 * (manifest `auditActions`); src/modules/admin/audit-actions.test.ts fails for an action without a label.
 * One block per part.
 */
export const AUDIT_ACTIONS: Readonly<Record<string, string>> = {
  // Import (council-import): sources and runs.
  'council.source.created': 'Ratsinformation: Import-Quelle angelegt',
  'council.source.updated': 'Ratsinformation: Import-Quelle geändert',
  'council.source.scheduled': 'Ratsinformation: Zeitplan einer Import-Quelle geändert',
  'council.import.queued': 'Ratsinformation: Import gestartet',
};
