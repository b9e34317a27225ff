/** German labels of the audit actions this module writes, for the audit log /verwaltung/protokoll. */
export const AUDIT_ACTIONS: Readonly<Record<string, string>> = {
  'opendata.dataset.created': 'Datensatz angelegt',
  'opendata.harvest.run': 'Erntequelle geerntet',
  'opendata.harvest.queued': 'Ernte einer Quelle angestoßen',
  'opendata.harvest.source.saved': 'Erntequelle gespeichert',
};
