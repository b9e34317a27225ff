import { FilterChips, Pagination, type FilterChip } from '../../../kernel/views';
import { filterLabel, searchHref, toggledFilter } from '../presenters';
import { FILTER_FACETS, type CatalogueQuery, type FilterParam } from '../schemas/catalogue-query';
import type { BrowseResult } from '../use-cases/browse-datasets';
import { DatasetList } from './dataset-list';
import { FacetPanel } from './facet-panel';

function countText(total: number): string {
  return total === 1 ? '1 Datensatz' : `${total.toLocaleString('de-DE')} Datensätze`;
}

/** `/daten/suche`: the results first, the search form and facets beside them, active filters as chips. */
export function SearchPage({ query, result }: { query: CatalogueQuery; result: BrowseResult }) {
  const chips: FilterChip[] = (Object.keys(FILTER_FACETS) as FilterParam[]).flatMap((param) =>
    query[param].map((value) => ({ label: filterLabel(param, value, result.organizationTitles), href: toggledFilter(query, param, value) })),
  );
  return (
    <>
      <h1>Datensätze finden</h1>
      <div class="filter-layout">
        <FacetPanel query={query} sort={result.sort} facets={result.facets} organizationTitles={result.organizationTitles} activeCount={chips.length} />
        <div class="filter-results">
          <FilterChips chips={chips} clearHref={searchHref({ q: query.q })} />
          <h2>
            {countText(result.total)}
            {query.q ? ` zu „${query.q}“` : ''}
            {result.pageCount > 1 ? `, Seite ${Math.min(query.seite, result.pageCount)} von ${result.pageCount}` : ''}
          </h2>
          {result.suggestions.length > 0 && (
            <p>
              Meinten Sie{' '}
              {result.suggestions.map((suggestion, index) => (
                <>
                  {index > 0 && (index === result.suggestions.length - 1 ? ' oder ' : ', ')}
                  <a href={searchHref({ ...query, q: suggestion, seite: 1 })}>„{suggestion}“</a>
                </>
              ))}
              ?
            </p>
          )}
          {result.hits.length === 0 ? <p>Versuchen Sie einen anderen Suchbegriff oder entfernen Sie Filter.</p> : <DatasetList hits={result.hits} />}
          <Pagination page={query.seite} pageCount={result.pageCount} hrefFor={(seite) => searchHref({ ...query, seite })} />
        </div>
      </div>
    </>
  );
}
