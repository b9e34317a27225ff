import type { AddressValue, Answers, FieldDef, FormDefinition, PageDef } from '../definition';
import { groupIban } from './display';
import { formatNumber } from './messages';
import { ADDRESS_PARTS, fieldPlaces, itemCountName, itemInputName } from './names';
import type { RawValues } from './types';
import { isRepeating, itemsOf } from './visibility';

/** One stored answer as the strings its inputs show (`12.5` → `12,5`, `2026-03-01` → 1 / 3 / 2026). */
function fieldValues(field: FieldDef, value: Answers[string] | undefined, name: string): RawValues {
  if (value === undefined) return {};
  switch (field.type) {
    case 'number':
      return { [name]: typeof value === 'string' && value !== '' ? formatNumber(Number(value)) : '' };
    case 'date': {
      const [year = '', month = '', day = ''] = typeof value === 'string' ? value.split('-') : [];
      return { [`${name}-day`]: String(Number(day) || ''), [`${name}-month`]: String(Number(month) || ''), [`${name}-year`]: year };
    }
    case 'iban':
      return { [name]: typeof value === 'string' ? groupIban(value) : '' };
    case 'address':
      return Object.fromEntries(ADDRESS_PARTS.map((part) => [`${name}.${part}`, (value as Partial<AddressValue>)[part] ?? '']));
    case 'checkbox':
    case 'declaration':
      return value === true ? { [name]: 'ja' } : {};
    case 'checkboxes':
      return { [name]: Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [] };
    case 'file':
      return {};
    default:
      return { [name]: typeof value === 'string' ? value : '' };
  }
}

/** Stored answers → the input values of a page, for showing it again (repeating groups get their item count). */
export function answersToValues(_definition: FormDefinition, page: PageDef, answers: Answers): RawValues {
  const values: RawValues = {};
  for (const item of page.items) {
    if (isRepeating(item)) {
      const items = itemsOf(answers[item.id]);
      values[itemCountName(item.id)] = String(Math.max(items.length, item.repeat.min));
      items.forEach((entry, index) => {
        for (const field of item.fields) Object.assign(values, fieldValues(field, entry[field.id], itemInputName(item.id, index, field.id)));
      });
    } else {
      for (const field of item.kind === 'field' ? [item] : item.fields) Object.assign(values, fieldValues(field, answers[field.id], field.id));
    }
  }
  return values;
}

/** The file fields of a page, or of the whole definition. */
export function fileFieldsOf(definition: FormDefinition, page?: PageDef): FieldDef[] {
  return fieldPlaces(definition, page)
    .map((place) => place.field)
    .filter((field) => field.type === 'file');
}
