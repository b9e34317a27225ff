import type { FieldErrors } from '../../../kernel/http';
import { DATASTORE_FIELD_TYPES, type DatastoreField } from '../tables/datastore';

/** The form's field names: one select per column by position, with the column's id beside it (hidden). */
export const columnTypeName = (index: number) => `type-${index}`;
export const columnIdName = (index: number) => `id-${index}`;

const STALE =
  'Die Spalten der Tabelle haben sich geändert, während Sie die Typen gewählt haben (die Datei wurde neu geladen). Prüfen Sie die Typen und speichern Sie erneut.';

/**
 * Reads "Spalten der Tabelle": the types that differ from the current ones, by field id. The hidden ids
 * must still be the table's columns in their order, or the form was drawn for an earlier load.
 */
export function readColumnTypes(
  body: unknown,
  fields: readonly DatastoreField[],
): { ok: true; types: Record<string, string> } | { ok: false; errors: FieldErrors } {
  const form = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const stale = fields.some((field, index) => form[columnIdName(index)] !== field.id) || columnIdName(fields.length) in form;
  if (stale) return { ok: false, errors: { form: STALE } };
  const errors: FieldErrors = {};
  const types: Record<string, string> = {};
  fields.forEach((field, index) => {
    const chosen = form[columnTypeName(index)];
    if (typeof chosen !== 'string' || !(DATASTORE_FIELD_TYPES as readonly string[]).includes(chosen)) {
      errors[columnTypeName(index)] = `Wählen Sie einen Typ für die Spalte „${field.info?.label ?? field.id}“.`;
    } else if (chosen !== field.type) types[field.id] = chosen;
  });
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, types };
}
