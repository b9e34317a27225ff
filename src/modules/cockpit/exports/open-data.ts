import type { OpenDatasetDeclaration } from '../../../kernel/module';
import { currentFigures, figureRow } from './current-figures';
import { measureRow } from './measure-rows';
import { publishedMeasures } from './published-measures';

/** The digital strategy's published measures in the Transparenzportal: the rows of massnahmen.csv. */
const measuresOpenData: OpenDatasetDeclaration = {
  name: 'digitalisierung-massnahmen',
  title: 'Maßnahmen der Digitalisierungsstrategie',
  description:
    'Die veröffentlichten Maßnahmen der Digitalisierungsstrategie: Ziel, Stand (Status und Fortschritt in Prozent), Beginn und geplantes Ende, Budget in Euro und Finanzierung, der Bezug zum Ratsprogramm und die Meilensteine (erreicht, gesamt, der nächste mit Fälligkeit). Keine Angaben zu Personen.',
  madeFrom: 'den Maßnahmen des Digitalisierungs-Cockpits',
  theme: 'GOVE',
  keywords: ['Digitalisierung', 'Strategie', 'Maßnahmen', 'Verwaltung', 'Smart City'],
  rows: async ({ db, config }) => (await publishedMeasures(db)).map((measure) => measureRow(measure, config.baseUrl)),
};

/** The live figures of the Digitalisierungs-Cockpit, as its job last computed them from the portal's own data. */
const figuresOpenData: OpenDatasetDeclaration = {
  name: 'digitalisierung-kennzahlen',
  title: 'Kennzahlen der Digitalisierung',
  description:
    'Die Kennzahlen des Digitalisierungs-Cockpits, aus den Daten des Portals selbst berechnet: zum Beispiel Leistungen online, Anträge und Bearbeitungszeiten, veröffentlichte Datensätze, Kurse online und WLAN-Hotspots. Je Kennzahl ein stabiler Schlüssel (für den Vergleich mit anderen Städten), Bezeichnung, Einheit, Definition, Wert und Zeitpunkt der Berechnung.',
  madeFrom: 'den Kennzahlen des Digitalisierungs-Cockpits',
  theme: 'GOVE',
  keywords: ['Digitalisierung', 'Kennzahlen', 'OZG', 'Smart City'],
  rows: async ({ db }) => (await currentFigures(db)).map(figureRow),
};

export const COCKPIT_OPEN_DATA: OpenDatasetDeclaration[] = [measuresOpenData, figuresOpenData];
