import type { FieldDef, FormDefinition, GroupDef, PageDef } from '../definition';

/**
 * How inputs are named in the HTML form. A field's input is named by its id; inside a repeating
 * group by `group.index.field`. Multi-part inputs add a suffix: dates `-day`/`-month`/`-year` (the
 * kernel DateField's names), addresses `.street`, `.houseNumber`, `.postalCode`, `.city`.
 * Names that start with `_` are the route's controls (CSRF, buttons, item counts), never answers.
 */

export const ADDRESS_PARTS = ['street', 'houseNumber', 'postalCode', 'city'] as const;
export const DATE_PARTS = ['day', 'month', 'year'] as const;

/** Hidden input that carries how many items of a repeating group the page shows. */
export const itemCountName = (groupId: string): string => `_items.${groupId}`;
export const ADD_ITEM = '_add';
export const REMOVE_ITEM = '_removeItem';
export const REMOVE_FILE = '_removeFile';

export const itemInputName = (groupId: string, index: number, fieldId: string): string => `${groupId}.${index}.${fieldId}`;

/** The names a field posts under (a file field posts none: its ids come from the upload handling). */
export function inputNamesOf(field: FieldDef, name: string): string[] {
  if (field.type === 'date') return DATE_PARTS.map((part) => `${name}-${part}`);
  if (field.type === 'address') return ADDRESS_PARTS.map((part) => `${name}.${part}`);
  if (field.type === 'file') return [];
  return [name];
}

/** The id of the element an error of the field links to (the first input of the field). */
export function inputIdOf(field: FieldDef, name: string): string {
  return field.type === 'address' ? `${name}.street` : name;
}

export type PageItem = PageDef['items'][number];

/** Every field of a definition (or page) with the group and page it belongs to. */
export interface FieldPlace {
  field: FieldDef;
  page: PageDef;
  group: GroupDef | undefined;
}

export function fieldPlaces(definition: FormDefinition, page?: PageDef): FieldPlace[] {
  const places: FieldPlace[] = [];
  for (const current of page ? [page] : definition.pages) {
    for (const item of current.items) {
      if (item.kind === 'field') places.push({ field: item, page: current, group: undefined });
      else for (const field of item.fields) places.push({ field, page: current, group: item });
    }
  }
  return places;
}

export function findPlace(definition: FormDefinition, ref: string): FieldPlace | undefined {
  const fieldId = ref.includes('.') ? ref.slice(ref.indexOf('.') + 1) : ref;
  return fieldPlaces(definition).find((place) => place.field.id === fieldId);
}
