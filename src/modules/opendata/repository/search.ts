import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../kernel/db';
import { prefixTsquery } from '../../../kernel/text-search';
import type { PublisherAccess } from '../policies';
import { datasets } from '../tables';
import { facetCountsOfHits } from './facet-index';

/** The facets CKAN clients ask for (`facet.field`), as prefixes of `facet_keys`. */
export const FACET_FIELDS = ['organization', 'groups', 'tags', 'res_format', 'license_id'] as const;
export type FacetField = (typeof FACET_FIELDS)[number];

export const SORTS = ['relevance', 'modified', 'created', 'title', 'name'] as const;
export type DatasetSort = (typeof SORTS)[number];
export interface SortKey {
  by: DatasetSort;
  descending: boolean;
}

export interface DatasetSearch {
  /** Bounded search words (`searchWords`); empty: every visible dataset. */
  words: readonly string[];
  /** `facet_keys` every hit must hold (`organization:stadt-iserlohn`, `groups:tran`, …). */
  facetKeys: readonly string[];
  /** A further condition on `opendata_datasets` (CKAN's `fq`, translated), or none. */
  condition?: SQL;
  /** Drafts and private datasets appear only for members of their organisation, and only when asked for. */
  access: PublisherAccess;
  includePrivate: boolean;
  includeDrafts: boolean;
  sort: readonly SortKey[];
  rows: number;
  start: number;
  facetFields: readonly FacetField[];
}

export interface DatasetSearchResult {
  count: number;
  /** Ids of the page's datasets, in order. */
  ids: string[];
  /** Per requested field: every value with its count, most frequent first. */
  facets: Record<string, Array<{ name: string; count: number }>>;
}

/**
 * Which datasets a search may show: published public ones to everyone; with `includePrivate` /
 * `includeDrafts`, also the private ones and drafts of the organisations the person belongs to
 * (every organisation for the portal's admins). Deleted datasets never.
 */
export function visibilityCondition(search: Pick<DatasetSearch, 'access' | 'includePrivate' | 'includeDrafts'>): SQL {
  const d = { state: datasets.state, private: datasets.private, organizationId: datasets.organizationId };
  const everyone = sql`(${d.state} = 'active' and not ${d.private})`;
  const privacy = search.includePrivate ? sql`` : sql`and not ${d.private}`;
  const states = search.includeDrafts ? sql`${d.state} in ('active', 'draft')` : sql`${d.state} = 'active'`;
  if (search.access.sysadmin && (search.includePrivate || search.includeDrafts)) return sql`(${everyone} or (${states} ${privacy}))`;
  const memberOf = [...search.access.capacities.keys()];
  if (memberOf.length === 0 || !(search.includePrivate || search.includeDrafts)) return everyone;
  const own = sql.join(
    memberOf.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  return sql`(${everyone} or (${d.organizationId} in (${own}) and ${states} ${privacy}))`;
}

const ORDER_COLUMNS: Record<DatasetSort, SQL> = {
  relevance: sql`m.rank`,
  modified: sql`m.metadata_modified`,
  created: sql`m.metadata_created`,
  title: sql`m.title collate "und-x-icu"`,
  name: sql`m.name`,
};

function orderBy(sort: readonly SortKey[]): SQL {
  const keys = sort.map((key) => sql`${ORDER_COLUMNS[key.by]} ${sql.raw(key.descending ? 'desc' : 'asc')}`);
  // A stable order, so paging never shows a dataset twice or skips one.
  return sql.join([...keys, sql`m.id`], sql`, `);
}

/**
 * One statement for a catalogue page: the hits (German full text, every word as a prefix; facet
 * filters as one GIN-indexed `@>`), their count, the ids of all hits when facets are asked for (counted
 * in memory: `facetCountsOfHits`), and the page's ids in order. The hits are computed once (materialised).
 */
export function datasetSearchQuery(search: DatasetSearch): SQL {
  const query = search.words.length > 0 ? sql`to_tsquery('german', ${prefixTsquery(search.words)})` : undefined;
  const conditions = [
    visibilityCondition(search),
    query ? sql`${datasets.search} @@ ${query}` : undefined,
    search.facetKeys.length > 0 ? sql`${datasets.facetKeys} @> ${sql.param([...search.facetKeys])}::text[]` : undefined,
    search.condition,
  ].filter((condition): condition is SQL => condition !== undefined);
  const rank = query ? sql`ts_rank(${datasets.search}, ${query})` : sql`0::real`;
  // The facets are counted from the hits' ids in memory (facet-index.ts), not by unnesting their keys here.
  const hitIds = search.facetFields.length > 0 ? sql`(select string_agg(m.id::text, ',') from matches m)` : sql`null::text`;
  return sql`with matches as materialized (
      select ${datasets.id} as id, ${datasets.name} as name, ${datasets.title} as title, ${datasets.metadataModified} as metadata_modified,
        ${datasets.metadataCreated} as metadata_created, ${rank} as rank
      from ${datasets} where ${sql.join(conditions, sql` and `)})
    select (select count(*)::int from matches) as "count", ${hitIds} as "hits",
      (select coalesce(json_agg(p.id), '[]'::json) from (
        select m.id from matches m order by ${orderBy(search.sort)} limit ${search.rows} offset ${search.start}) p) as "ids"`;
}

export async function searchDatasets(db: Executor, search: DatasetSearch): Promise<DatasetSearchResult> {
  const [row] = await queryRows<{ count: number; hits: string | null; ids: unknown }>(db, datasetSearchQuery(search));
  const decode = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);
  const facets = await facetCountsOfHits(db, row!.hits ? row!.hits.split(',') : [], { fields: search.facetFields, limit: null, mincount: 1 });
  for (const list of Object.values(facets)) list.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'de'));
  return { count: Number(row!.count), ids: decode(row!.ids) as string[], facets };
}
