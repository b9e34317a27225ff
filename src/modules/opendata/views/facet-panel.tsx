import { Button, FilterPanel, Form, SelectField, TextField } from '../../../kernel/views';
import { filterLabel, searchHref, toggledFilter } from '../presenters';
import { OPENDATA_PATHS } from '../paths';
import { FILTER_FACETS, type CatalogueQuery, type CatalogueSort, type FilterParam } from '../schemas/catalogue-query';
import type { FacetValue } from '../use-cases/browse-datasets';

const FACET_TITLES: Record<FilterParam, string> = {
  organisation: 'Organisation',
  kategorie: 'Kategorie',
  format: 'Format',
  lizenz: 'Lizenz',
  schlagwort: 'Schlagwort',
};

const SORT_OPTIONS: Array<{ value: CatalogueSort; label: string }> = [
  { value: 'relevanz', label: 'Beste Treffer' },
  { value: 'aktualisiert', label: 'Zuletzt aktualisiert' },
  { value: 'name', label: 'Name (A–Z)' },
];

/** Values shown per facet; the rest are reached by searching. */
const SHOWN = 10;

interface FacetPanelProps {
  query: CatalogueQuery;
  sort: CatalogueSort;
  facets: Record<FilterParam, FacetValue[]>;
  organizationTitles: ReadonlyMap<string, string>;
  activeCount: number;
}

/**
 * The search form and the facets beside the results (a disclosure on narrow screens). Each facet
 * value is a link that adds the filter (or removes it when it is set), so filtering works without
 * JavaScript and every result is a bookmarkable URL; the form keeps the active filters.
 */
export function FacetPanel({ query, sort, facets, organizationTitles, activeCount }: FacetPanelProps) {
  return (
    <FilterPanel title="Suche und Filter" activeCount={activeCount} open>
      <Form action={OPENDATA_PATHS.search} method="get" label="Datensätze suchen">
        <TextField name="q" type="search" label="Suchbegriff" value={query.q} />
        <SelectField name="sortierung" label="Sortierung" value={sort} options={SORT_OPTIONS} />
        {(Object.keys(FILTER_FACETS) as FilterParam[]).flatMap((param) => query[param].map((value) => <input type="hidden" name={param} value={value} />))}
        <Button>Suchen</Button>
      </Form>
      {(Object.keys(FILTER_FACETS) as FilterParam[]).map((param) =>
        facets[param].length === 0 ? null : (
          <section key={param} aria-labelledby={`facet-${param}`} class="facet">
            <h2 id={`facet-${param}`} class="filter-panel__title">
              {FACET_TITLES[param]}
            </h2>
            <ul class="facet__list">
              {facets[param].slice(0, SHOWN).map((entry) => {
                const active = query[param].includes(entry.value);
                return (
                  <li key={entry.value}>
                    <a href={toggledFilter(query, param, entry.value)} aria-current={active ? 'true' : undefined}>
                      {filterLabel(param, entry.value, organizationTitles)} ({entry.count})
                      {active && <span class="visually-hidden"> – ausgewählt, Filter entfernen</span>}
                    </a>
                  </li>
                );
              })}
            </ul>
          </section>
        ),
      )}
      {activeCount > 0 && <a href={searchHref({ q: query.q })}>Alle Filter entfernen</a>}
    </FilterPanel>
  );
}
