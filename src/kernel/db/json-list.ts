import { Column, is, sql, type SQL } from 'drizzle-orm';

/** What a list's row holds: a column (decoded as Drizzle decodes it) or an expression (taken as JSON gives it). */
type ListFields<Row> = { [K in keyof Row]: Column | SQL };

/**
 * A list as one value of a select: `(select coalesce(json_agg(json_build_array(…) order by …), '[]') from …)`,
 * decoded back into rows with each column's own mapping (timestamps become Dates, as in a plain
 * select). A page that shows several short lists of one object (an Antrag's history, messages,
 * files and payments) reads them in one statement instead of one each: every statement costs a
 * round trip and its own fixed cost on both databases (docs/performance.md). `from` is the rest of
 * the subquery after its select list (`from … where …`), and may refer to the outer query's row.
 * For lists of an object's own size: the whole list travels as one JSON value.
 */
export function jsonList<Row>(fields: ListFields<Row>, from: SQL, orderBy: SQL): SQL<Row[]> {
  const entries = Object.entries(fields) as [keyof Row & string, Column | SQL][];
  const values = sql.join(
    entries.map(([, field]) => field),
    sql`, `,
  );
  return sql<Row[]>`(select coalesce(json_agg(json_build_array(${values}) order by ${orderBy}), '[]'::json) ${from})`.mapWith((value: unknown) =>
    decodeRows<Row>(entries, typeof value === 'string' ? JSON.parse(value) : value),
  );
}

/** The `from` of a select of lists alone: one row of no table (`db.select({ a: jsonList(…) }).from(LISTS_ONLY)`). */
export const LISTS_ONLY = sql`(select) as one`;

function decodeRows<Row>(entries: [keyof Row & string, Column | SQL][], rows: unknown[][]): Row[] {
  return rows.map((values) => {
    const row = {} as Record<string, unknown>;
    entries.forEach(([key, field], index) => {
      const value = values[index] ?? null;
      row[key] = value !== null && is(field, Column) ? field.mapFromDriverValue(value) : value;
    });
    return row as Row;
  });
}
