import { formatMoney } from '../../../kernel/views/format';
import type { AddressValue, Answers, FieldDef } from '../definition';
import { isFilled } from './conditions';
import { formatLongDate } from './dates';
import { formatNumber } from './messages';

export const NOT_ANSWERED = 'Keine Angabe';

const optionLabel = (field: FieldDef, value: string) => field.options?.find((option) => option.value === value)?.label ?? value;

/** `DE89370400440532013000` → `DE89 3704 0044 0532 0130 00` */
export const groupIban = (iban: string): string => iban.replace(/(.{4})(?=.)/g, '$1 ');

/** An answer as a German reader expects it on the check-answers page and in the PDF. */
export function displayValue(field: FieldDef, value: Answers[string] | undefined, fileName: (id: string) => string = (id) => id): string {
  if (field.type === 'checkbox' || field.type === 'declaration') return value === true ? 'Ja' : 'Nein';
  if (!isFilled(value)) return NOT_ANSWERED;
  const text = typeof value === 'string' ? value : '';
  const list = Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
  switch (field.type) {
    case 'date':
      return formatLongDate(text);
    case 'number': {
      if (field.unit === '€' || field.unit === 'EUR') return formatMoney(Math.round(Number(text) * 100));
      const number = formatNumber(Number(text), field.decimals);
      return field.unit ? `${number} ${field.unit}` : number;
    }
    case 'iban':
      return groupIban(text);
    case 'select':
    case 'radio':
      return optionLabel(field, text);
    case 'checkboxes':
      return list.map((entry) => optionLabel(field, entry)).join(', ');
    case 'file':
      return list.map(fileName).join(', ');
    case 'address': {
      const address = value as AddressValue;
      return `${address.street} ${address.houseNumber}, ${address.postalCode} ${address.city}`;
    }
    default:
      return text;
  }
}
