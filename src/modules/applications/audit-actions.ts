/** German labels of the audit actions this module writes, for the audit log (manifest `auditActions`). */
export const AUDIT_ACTIONS = {
  'applications.draft_deleted': 'Antragsentwurf gelöscht',
  'applications.withdrawn': 'Antrag zurückgezogen',
  'applications.tampering_refused': 'Unzulässige Eingabe zu einem Antrag abgewiesen',
  'applications.assigned': 'Antrag zugewiesen',
  'applications.status_changed': 'Status des Antrags geändert',
  'applications.note_added': 'Interne Notiz hinzugefügt',
  'applications.message_sent': 'Nachricht an die antragstellende Person gesendet',
  'applications.bescheid_issued': 'Bescheid erlassen',
  'applications.payment.marked_paid': 'Zahlungseingang vermerkt',
  'applications.exported': 'Antrag exportiert',
  'applications.deleted_after_retention': 'Antrag nach Ablauf der Aufbewahrungsfrist gelöscht',
  'applications.webhook_created': 'Webhook angelegt',
  'applications.webhook_disabled': 'Webhook abgeschaltet',
};
