/**
 * German labels of the audit actions this module writes, for the audit log /verwaltung/protokoll
 * (manifest `auditActions`); src/modules/admin/audit-actions.test.ts fails for an action without a label.
 * Each part adds its block.
 */
export const AUDIT_ACTIONS: Readonly<Record<string, string>> = {
  // lifecycle/
  'appointments.retention.erased': 'Termindaten nach Ablauf der Aufbewahrungsfrist gelöscht',
  // planning/
  'appointments.location.created': 'Termin-Standort angelegt',
  'appointments.location.updated': 'Termin-Standort geändert',
  'appointments.counter.created': 'Platz eines Termin-Standorts angelegt',
  'appointments.counter.updated': 'Platz eines Termin-Standorts geändert',
  'appointments.hours.saved': 'Öffnungszeiten für Termine gespeichert',
  'appointments.waves.saved': 'Freigabewellen für Termine gespeichert',
  'appointments.service.created': 'Termin-Dienstleistung angelegt',
  'appointments.service.updated': 'Termin-Dienstleistung geändert',
  'appointments.closure.created': 'Schließtag eingetragen (gebuchte Termine abgesagt)',
  'appointments.closure.lifted': 'Schließtag aufgehoben',
  // office/ and api/: the counters
  'appointments.booking.checked_in': 'Termin eingecheckt',
  'appointments.booking.called': 'Termin aufgerufen',
  'appointments.booking.done': 'Termin erledigt',
  'appointments.booking.no_show': 'Termin als nicht erschienen vermerkt',
  'appointments.walk_in.created': 'Laufkundschaft aufgenommen',
  // booking/ and manage/: the citizen's own bookings.
  'appointments.booking.created': 'Termin gebucht',
  'appointments.booking.cancelled': 'Termin abgesagt (durch die Person)',
  'appointments.booking.rebooked': 'Termin verschoben (durch die Person)',
};
