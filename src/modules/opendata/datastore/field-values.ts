import type { DatastoreField } from '../tables/datastore';
import { readBool, readDate, readInt, readNumeric, readTimestamp } from './csv/values';

export type FieldType = DatastoreField['type'];

/**
 * A JSON value from the API (filters, datastore_upsert's records) as PostgreSQL input text for a field
 * of this type; `undefined` when it is not such a value. Strings are read as the CSV loader reads them
 * (numbers with a decimal point; German or ISO dates), JSON numbers and booleans as they are.
 */
export function jsonToText(type: FieldType, value: unknown): string | null | undefined {
  if (value === null) return null;
  if (type === 'text') return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    if (type === 'int') return Number.isSafeInteger(value) ? String(value) : undefined;
    return type === 'numeric' ? String(value) : undefined;
  }
  if (typeof value === 'boolean') return type === 'bool' ? String(value) : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (text === '') return null;
  switch (type) {
    case 'int':
      return readInt(text) ?? undefined;
    case 'numeric':
      return readNumeric(text, 'english') ?? (/^[+-]?\d+(\.\d+)?(e[+-]?\d{1,3})?$/i.test(text) ? text : undefined);
    case 'bool':
      return readBool(text) ?? undefined;
    case 'date':
      return readDate(text) ?? undefined;
    case 'timestamp':
      return readTimestamp(text) ?? undefined;
  }
}

const TYPE_NAMES: Record<FieldType, string> = {
  text: 'Text',
  int: 'eine ganze Zahl',
  numeric: 'eine Zahl',
  bool: 'true oder false',
  date: 'ein Datum (JJJJ-MM-TT)',
  timestamp: 'ein Zeitpunkt (JJJJ-MM-TTThh:mm:ss)',
};

export function expectedValue(field: Pick<DatastoreField, 'id' | 'type'>): string {
  return `Das Feld „${field.id}“ erwartet ${TYPE_NAMES[field.type]}.`;
}
