/**
 * German labels of the audit actions this module writes, for the audit log /verwaltung/protokoll
 * (manifest `auditActions`); src/modules/admin/audit-actions.test.ts fails for an action without a label.
 * Each part adds its block.
 */
export const AUDIT_ACTIONS: Readonly<Record<string, string>> = {
  // booking/ and manage/: the citizen's own bookings.
  'appointments.booking.created': 'Termin gebucht',
  'appointments.booking.cancelled': 'Termin abgesagt (durch die Person)',
  'appointments.booking.rebooked': 'Termin verschoben (durch die Person)',
};
