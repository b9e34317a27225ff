import type { FigurePart } from './module';

/** The sum of the values (a figure's total over its months or parts). */
export function total(rows: readonly { value: number }[]): number {
  return rows.reduce((sum, row) => sum + row.value, 0);
}

/**
 * The `most` largest parts as they come (the query orders them), the rest summed up under `restLabel`:
 * a bar chart of forty stubs says nothing, and the table beside it would hide the point.
 */
export function largestParts(parts: readonly FigurePart[], most: number, restLabel: string): FigurePart[] {
  const rest = total(parts.slice(most));
  return rest > 0 ? [...parts.slice(0, most), { label: restLabel, value: rest }] : parts.slice(0, most);
}
