import { and, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../kernel/db';
import { prefixTsquery, searchWords } from '../../../kernel/text-search';
import { facetCountsByField, facetCountsSql } from '../ckan/facet-sql';
import { packageSearchResult } from '../ckan/search-result';
import type { PackageSearchParams } from '../ckan/search-params';
import { orderBySql, solrToSql, type SearchFields } from '../ckan/search-sql';
import type { SolrNode } from '../ckan/solr-query';
import type { PublisherAccess } from '../policies';
import { visibilityCondition } from '../repository/search';
import { datasets } from '../tables';
import { licenseTitle, themeLabel } from '../presenters';
import { packagesByIds } from './packages';
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

/**
 * package_search: the matching datasets (Solr syntax of `q` and `fq` translated to one condition the
 * indexes answer), their count and the page in one statement, the facets in a second one when asked
 * for, then the page's datasets as CKAN dictionaries.
 */
export async function ckanPackageSearch(db: Executor, baseUrl: string, access: PublisherAccess, params: PackageSearchParams) {
  const where = and(
    visibilityCondition({ access, includePrivate: params.includePrivate, includeDrafts: params.includeDrafts }),
    solrToSql(params.q, CKAN_SEARCH_FIELDS),
    ...params.fq.map((node) => solrToSql(node, CKAN_SEARCH_FIELDS)),
  )!;
  const words = [...new Set(textWords(params.q))].slice(0, 8);
  const score = words.length > 0 ? sql`ts_rank(${datasets.search}, to_tsquery('german', ${prefixTsquery(words)}))` : null;
  const order = orderBySql(params.sort, {
    score,
    id: datasets.id,
    name: datasets.name,
    title_string: sql`${datasets.title} collate "und-x-icu"`,
    metadata_modified: datasets.metadataModified,
    metadata_created: datasets.metadataCreated,
  });
  const [counted] = await queryRows<{ count: number; ids: unknown }>(
    db,
    sql`select (select count(*)::int from ${datasets} where ${where}) as "count",
      (select coalesce(json_agg(page.id), '[]'::json) from (select ${datasets.id} as id from ${datasets} where ${where} order by ${order} limit ${params.rows} offset ${params.start}) page) as "ids"`,
  );
  const ids = (typeof counted!.ids === 'string' ? JSON.parse(counted!.ids) : counted!.ids) as string[];
  const facetRows: { field: string; name: string; count: number }[] =
    params.facetFields.length === 0
      ? []
      : await queryRows(
          db,
          facetCountsSql({
            from: datasets,
            where,
            facetKeys: datasets.facetKeys,
            fields: params.facetFields,
            limit: params.facetLimit,
            mincount: params.facetMincount,
          }),
        );
  const results = await packagesByIds(db, baseUrl, ids);
  return packageSearchResult<PackageDict | Partial<PackageDict>>({
    count: counted!.count,
    results: params.fl.length > 0 ? results.map((dict) => pick(dict, params.fl)) : results,
    sortText: params.sortText,
    facets: facetCountsByField(params.facetFields, facetRows, displayName),
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
