/**
 * German labels of the audit actions this module writes, for the audit log /verwaltung/protokoll
 * (manifest `auditActions`); src/modules/admin/audit-actions.test.ts fails for an action without a label.
 * Each part adds its block.
 */
export const AUDIT_ACTIONS: Readonly<Record<string, string>> = {
  // office/ and api/: the counters
  'appointments.booking.checked_in': 'Termin eingecheckt',
  'appointments.booking.called': 'Termin aufgerufen',
  'appointments.booking.done': 'Termin erledigt',
  'appointments.booking.no_show': 'Termin als nicht erschienen vermerkt',
  'appointments.walk_in.created': 'Laufkundschaft aufgenommen',
};
