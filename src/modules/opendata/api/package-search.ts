import { and, sql } from 'drizzle-orm';
import { cachedQuery, queryRows, type Executor } from '../../../kernel/db';
import { prefixTsquery, searchWords } from '../../../kernel/text-search';
import { packageSearchResult, type FacetCount } from '../ckan/search-result';
import type { PackageSearchParams } from '../ckan/search-params';
import { orderBySql, solrToSql, type SearchFields } from '../ckan/search-sql';
import type { SolrNode } from '../ckan/solr-query';
import { ANONYMOUS, type PublisherAccess } from '../policies';
import { facetCountsOfHits } from '../repository/facet-index';
import { visibilityCondition } from '../repository/search';
import { datasets } from '../tables';
import { licenseTitle, themeLabel } from '../presenters';
import { cachedPackagesByIds } from './cached-packages';
import type { PackageDict } from './package-dict';

/** How CKAN's Solr fields map onto the datasets table. */
export const CKAN_SEARCH_FIELDS: SearchFields = {
  text: (words) => sql`${datasets.search} @@ to_tsquery('german', ${prefixTsquery(words)})`,
  textFields: ['text', 'title', 'notes'],
  facetKeys: { column: datasets.facetKeys, fields: ['organization', 'tags', 'res_format', 'license_id', 'groups'] },
  ranges: { metadata_modified: { column: datasets.metadataModified, type: 'date' }, metadata_created: { column: datasets.metadataCreated, type: 'date' } },
  exact: { name: { column: datasets.name }, id: { column: datasets.id, uuid: true } },
  constants: { dataset_type: 'dataset', type: 'dataset' },
};

/** The free-text words of a query (terms without a field or in a text field), for ranking by `score`. */
function textWords(node: SolrNode): string[] {
  switch (node.type) {
    case 'term':
      return node.field === null || CKAN_SEARCH_FIELDS.textFields.includes(node.field) ? searchWords(node.value) : [];
    case 'and':
    case 'or':
      return node.clauses.flatMap(textWords);
    default:
      return [];
  }
}

/** What the search statement answers: the count, the page's ids in order and the facet counts. */
interface Hits {
  count: number;
  ids: string[];
  facets: Record<string, FacetCount[]>;
}

/**
 * The matching datasets (Solr syntax of `q` and `fq` translated to one condition the indexes
 * answer), their count, the page and, when facets are asked for, the ids of all hits in one
 * statement: the hits are found once (materialised, with only the columns the order reads). The
 * facets are counted from those ids in memory (`facetCountsOfHits`): unnesting and grouping the
 * hits' text keys in SQL cost more than finding and ranking them.
 */
async function findHits(db: Executor, access: PublisherAccess, params: HitsQuery): Promise<Hits> {
  const where = and(
    visibilityCondition({ access, includePrivate: params.includePrivate, includeDrafts: params.includeDrafts }),
    solrToSql(params.q, CKAN_SEARCH_FIELDS),
    ...params.fq.map((node) => solrToSql(node, CKAN_SEARCH_FIELDS)),
  )!;
  const words = [...new Set(textWords(params.q))].slice(0, 8);
  const ranked = words.length > 0 && params.sort.some((clause) => clause.field === 'score');
  const score = ranked ? sql`ts_rank(${datasets.search}, to_tsquery('german', ${prefixTsquery(words)}))` : sql`null::real`;
  const order = orderBySql(params.sort, {
    score: ranked ? sql`m.score` : null,
    id: sql`m.id`,
    name: sql`m.name`,
    title_string: sql`m.title collate "und-x-icu"`,
    metadata_modified: sql`m.metadata_modified`,
    metadata_created: sql`m.metadata_created`,
  });
  // One text of comma-separated ids: 1,435 hits as a uuid[] or JSON list took longer to write and read.
  const hitIds = params.facetFields.length > 0 ? sql`(select string_agg(m.id::text, ',') from matches m)` : sql`null::text`;
  const [row] = await queryRows<{ count: number; ids: unknown; hits: string | null }>(
    db,
    sql`with matches as materialized (
        select ${datasets.id} as id, ${datasets.name} as name, ${datasets.title} as title, ${datasets.metadataModified} as metadata_modified,
          ${datasets.metadataCreated} as metadata_created, ${score} as score
        from ${datasets} where ${where})
      select (select count(*)::int from matches) as "count",
        (select coalesce(json_agg(page.id), '[]'::json) from (select m.id from matches m order by ${order} limit ${params.rows} offset ${params.start}) page) as "ids",
        ${hitIds} as "hits"`,
  );
  const decode = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);
  const facets = await facetCountsOfHits(db, row!.hits ? row!.hits.split(',') : [], {
    fields: params.facetFields,
    limit: params.facetLimit,
    mincount: params.facetMincount,
    displayName,
  });
  return { count: Number(row!.count), ids: decode(row!.ids) as string[], facets };
}

/** What the hits depend on besides who asks. */
type HitsQuery = Pick<
  PackageSearchParams,
  'q' | 'fq' | 'sort' | 'rows' | 'start' | 'facetFields' | 'facetLimit' | 'facetMincount' | 'includePrivate' | 'includeDrafts'
>;

/**
 * Hits of searches that every caller would get alike, until a dataset changes (its derived columns
 * carry what the hits read of organisations and distributions). Small entries: ids and facet counts.
 */
const cachedHits = cachedQuery({ tables: ['opendata_datasets'], maxEntries: 1000 }, (db, key) => findHits(db, ANONYMOUS, JSON.parse(key) as HitsQuery));

/**
 * The cache key of a search whose hits are the same for every caller: one that sees only published
 * public datasets (no include_private/include_drafts, or nothing more to see), and whose query has
 * no `NOW` date math (its hits change with the clock). Undefined otherwise.
 */
function sharedSearchKey(access: PublisherAccess, params: PackageSearchParams): string | undefined {
  const seesMore = (params.includePrivate || params.includeDrafts) && (access.sysadmin || access.capacities.size > 0);
  if (seesMore) return undefined;
  const { q, fq, sort, rows, start, facetFields, facetLimit, facetMincount } = params;
  const key = JSON.stringify({ q, fq, sort, rows, start, facetFields, facetLimit, facetMincount, includePrivate: false, includeDrafts: false });
  return key.includes('NOW') ? undefined : key;
}

/**
 * package_search: the hits (from the search cache when every caller would get the same answer),
 * then the page's datasets as CKAN dictionaries.
 */
export async function ckanPackageSearch(db: Executor, baseUrl: string, access: PublisherAccess, params: PackageSearchParams) {
  const key = sharedSearchKey(access, params);
  const hits = key === undefined ? await findHits(db, access, params) : await cachedHits(db, key);
  const results = await cachedPackagesByIds(db, baseUrl, hits.ids);
  return packageSearchResult<PackageDict | Partial<PackageDict>>({
    count: hits.count,
    results: params.fl.length > 0 ? results.map((dict) => pick(dict, params.fl)) : results,
    sortText: params.sortText,
    facets: hits.facets,
  });
}

function displayName(field: string, name: string): string | undefined {
  if (field === 'groups') return themeLabel(name);
  if (field === 'license_id') return licenseTitle(name);
  return undefined;
}

function pick(dict: PackageDict, keys: readonly string[]): Partial<PackageDict> {
  return Object.fromEntries(Object.entries(dict).filter(([key]) => keys.includes(key))) as Partial<PackageDict>;
}
