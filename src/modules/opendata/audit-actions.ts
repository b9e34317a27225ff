/** German labels of the audit actions this module writes, for the audit log /verwaltung/protokoll. */
export const AUDIT_ACTIONS: Readonly<Record<string, string>> = {
  'opendata.dataset.created': 'Datensatz angelegt',
  'opendata.dataset.updated': 'Datensatz bearbeitet',
  'opendata.dataset.published': 'Datensatz veröffentlicht',
  'opendata.dataset.unpublished': 'Veröffentlichung eines Datensatzes zurückgenommen',
  'opendata.dataset.deleted': 'Datensatz gelöscht',
  'opendata.resource.added': 'Datei oder Link zu einem Datensatz hinzugefügt',
  'opendata.resource.updated': 'Datei oder Link eines Datensatzes geändert',
  'opendata.resource.removed': 'Datei oder Link aus einem Datensatz entfernt',
  'opendata.resource.moved': 'Reihenfolge der Dateien eines Datensatzes geändert',
  'opendata.organization.created': 'Organisation für offene Daten angelegt',
  'opendata.organization.limit_changed': 'Upload-Grenze einer Organisation geändert',
  'opendata.member.added': 'Mitglied einer Organisation hinzugefügt',
  'opendata.member.changed': 'Rolle eines Mitglieds einer Organisation geändert',
  'opendata.member.removed': 'Mitglied aus einer Organisation entfernt',
  'opendata.token.created': 'API-Schlüssel für offene Daten angelegt',
  'opendata.token.revoked': 'API-Schlüssel für offene Daten widerrufen',
};
