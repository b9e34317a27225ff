/** German labels of the audit actions this module writes, for the audit log /verwaltung/protokoll (manifest `auditActions`). */
export const AUDIT_ACTIONS: Readonly<Record<string, string>> = {
  'participation.idea.submitted': 'Vorschlag eingereicht (Mitmachen)',
  'participation.idea.approved': 'Vorschlag freigegeben (Mitmachen)',
  'participation.idea.hidden': 'Vorschlag ausgeblendet (Mitmachen)',
  'participation.idea.answered': 'Stand, Antwort oder Maßnahme eines Vorschlags geändert (Mitmachen)',
  'participation.comment.approved': 'Kommentar freigegeben (Mitmachen)',
  'participation.comment.hidden': 'Kommentar ausgeblendet (Mitmachen)',
  'participation.comment.deleted': 'Eigenen Kommentar gelöscht (Mitmachen)',
  'participation.report.created': 'Beitrag gemeldet (Mitmachen)',
};
