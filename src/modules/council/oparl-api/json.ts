/**
 * OParl's JSON conventions (spec 2.4): date-times as `yyyy-mm-ddThh:mm:ss±hh:mm`, dates as
 * `yyyy-mm-dd`, and no property without data: neither `null`, nor `""`, nor `[]`.
 */

export type JsonValue = string | number | boolean | JsonObject | JsonValue[];
export interface JsonObject {
  [key: string]: JsonValue;
}

/** A date-time in UTC with the offset written out, as the spec's format demands (no milliseconds, no `Z`). */
export function dateTime(value: Date): string {
  return `${value.toISOString().slice(0, 19)}+00:00`;
}

export function optionalDateTime(value: Date | null | undefined): string | undefined {
  return value ? dateTime(value) : undefined;
}

type Property = JsonValue | null | undefined;

/** The object without the properties that carry no data (spec 2.4: no `null`, no empty string, no empty list). */
export function withoutEmpty(properties: Record<string, Property>): JsonObject {
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(properties)) {
    if (value === null || value === undefined || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    result[key] = value;
  }
  return result;
}

/** Values of a map in the order of the ids, skipping ids without a value. */
export function inOrder<V>(ids: readonly string[], byId: ReadonlyMap<string, V>): V[] {
  return ids.flatMap((id) => {
    const value = byId.get(id);
    return value === undefined ? [] : [value];
  });
}

/** Groups rows by a key, keeping their order. */
export function groupBy<Row>(rows: readonly Row[], key: (row: Row) => string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}
