import { Button, FilterPanel, Form, SelectField, TextField } from '../../../../kernel/views';
import { SEARCH_PATHS } from '../../paths';
import type { PaperSort } from '../paper-index';
import { searchHref, toggledFilter } from '../presenters';
import type { PaperFacets } from '../search-papers';
import type { PaperSearchQuery } from '../schemas';

const SORT_OPTIONS: Array<{ value: PaperSort; label: string }> = [
  { value: 'relevanz', label: 'Beste Treffer' },
  { value: 'datum', label: 'Neueste zuerst' },
];

interface FacetProps {
  id: string;
  title: string;
  values: ReadonlyArray<{ value: string; label: string; count: number }>;
  active: string | undefined;
  hrefFor: (value: string) => string;
}

/** One facet: each value a link that sets the filter, or removes it when it is set. */
function Facet({ id, title, values, active, hrefFor }: FacetProps) {
  if (values.length === 0) return null;
  return (
    <section aria-labelledby={id} class="facet">
      <h2 id={id} class="filter-panel__title">
        {title}
      </h2>
      <ul class="facet__list">
        {values.map(({ value, label, count }) => (
          <li key={value}>
            <a href={hrefFor(value)} aria-current={active === value ? 'true' : undefined}>
              {label} ({count.toLocaleString('de-DE')}){active === value && <span class="visually-hidden"> – ausgewählt, Filter entfernen</span>}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The search form (words, dates, order) and the facets beside the results. Filtering works without
 * JavaScript and every result is a bookmarkable URL; the form keeps the facets' filters.
 */
export function SearchForm({ query, sort, facets, activeCount }: { query: PaperSearchQuery; sort: PaperSort; facets: PaperFacets; activeCount: number }) {
  return (
    <FilterPanel title="Suche und Filter" activeCount={activeCount} open>
      <Form action={SEARCH_PATHS.search} method="get" label="Vorlagen und Dokumente durchsuchen">
        <TextField name="q" type="search" label="Suchbegriffe" hint="Titel, Drucksachennummer oder Wörter aus den Dokumenten" value={query.q} />
        <TextField name="von" type="date" label="Datum ab" value={query.von} width="medium" />
        <TextField name="bis" type="date" label="Datum bis" value={query.bis} width="medium" />
        <SelectField name="sortierung" label="Sortierung" value={sort} options={SORT_OPTIONS} />
        {query.art && <input type="hidden" name="art" value={query.art} />}
        {query.gremium && <input type="hidden" name="gremium" value={query.gremium} />}
        <Button>Suchen</Button>
      </Form>
      <Facet
        id="facet-art"
        title="Art der Vorlage"
        values={facets.paperTypes.map(([value, count]) => ({ value, label: value, count }))}
        active={query.art}
        hrefFor={(value) => toggledFilter(query, 'art', value)}
      />
      <Facet
        id="facet-gremium"
        title="Gremium"
        values={facets.gremien.map(({ slug, name, count }) => ({ value: slug, label: name, count }))}
        active={query.gremium}
        hrefFor={(value) => toggledFilter(query, 'gremium', value)}
      />
      {activeCount > 0 && <a href={searchHref({ q: query.q })}>Alle Filter entfernen</a>}
    </FilterPanel>
  );
}
