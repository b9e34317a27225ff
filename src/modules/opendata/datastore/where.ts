import { sql, type SQL } from 'drizzle-orm';
import { prefixTsquery, searchWords } from '../../../kernel/text-search';
import type { DatastoreField } from '../tables/datastore';
import { expectedValue, jsonToText } from './field-values';
import { column, COLUMN_TYPES } from './table-sql';

/** CKAN's filter operators: `{"year": {"lt": 2020}}`. */
const OPERATORS: Record<string, string> = { eq: '=', gt: '>', gte: '>=', lt: '<', lte: '<=' };
/** Values of one `IN` list: a longer list is no search any more. */
export const MAX_FILTER_VALUES = 1000;

/** A table's fields by id, with CKAN's `_id` (the row number, an int). */
export type FieldMap = ReadonlyMap<string, Pick<DatastoreField, 'id' | 'type'>>;

export function fieldMap(fields: readonly DatastoreField[]): FieldMap {
  return new Map<string, Pick<DatastoreField, 'id' | 'type'>>([['_id', { id: '_id', type: 'int' }], ...fields.map((field) => [field.id, field] as const)]);
}

/** `to_tsquery('german', 'wort:* & …')`: every word of the input as a prefix (docs/database.md, trap 7); null without words. */
export function tsquery(text: string): SQL | null {
  const words = searchWords(text);
  return words.length > 0 ? sql`to_tsquery('german', ${prefixTsquery(words)})` : null;
}

interface Where {
  conditions: SQL[];
  problems: Record<string, string>;
}

function compare(field: Pick<DatastoreField, 'id' | 'type'>, operator: string, value: unknown, where: Where): SQL | null {
  const text = jsonToText(field.type, value);
  if (text === undefined) {
    where.problems.filters = expectedValue(field);
    return null;
  }
  if (text === null) return operator === '=' ? sql`${column(field.id)} is null` : sql`false`;
  return sql`${column(field.id)} ${sql.raw(operator)} cast(${text} as ${sql.raw(COLUMN_TYPES[field.type])})`;
}

function filterCondition(field: Pick<DatastoreField, 'id' | 'type'>, value: unknown, where: Where): SQL | null {
  if (Array.isArray(value)) {
    if (value.length > MAX_FILTER_VALUES) {
      where.problems.filters = `Eine Liste darf höchstens ${MAX_FILTER_VALUES} Werte haben.`;
      return null;
    }
    if (value.length === 0) return sql`false`;
    const each = value.map((item) => compare(field, '=', item, where));
    return each.some((condition) => condition === null) ? null : sql`(${sql.join(each as SQL[], sql` or `)})`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    const unknown = entries.find(([operator]) => !(operator in OPERATORS));
    if (unknown || entries.length === 0) {
      where.problems.filters = `Unbekannter Vergleich ${unknown ? `„${unknown[0]}“` : '{}'}: erlaubt sind ${Object.keys(OPERATORS).join(', ')}.`;
      return null;
    }
    const each = entries.map(([operator, operand]) => compare(field, OPERATORS[operator]!, operand, where));
    return each.some((condition) => condition === null) ? null : sql.join(each as SQL[], sql` and `);
  }
  return compare(field, '=', value, where);
}

/**
 * The WHERE conditions of datastore_search and datastore_delete from CKAN's `filters` (a value, a list
 * of values = IN, or `{gt, gte, lt, lte, eq}`) and `q` (a string over the row's full text, or per field).
 * Identifiers come only from the table's fields; every value is a parameter cast to the field's type.
 */
export function buildWhere(
  fields: FieldMap,
  filters: Readonly<Record<string, unknown>> | undefined,
  q: string | Readonly<Record<string, string>> | undefined,
  /** The table's full-text expression (table-sql.ts `fullText`), exactly as its index has it. */
  fullText: SQL,
): Where {
  const where: Where = { conditions: [], problems: {} };
  for (const [id, value] of Object.entries(filters ?? {})) {
    const field = fields.get(id);
    if (!field) {
      where.problems.filters = `Die Tabelle hat kein Feld „${id}“.`;
      continue;
    }
    const condition = filterCondition(field, value, where);
    if (condition) where.conditions.push(condition);
  }
  if (typeof q === 'string') {
    const query = tsquery(q);
    if (query) where.conditions.push(sql`${fullText} @@ ${query}`);
  } else if (q) {
    for (const [id, text] of Object.entries(q)) {
      const field = fields.get(id);
      const query = tsquery(String(text));
      if (!field) where.problems.q = `Die Tabelle hat kein Feld „${id}“.`;
      else if (query) where.conditions.push(sql`to_tsvector('german', ${column(field.id)}::text) @@ ${query}`);
    }
  }
  return where;
}

export function whereSql(conditions: readonly SQL[]): SQL {
  return conditions.length > 0 ? sql`where ${sql.join(conditions as SQL[], sql` and `)}` : sql``;
}
