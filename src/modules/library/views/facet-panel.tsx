import { Button, FilterPanel, Form, SelectField, TextField } from '../../../kernel/views';
import { LIBRARY_PATHS } from '../paths';
import { catalogueHref, filterLabel, toggledFilter } from '../presenters';
import type { CatalogueFacets } from '../repository/search';
import { FILTER_PARAMS, type CatalogueQuery, type CatalogueSort, type FilterParam } from '../schemas';

const FACET_TITLES: Record<FilterParam, string> = { medium: 'Medienart', jahr: 'Erscheinungsjahr', sprache: 'Sprache', thema: 'Thema' };

const SORT_OPTIONS: Array<{ value: CatalogueSort; label: string }> = [
  { value: 'relevanz', label: 'Beste Treffer' },
  { value: 'titel', label: 'Titel (A–Z)' },
  { value: 'neueste', label: 'Neueste zuerst' },
  { value: 'aelteste', label: 'Älteste zuerst' },
];

function facetValues(facets: CatalogueFacets, param: FilterParam): ReadonlyArray<readonly [string, number]> {
  switch (param) {
    case 'medium':
      return facets.mediaTypes;
    case 'jahr':
      return facets.years;
    case 'sprache':
      return facets.languages;
    case 'thema':
      return facets.subjects;
  }
}

/**
 * The search form and the facets beside the results (a disclosure on narrow screens). Each facet
 * value is a link that sets the filter (or removes it when it is set), so filtering works without
 * JavaScript and every result is a bookmarkable URL; the form keeps the active filters.
 */
export function FacetPanel({ query, sort, facets, activeCount }: { query: CatalogueQuery; sort: CatalogueSort; facets: CatalogueFacets; activeCount: number }) {
  return (
    <FilterPanel title="Suche und Filter" activeCount={activeCount} open>
      <Form action={LIBRARY_PATHS.catalogue} method="get" label="Im Katalog suchen">
        <TextField name="q" type="search" label="Titel, Person, Thema oder ISBN" value={query.q} />
        <SelectField name="sortierung" label="Sortierung" value={sort} options={SORT_OPTIONS} />
        {FILTER_PARAMS.map((param) => (query[param] ? <input type="hidden" name={param} value={query[param]} /> : null))}
        <Button>Suchen</Button>
      </Form>
      {FILTER_PARAMS.map((param) => {
        const values = facetValues(facets, param);
        if (values.length === 0) return null;
        return (
          <section key={param} aria-labelledby={`facet-${param}`} class="facet">
            <h2 id={`facet-${param}`} class="filter-panel__title">
              {FACET_TITLES[param]}
            </h2>
            <ul class="facet__list">
              {values.map(([value, count]) => {
                const active = query[param] === value;
                return (
                  <li key={value}>
                    <a href={toggledFilter(query, param, value)} aria-current={active ? 'true' : undefined}>
                      {filterLabel(param, value)} ({count.toLocaleString('de-DE')})
                      {active && <span class="visually-hidden"> – ausgewählt, Filter entfernen</span>}
                    </a>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      {activeCount > 0 && <a href={catalogueHref({ q: query.q })}>Alle Filter entfernen</a>}
    </FilterPanel>
  );
}
