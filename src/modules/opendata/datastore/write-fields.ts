import type { DatastoreField } from '../tables/datastore';
import type { FieldType } from './field-values';

/** CKAN's type names and PostgreSQL's that clients send, and the DataStore type each becomes. */
const TYPE_ALIASES: Record<string, FieldType> = {
  text: 'text',
  int: 'int',
  int2: 'int',
  int4: 'int',
  int8: 'int',
  integer: 'int',
  smallint: 'int',
  bigint: 'int',
  numeric: 'numeric',
  decimal: 'numeric',
  float: 'numeric',
  float4: 'numeric',
  float8: 'numeric',
  real: 'numeric',
  'double precision': 'numeric',
  bool: 'bool',
  boolean: 'bool',
  date: 'date',
  timestamp: 'timestamp',
  'timestamp without time zone': 'timestamp',
};

const MAX_ID_BYTES = 63;

/**
 * datastore_create's `fields` as DataStore fields, or the first problem: ids as CKAN allows them (not
 * empty, not starting with `_`, without `"`, at most 63 bytes, unique), known types (text when none).
 */
export function parseFields(input: ReadonlyArray<{ id: string; type?: string; info?: Record<string, unknown> }>): DatastoreField[] | { problem: string } {
  const seen = new Set<string>();
  const fields: DatastoreField[] = [];
  for (const { id, type, info } of input) {
    if (id.trim() === '' || id.startsWith('_') || id.includes('"') || Buffer.byteLength(id) > MAX_ID_BYTES) {
      return { problem: `„${id}“ ist kein gültiger Feldname: nicht leer, ohne " und ohne _ am Anfang, höchstens 63 Bytes.` };
    }
    if (seen.has(id)) return { problem: `Das Feld „${id}“ ist doppelt angegeben.` };
    seen.add(id);
    const mapped = TYPE_ALIASES[(type ?? 'text').trim().toLowerCase()];
    if (!mapped) return { problem: `Den Typ „${type}“ des Feldes „${id}“ kennt der DataStore nicht: text, int, numeric, bool, date oder timestamp.` };
    const label = typeof info?.label === 'string' ? info.label : undefined;
    const notes = typeof info?.notes === 'string' ? info.notes : undefined;
    fields.push({ id, type: mapped, ...(label !== undefined || notes !== undefined ? { info: { label, notes } } : {}) });
  }
  return fields;
}
