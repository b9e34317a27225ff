/**
 * package_search's result as CKAN 2.10 builds it (package_search in ckan/logic/action/get.py):
 * `count`, the deprecated `facets` (`{ field: { value: count } }`), `results`, `sort` as asked, and
 * `search_facets` (`{ field: { title, items: [{ name, display_name, count }] } }`, the items sorted
 * by display name, descending, as CKAN sorts them).
 */

export interface FacetCount {
  name: string;
  count: number;
  /** The title of an organisation or group, a licence's title; the name itself when absent. */
  displayName?: string;
}

export interface SearchFacetItem {
  name: string;
  display_name: string;
  count: number;
}

export interface PackageSearchResult<Dataset> {
  count: number;
  facets: Record<string, Record<string, number>>;
  results: Dataset[];
  sort: string;
  search_facets: Record<string, { title: string; items: SearchFacetItem[] }>;
}

export function packageSearchResult<Dataset>(input: {
  count: number;
  results: Dataset[];
  sortText: string;
  /** For each field asked for in facet.field, its values with counts (most first, as the query returned them). */
  facets: Record<string, readonly FacetCount[]>;
}): PackageSearchResult<Dataset> {
  const facets: PackageSearchResult<Dataset>['facets'] = {};
  const searchFacets: PackageSearchResult<Dataset>['search_facets'] = {};
  for (const [field, counts] of Object.entries(input.facets)) {
    facets[field] = Object.fromEntries(counts.map(({ name, count }) => [name, count]));
    const items = counts.map(({ name, count, displayName }) => ({ name, display_name: displayName?.trim() ? displayName : name, count }));
    items.sort((a, b) => (a.display_name < b.display_name ? 1 : a.display_name > b.display_name ? -1 : 0));
    searchFacets[field] = { title: field, items };
  }
  return { count: input.count, facets, results: input.results, sort: input.sortText, search_facets: searchFacets };
}
