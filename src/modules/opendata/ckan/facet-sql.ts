import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { FacetCount } from './search-result';

/**
 * The facet counts of package_search in one statement: the matching datasets' `field:value` keys
 * (the text[] column search-sql.ts filters on) unnested, counted per key, cut to `facet.mincount`
 * and to the `facet.limit` most frequent per field (ties by value, so pages of results agree).
 * Rows: `{ field, name, count }`, most frequent first within each field.
 */
export function facetCountsSql(input: {
  /** The datasets table (Drizzle table or `sql` reference). */
  from: SQLWrapper;
  /** The search's condition (solrToSql and the visibility filters). */
  where: SQL;
  facetKeys: SQLWrapper;
  /** The fields asked for in facet.field; never empty (skip the statement then). */
  fields: readonly string[];
  /** Null: every value. */
  limit: number | null;
  /** 0 counts as 1: a value no matching dataset has is not among the keys to count. */
  mincount: number;
}): SQL {
  const field = sql`split_part(key, ':', 1)`;
  const fields = sql.join(
    input.fields.map((name) => sql`${name}`),
    sql`, `,
  );
  const limit = input.limit === null ? sql`true` : sql`counted.position <= ${input.limit}`;
  // Keys are counted first and split into field and value afterwards: splitting each of the tens of
  // thousands of unnested keys of a broad search cost more than the counting (EXPLAIN ANALYZE on
  // 10,000 datasets: 8.7 ms against 6.8 ms for 16,772 keys).
  return sql`select counted.field as "field", counted.name as "name", counted.count as "count" from (
      select ${field} as field, substr(key, strpos(key, ':') + 1) as name, count,
        row_number() over (partition by ${field} order by count desc, key) as position
      from (
        select key, count(*)::int as count
        from (select unnest(${input.facetKeys}) as key from ${input.from} where ${input.where}) keys
        group by key
        having count(*) >= ${Math.max(input.mincount, 1)}
      ) grouped
      where ${field} in (${fields})
    ) counted
    where ${limit}
    order by counted.field, counted.position`;
}

/** The rows of facetCountsSql per field, in the order asked for; a field without values gets an empty list. */
export function facetCountsByField(
  fields: readonly string[],
  rows: readonly { field: string; name: string; count: number }[],
  displayName: (field: string, name: string) => string | undefined = () => undefined,
): Record<string, FacetCount[]> {
  const byField: Record<string, FacetCount[]> = Object.fromEntries(fields.map((field) => [field, []]));
  for (const row of rows) {
    const shown = displayName(row.field, row.name);
    byField[row.field]?.push({ name: row.name, count: row.count, ...(shown === undefined ? {} : { displayName: shown }) });
  }
  return byField;
}
