import type { OpenDatasetDeclaration } from '../../kernel/module';
import { countOparlObjects } from './oparl-api/use-cases/count-objects';
import { OPARL_PATHS } from './paths';

/**
 * Point 6 of issue 13: the council information in the Transparenzportal, as a dataset describing the
 * OParl API. Its rows say what the API holds (objects per type); the API itself is its distribution.
 */
export const oparlOpenData: OpenDatasetDeclaration = {
  name: 'ratsinformation-oparl',
  title: 'Ratsinformation: Sitzungen, Tagesordnungen und Drucksachen (OParl-Schnittstelle)',
  description:
    'Die öffentlichen Informationen aus Rat und Ausschüssen über die standardisierte Schnittstelle OParl 1.1: Gremien und ihre Mitglieder, Sitzungen mit Tagesordnung, Drucksachen (Vorlagen, Anträge, Anfragen) mit ihren Beratungen und Dokumenten. Einstieg ist das System-Objekt; von dort führen die Listen jeder Körperschaft weiter (mit Seiten, den Filtern created_since, created_until, modified_since und modified_until für den Abgleich und CORS für Web-Anwendungen). Die Tabelle nennt die Zahl der Objekte je Typ. Nichtöffentliche Tagesordnungspunkte und Unterlagen sind nicht enthalten.',
  madeFrom: 'dem Ratsinformationssystem',
  theme: 'GOVE',
  keywords: ['Ratsinformation', 'OParl', 'Rat', 'Ausschuss', 'Sitzung', 'Drucksache', 'Transparenz'],
  rows: async ({ db }) => countOparlObjects(db),
  api: {
    path: OPARL_PATHS.system,
    name: 'OParl-Schnittstelle (System)',
    description: 'Einstieg in die OParl-1.1-Schnittstelle: das System-Objekt mit der Liste der Körperschaften. JSON, für jeden abrufbar, ohne Anmeldung.',
  },
};
