import { sql, type SQL } from 'drizzle-orm';
import type { FieldMap } from './where';
import { column } from './table-sql';

const CLAUSE = /^(.+?)(?:\s+(asc|desc))?(?:\s+nulls\s+(first|last))?$/i;

export interface Sort {
  order: SQL[];
  /** The field ids sorted by, in order. */
  ids: string[];
  /** Sorted by `_id` alone: the keyset order datastore_search's `next_page` continues. */
  byId: 'asc' | 'desc' | null;
}

/** CKAN's `sort`: "Betrag desc, Name" or "\"Straße\" asc nulls last"; only the table's fields. */
export function parseSort(clauses: readonly string[], fields: FieldMap): Sort | { problem: string } {
  const sort: Sort = { order: [], ids: [], byId: null };
  for (const clause of clauses) {
    const match = CLAUSE.exec(clause.trim());
    const id = match?.[1]!.replace(/^"(.*)"$/, '$1');
    if (!match || !id || !fields.has(id)) return { problem: `Sortieren Sie nach einem Feld der Tabelle: „${id ?? clause}“ gibt es nicht.` };
    const direction = (match[2] ?? 'asc').toLowerCase();
    const nulls = match[3] ? sql.raw(` nulls ${match[3].toLowerCase()}`) : sql``;
    sort.order.push(sql`${column(id)} ${sql.raw(direction)}${nulls}`);
    sort.ids.push(id);
    if (clauses.length === 1 && id === '_id' && !match[3]) sort.byId = direction as 'asc' | 'desc';
  }
  return sort;
}
