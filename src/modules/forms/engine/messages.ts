import type { FieldDef, GroupDef } from '../definition';
import { formatLongDate, relativeDays, resolveDateBound } from './dates';

/**
 * German error messages that say what to do (GOV.UK pattern). The field's label is quoted, because
 * labels come from definitions ("Vorname", "Haben Sie Kinder?") and cannot be declined.
 */

const quoted = (field: { label: string }) => `„${field.label}“`;

/** Built once per number of decimals: a new Intl.NumberFormat costs more than the page around it. */
const numberFormats = new Map<number, Intl.NumberFormat>();

export function formatNumber(value: number, decimals = 6): string {
  let format = numberFormats.get(decimals);
  if (!format) numberFormats.set(decimals, (format = new Intl.NumberFormat('de-DE', { maximumFractionDigits: decimals, useGrouping: false })));
  return format.format(value);
}

export function missing(field: FieldDef): string {
  if (field.requiredMessage) return field.requiredMessage;
  switch (field.type) {
    case 'select':
    case 'radio':
      return `Wählen Sie bei ${quoted(field)} eine Antwort aus.`;
    case 'checkboxes':
      return `Wählen Sie bei ${quoted(field)} mindestens eine Antwort aus.`;
    case 'checkbox':
      return `Kreuzen Sie ${quoted(field)} an.`;
    case 'declaration':
      return `Bestätigen Sie: ${field.label}`;
    case 'file':
      return `Laden Sie ${quoted(field)} hoch.`;
    default:
      return `Geben Sie ${quoted(field)} an.`;
  }
}

export const messages = {
  tooShort: (field: FieldDef, min: number) => `${quoted(field)} muss mindestens ${min} Zeichen lang sein.`,
  tooLong: (field: FieldDef, max: number) => `${quoted(field)} darf höchstens ${max} Zeichen lang sein.`,
  pattern: (field: FieldDef) => field.patternMessage ?? `Geben Sie ${quoted(field)} im richtigen Format an.`,
  notANumber: (field: FieldDef) =>
    field.decimals === 0 ? `${quoted(field)} muss eine ganze Zahl sein, zum Beispiel 12.` : `${quoted(field)} muss eine Zahl sein, zum Beispiel 12,5.`,
  tooManyDecimals: (field: FieldDef, decimals: number) => `${quoted(field)} darf höchstens ${decimals} Stellen nach dem Komma haben.`,
  numberBelow: (field: FieldDef, min: number) => `${quoted(field)} muss mindestens ${formatNumber(min)} sein.`,
  numberAbove: (field: FieldDef, max: number) => `${quoted(field)} darf höchstens ${formatNumber(max)} sein.`,
  email: () => 'Geben Sie eine E-Mail-Adresse im richtigen Format an, zum Beispiel name@beispiel.de.',
  phone: () => 'Geben Sie eine Telefonnummer im richtigen Format an, zum Beispiel 01234 567890.',
  iban: () => 'Geben Sie eine IBAN im richtigen Format an, zum Beispiel DE89 3704 0044 0532 0130 00.',
  datePartMissing: (field: FieldDef, part: 'day' | 'month' | 'year') =>
    `${quoted(field)} muss ${{ day: 'einen Tag', month: 'einen Monat', year: 'ein Jahr' }[part]} enthalten.`,
  dateInvalid: (field: FieldDef) => `${quoted(field)} muss ein echtes Datum sein, zum Beispiel 27.3.2007.`,
  dateBefore: (field: FieldDef, bound: string, today: string) => {
    const days = relativeDays(bound);
    if (days === 0) return `${quoted(field)} darf nicht in der Vergangenheit liegen.`;
    if (days === 1) return `${quoted(field)} muss in der Zukunft liegen.`;
    return `${quoted(field)} muss am oder nach dem ${formatLongDate(resolveDateBound(bound, today))} liegen.`;
  },
  dateAfter: (field: FieldDef, bound: string, today: string) => {
    const days = relativeDays(bound);
    if (days === 0) return `${quoted(field)} darf nicht in der Zukunft liegen.`;
    if (days === -1) return `${quoted(field)} muss in der Vergangenheit liegen.`;
    return `${quoted(field)} muss am oder vor dem ${formatLongDate(resolveDateBound(bound, today))} liegen.`;
  },
  addressPart: (part: 'street' | 'houseNumber' | 'postalCode' | 'city') =>
    ({
      street: 'Geben Sie die Straße an.',
      houseNumber: 'Geben Sie die Hausnummer an.',
      postalCode: 'Geben Sie die Postleitzahl an.',
      city: 'Geben Sie den Ort an.',
    })[part],
  postalCode: () => 'Geben Sie eine Postleitzahl mit 5 Ziffern an, zum Beispiel 58636.',
  houseNumber: () => 'Geben Sie eine Hausnummer im richtigen Format an, zum Beispiel 12 oder 12a.',
  unknownOption: (field: FieldDef) => `Wählen Sie bei ${quoted(field)} eine der angebotenen Antworten aus.`,
  tooFewChoices: (field: FieldDef, min: number) => `Wählen Sie bei ${quoted(field)} mindestens ${min} Antworten aus.`,
  tooManyChoices: (field: FieldDef, max: number) => `Wählen Sie bei ${quoted(field)} höchstens ${max} Antworten aus.`,
  tooFewFiles: (field: FieldDef, min: number) => `Laden Sie bei ${quoted(field)} mindestens ${min} Dateien hoch.`,
  tooManyFiles: (field: FieldDef, max: number) => `Laden Sie bei ${quoted(field)} höchstens ${max} Dateien hoch.`,
  tooFewItems: (group: GroupDef, min: number) => `Geben Sie bei ${quoted(group)} mindestens ${min} ${min === 1 ? 'Eintrag' : 'Einträge'} an.`,
  tooManyItems: (group: GroupDef, max: number) => `Sie können bei ${quoted(group)} höchstens ${max} ${max === 1 ? 'Eintrag' : 'Einträge'} angeben.`,
};
