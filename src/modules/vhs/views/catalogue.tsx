import { ErrorSummary, FilterChips, Pagination, type FilterChip } from '../../../kernel/views';
import { catalogueHref, FORMAT_LABELS } from '../presenters';
import type { CatalogueQuery } from '../schemas';
import type { CourseCatalogue } from '../use-cases/browse-courses';
import { CatalogueFilters } from './catalogue-filters';
import { CourseList } from './course-list';
import { ProgrammeAreas } from './programme-areas';

type Shown = Exclude<CourseCatalogue, { kind: 'beyond-end' }>;

function countText(total: number): string {
  return total === 1 ? '1 Kurs' : `${total.toLocaleString('de-DE')} Kurse`;
}

/** The active filters as removable chips (each a link to the list without it). */
function chipsOf(query: CatalogueQuery, result: Shown): FilterChip[] {
  const without = (change: Partial<CatalogueQuery>) => catalogueHref({ ...query, ...change, seite: 1 });
  const chips: Array<FilterChip | false | undefined | ''> = [
    query.q !== '' && { label: `Suchbegriff: ${query.q}`, href: without({ q: '' }) },
    query.bereich && { label: result.areas.find((area) => area.id === query.bereich)?.name ?? query.bereich, href: without({ bereich: undefined }) },
    query.format && { label: FORMAT_LABELS[query.format], href: without({ format: undefined }) },
    query.ort && { label: result.places.find((place) => place.id === query.ort)?.name ?? query.ort, href: without({ ort: undefined }) },
    query.von !== '' && { label: `Beginn ab ${query.von}`, href: without({ von: '' }) },
    query.bis !== '' && { label: `Beginn bis ${query.bis}`, href: without({ bis: '' }) },
    query.frei && { label: 'Mit freien Plätzen', href: without({ frei: false }) },
    query.anstehend && { label: 'Noch nicht begonnen', href: without({ anstehend: false }) },
  ];
  return chips.filter((chip): chip is FilterChip => Boolean(chip));
}

/** `/bildung/vhs`: the results first, search and filters beside them, active filters as chips. */
export function CataloguePage({ query, result, institution }: { query: CatalogueQuery; result: Shown; institution: string }) {
  const chips = chipsOf(query, result);
  return (
    <>
      <h1>Kursprogramm der {institution}</h1>
      <p class="lead">Finden Sie Kurse, Vorträge und Webinare der Volkshochschule und melden Sie sich online an.</p>
      {result.kind === 'invalid' && <ErrorSummary errors={result.errors} />}
      <div class="filter-layout">
        <CatalogueFilters
          query={query}
          areas={result.areas}
          places={result.places}
          facets={result.kind === 'page' ? result.facets : undefined}
          errors={result.kind === 'invalid' ? result.errors : undefined}
          activeCount={chips.length}
        />
        <div class="filter-results">
          <FilterChips chips={chips} clearHref={catalogueHref({})} />
          {result.kind === 'page' && <Results query={query} result={result} filtered={chips.length > 0} />}
        </div>
      </div>
    </>
  );
}

function Results({ query, result, filtered }: { query: CatalogueQuery; result: Extract<Shown, { kind: 'page' }>; filtered: boolean }) {
  return (
    <section aria-labelledby="results-title">
      <h2 id="results-title">
        {countText(result.total)}
        {query.q ? ` zu „${query.q}“` : ''}
        {result.pageCount > 1 ? `, Seite ${query.seite} von ${result.pageCount}` : ''}
      </h2>
      {result.hits.length === 0 ? (
        <p>
          Keine Kurse gefunden. Prüfen Sie die Schreibweise, verwenden Sie ein allgemeineres Wort oder <a href={catalogueHref({})}>sehen Sie alle Kurse an</a>.
        </p>
      ) : (
        <CourseList hits={result.hits} />
      )}
      <Pagination page={query.seite} pageCount={result.pageCount} hrefFor={(seite) => catalogueHref({ ...query, seite })} />
      {!filtered && <ProgrammeAreas areas={result.areas} counts={result.facets.area} />}
    </section>
  );
}
