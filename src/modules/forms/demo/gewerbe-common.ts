import type { FieldInput } from './common';

/**
 * What the three Gewerbeanzeigen (GewA 1–3 after § 14 GewO) ask alike. Legal forms follow the
 * XGewerbeanzeige code list "Rechtsformen" in the words people know.
 */
export const LEGAL_FORMS = [
  { value: 'einzelunternehmen', label: 'Einzelunternehmen' },
  { value: 'gbr', label: 'Gesellschaft bürgerlichen Rechts (GbR)' },
  { value: 'ohg', label: 'Offene Handelsgesellschaft (OHG)' },
  { value: 'kg', label: 'Kommanditgesellschaft (KG)' },
  { value: 'gmbh', label: 'Gesellschaft mit beschränkter Haftung (GmbH)' },
  { value: 'ug', label: 'Unternehmergesellschaft (haftungsbeschränkt)' },
  { value: 'gmbh-co-kg', label: 'GmbH & Co. KG' },
  { value: 'ag', label: 'Aktiengesellschaft (AG)' },
  { value: 'ev', label: 'Eingetragener Verein (e. V.)' },
  { value: 'eg', label: 'Eingetragene Genossenschaft (eG)' },
  { value: 'sonstige', label: 'Andere Rechtsform' },
];

/** Legal forms whose partners each count as Gewerbetreibende and are named on the Anzeige. */
export const PARTNERSHIP_FORMS = ['gbr', 'ohg', 'kg'];

export const legalForm = (fimId?: string): FieldInput => ({
  kind: 'field',
  id: 'legalForm',
  type: 'select',
  label: 'Rechtsform des Betriebs',
  required: true,
  options: LEGAL_FORMS,
  ...(fimId ? { fim: { id: fimId, version: '1.0' } } : {}),
});

/** The company name; a sole trader without entry in the Handelsregister has none. */
export const companyName = (fimId?: string): FieldInput => ({
  kind: 'field',
  id: 'companyName',
  type: 'text',
  label: 'Name des Betriebs (Firma)',
  hint: 'Wie im Handelsregister eingetragen. Als Einzelunternehmen ohne Eintrag lassen Sie das Feld leer.',
  maxLength: 200,
  autocomplete: 'organization',
  ...(fimId ? { fim: { id: fimId, version: '1.0' } } : {}),
});

export const activity = (o: Partial<FieldInput> = {}): FieldInput => ({
  kind: 'field',
  id: 'activity',
  type: 'textarea',
  label: 'Welche Tätigkeit üben Sie aus?',
  hint: 'Beschreiben Sie die Tätigkeit genau, zum Beispiel „Einzelhandel mit Fahrrädern und Zubehör“ statt „Handel“.',
  required: true,
  maxLength: 1000,
  ...o,
});
