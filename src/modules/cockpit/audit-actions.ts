/**
 * German labels of the audit actions this module writes, for the audit log /verwaltung/protokoll
 * (manifest `auditActions`); src/modules/admin/audit-actions.test.ts fails for an action without one.
 */
export const AUDIT_ACTIONS: Readonly<Record<string, string>> = {
  // Live figures (figures/).
  'cockpit.figures.recomputed': 'Kennzahlen der Digitalisierung neu berechnet',
};
