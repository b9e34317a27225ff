import type { FormDefinitionInput, UploadType } from '../definition';

/**
 * Building blocks the demo forms share: the fields every Antrag asks in the same words (name, date of
 * birth, address, contact) and the usual privacy sentence. Each builder takes overrides, so a form can
 * change the id, label, hint or FIM reference without copying the field.
 */

export type PageInput = FormDefinitionInput['pages'][number];
export type ItemInput = PageInput['items'][number];
export type FieldInput = Extract<ItemInput, { kind: 'field' }>;
export type RuleInput = NonNullable<FormDefinitionInput['rules']>[number];
type Overrides = Partial<Omit<FieldInput, 'kind'>>;

/** About 120 years back: a date of birth before that is a typing error. */
const OLDEST_BIRTH_DATE = 'today-43830';

export const givenName = (o: Overrides = {}): FieldInput => ({
  kind: 'field',
  id: 'givenName',
  type: 'text',
  label: 'Vorname',
  hint: 'Alle Vornamen wie im Ausweis.',
  required: true,
  maxLength: 100,
  autocomplete: 'given-name',
  ...o,
});

export const familyName = (o: Overrides = {}): FieldInput => ({
  kind: 'field',
  id: 'familyName',
  type: 'text',
  label: 'Familienname',
  required: true,
  maxLength: 100,
  autocomplete: 'family-name',
  ...o,
});

export const birthDate = (o: Overrides = {}): FieldInput => ({
  kind: 'field',
  id: 'birthDate',
  type: 'date',
  label: 'Geburtsdatum',
  hint: 'Zum Beispiel 27 3 1985',
  required: true,
  min: OLDEST_BIRTH_DATE,
  max: 'today',
  autocomplete: 'bday',
  ...o,
});

export const address = (o: Overrides = {}): FieldInput => ({
  kind: 'field',
  id: 'address',
  type: 'address',
  label: 'Anschrift',
  required: true,
  ...o,
});

export const email = (o: Overrides = {}): FieldInput => ({
  kind: 'field',
  id: 'email',
  type: 'email',
  label: 'E-Mail-Adresse',
  hint: 'An diese Adresse schicken wir die Eingangsbestätigung und Rückfragen.',
  required: false,
  maxLength: 254,
  autocomplete: 'email',
  ...o,
});

export const phone = (o: Overrides = {}): FieldInput => ({
  kind: 'field',
  id: 'phone',
  type: 'phone',
  label: 'Telefonnummer',
  hint: 'Für Rückfragen, zum Beispiel 02371 123456',
  required: false,
  maxLength: 30,
  autocomplete: 'tel',
  width: '20',
  ...o,
});

/** A yes/no question as radios with the values `ja` and `nein`. */
export const yesNo = (id: string, label: string, o: Overrides = {}): FieldInput => ({
  kind: 'field',
  id,
  type: 'radio',
  label,
  required: true,
  options: [
    { value: 'ja', label: 'Ja' },
    { value: 'nein', label: 'Nein' },
  ],
  ...o,
});

/** The "how can we reach you" page: e-mail and phone, at least one of them (rule `contactOneOf`), then `extra` items. */
export const contactPage = (extra: ItemInput[] = []): PageInput => ({
  id: 'kontakt',
  title: 'Wie können wir Sie erreichen?',
  hint: 'Geben Sie mindestens eine E-Mail-Adresse oder eine Telefonnummer an, damit wir bei Rückfragen schnell Kontakt aufnehmen können.',
  items: [email(), phone(), ...extra],
});

export const contactRule: RuleInput = {
  id: 'contactOneOf',
  message: 'Geben Sie eine E-Mail-Adresse oder eine Telefonnummer an',
  fields: ['email'],
  check: { type: 'oneOf', of: ['email', 'phone'] },
};

/** The sentence every declaration ends with; forms put their own promises in front of it. */
export function declaration(specific: string): string {
  return `${specific} Ich versichere, dass meine Angaben vollständig und richtig sind. Die Hinweise zum Datenschutz der {{behoerde}} habe ich zur Kenntnis genommen.`;
}

/** Content types accepted for scans and photos of documents. */
export const DOCUMENT_TYPES: UploadType[] = ['application/pdf', 'image/jpeg', 'image/png'];
export const TEN_MEGABYTES = 10 * 1024 * 1024;
