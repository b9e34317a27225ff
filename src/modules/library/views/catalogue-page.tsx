import { FilterChips, Pagination, type FilterChip } from '../../../kernel/views';
import { catalogueHref, filterLabel, toggledFilter } from '../presenters';
import type { CatalogueFacets, CatalogueHit } from '../repository/search';
import { FILTER_PARAMS, type CatalogueQuery, type CatalogueSort } from '../schemas';
import { FacetPanel } from './facet-panel';
import { RecordList } from './record-list';

export interface CataloguePageProps {
  libraryName: string;
  query: CatalogueQuery;
  sort: CatalogueSort;
  hits: CatalogueHit[];
  total: number;
  pageCount: number;
  facets: CatalogueFacets;
}

function countText(total: number): string {
  return total === 1 ? '1 Titel' : `${total.toLocaleString('de-DE')} Titel`;
}

/** `/bildung/buecherei`: the results first, the search form and facets beside them, active filters as chips. */
export function CataloguePage({ libraryName, query, sort, hits, total, pageCount, facets }: CataloguePageProps) {
  const chips: FilterChip[] = FILTER_PARAMS.flatMap((param) => {
    const value = query[param];
    return value ? [{ label: filterLabel(param, value), href: toggledFilter(query, param, value) }] : [];
  });
  return (
    <>
      <h1>{libraryName}: Katalog</h1>
      <p class="lead">Suchen Sie Bücher, E-Books, Hörbücher, Filme und Spiele. Bei jedem Titel sehen Sie, in welcher Bücherei er steht.</p>
      <div class="filter-layout">
        <FacetPanel query={query} sort={sort} facets={facets} activeCount={chips.length} />
        <div class="filter-results">
          <FilterChips chips={chips} clearHref={catalogueHref({ q: query.q })} />
          <h2>
            {countText(total)}
            {query.q ? ` zu „${query.q}“` : ''}
            {pageCount > 1 ? `, Seite ${Math.min(query.seite, pageCount)} von ${pageCount}` : ''}
          </h2>
          {hits.length === 0 ? <p>Nichts gefunden. Versuchen Sie einen anderen Suchbegriff oder entfernen Sie Filter.</p> : <RecordList hits={hits} />}
          <Pagination page={query.seite} pageCount={pageCount} hrefFor={(seite) => catalogueHref({ ...query, seite })} />
        </div>
      </div>
    </>
  );
}
