/** The OParl types as the report names them (CLI and the staff pages), in the order the lists are read. */
export const TYPE_LABELS: Readonly<Record<string, string>> = {
  Body: 'Körperschaften',
  Location: 'Orte',
  LegislativeTerm: 'Wahlperioden',
  Organization: 'Gremien und Gruppierungen',
  Person: 'Personen',
  Membership: 'Mitgliedschaften',
  Meeting: 'Sitzungen',
  AgendaItem: 'Tagesordnungspunkte',
  Paper: 'Vorlagen',
  Consultation: 'Beratungen',
  File: 'Dateien',
};
