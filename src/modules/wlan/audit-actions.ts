/**
 * German labels of the audit actions this module writes, for the audit log /verwaltung/protokoll
 * (manifest `auditActions`). None yet: when a use case audits a change inside its transaction
 * (action `wlan.entry_created`, say), its label goes here
 * (`'wlan.entry_created': 'Eintrag angelegt'`); src/modules/admin/audit-actions.test.ts fails
 * for an action without a label.
 */
export const AUDIT_ACTIONS: Readonly<Record<string, string>> = {};
