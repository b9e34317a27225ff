import { FilterChips, Pagination, type FilterChip } from '../../../../kernel/views';
import { SEARCH_PATHS } from '../../paths';
import type { PaperSort } from '../paper-index';
import { germanDay, searchHref, toggledFilter } from '../presenters';
import type { PaperHit } from '../repository';
import type { PaperFacets } from '../search-papers';
import { FILTER_PARAMS, type FilterParam, type PaperSearchQuery } from '../schemas';
import { alertHrefForSearch } from '../../alerts/presenters';
import { HitList } from './hit-list';
import { SearchForm } from './search-form';

export interface SearchPageProps {
  query: PaperSearchQuery;
  sort: PaperSort;
  hits: PaperHit[];
  total: number;
  pageCount: number;
  facets: PaperFacets;
}

function chipLabel(param: FilterParam, value: string, facets: PaperFacets): string {
  switch (param) {
    case 'art':
      return value;
    case 'gremium':
      return facets.gremien.find((gremium) => gremium.slug === value)?.name ?? value;
    case 'von':
      return `ab ${germanDay(value)}`;
    case 'bis':
      return `bis ${germanDay(value)}`;
  }
}

/** `/rat/suche`: the results first, the search form and facets beside them, active filters as chips. */
export function SearchPage({ query, sort, hits, total, pageCount, facets }: SearchPageProps) {
  const chips: FilterChip[] = FILTER_PARAMS.flatMap((param) => {
    const value = query[param];
    return value ? [{ label: chipLabel(param, value, facets), href: toggledFilter(query, param, value) }] : [];
  });
  return (
    <>
      <h1>Vorlagen und Dokumente durchsuchen</h1>
      <p class="lead">Suchen Sie in den Vorlagen, Anträgen und Anfragen des Rates und seiner Gremien und im Text ihrer Dokumente.</p>
      <div class="filter-layout">
        <SearchForm query={query} sort={sort} facets={facets} activeCount={chips.length} />
        <div class="filter-results">
          <FilterChips chips={chips} clearHref={searchHref({ q: query.q })} />
          <h2>
            {total === 1 ? '1 Vorlage' : `${total.toLocaleString('de-DE')} Vorlagen`}
            {query.q ? ` zu „${query.q}“` : ''}
            {pageCount > 1 ? `, Seite ${Math.min(query.seite, pageCount)} von ${pageCount}` : ''}
          </h2>
          {hits.length === 0 ? <p>Nichts gefunden. Versuchen Sie andere Suchbegriffe oder entfernen Sie Filter.</p> : <HitList hits={hits} />}
          <Pagination page={query.seite} pageCount={pageCount} hrefFor={(seite) => searchHref({ ...query, seite })} />
          <p>
            <a href={alertHrefForSearch(query)}>Über neue Vorlagen zu dieser Suche per E-Mail benachrichtigt werden</a>
          </p>
          <p>
            <a href={SEARCH_PATHS.alerts}>Was sind E-Mail-Benachrichtigungen?</a>
          </p>
        </div>
      </div>
    </>
  );
}
