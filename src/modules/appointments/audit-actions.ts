/**
 * German labels of the audit actions this module writes, for the audit log /verwaltung/protokoll
 * (manifest `auditActions`); src/modules/admin/audit-actions.test.ts fails for an action without a label.
 * Each part adds its block.
 */
export const AUDIT_ACTIONS: Readonly<Record<string, string>> = {
  // lifecycle/
  'appointments.retention.erased': 'Termindaten nach Ablauf der Aufbewahrungsfrist gelöscht',
};
