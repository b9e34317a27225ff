import { Button, Form, Pagination, SelectField, TextField } from '../../../kernel/views';
import { LIFE_SITUATIONS } from '../life-situations';
import { SERVICE_PATHS } from '../paths';
import { catalogueHref } from '../presenters';
import type { CatalogueQuery } from '../schemas';
import type { ServiceHit } from '../search';
import { NoResults } from './no-results';
import { ServiceList } from './service-list';

export interface CatalogueProps {
  query: CatalogueQuery;
  hits: ServiceHit[];
  total: number;
  pageCount: number;
  departments: readonly { id: string; name: string }[];
  /** Shown when nothing is found: Leistungen that can be done online. */
  suggestions: readonly ServiceHit[];
}

/** "Leistungen A–Z": search and filters as one GET form (works without JavaScript), results with tags. */
export function CataloguePage({ query, hits, total, pageCount, departments, suggestions }: CatalogueProps) {
  const filtered = Boolean(query.q || query.lebenslage || query.fachbereich);
  return (
    <>
      <h1>Leistungen A–Z</h1>
      <p class="lead">Finden Sie heraus, was Sie für Ihr Anliegen brauchen und ob Sie es online erledigen können.</p>
      <Form action={SERVICE_PATHS.list} method="get" label="Leistungen suchen">
        <TextField name="q" type="search" label="Suchbegriff" hint="Zum Beispiel: Hund anmelden, Personalausweis, Umzug" value={query.q} spellcheck />
        <SelectField
          name="lebenslage"
          label="Lebenslage"
          placeholder="Alle Lebenslagen"
          value={query.lebenslage}
          options={LIFE_SITUATIONS.map((situation) => ({ value: situation.slug, label: situation.label }))}
        />
        <SelectField
          name="fachbereich"
          label="Zuständiger Fachbereich"
          placeholder="Alle Fachbereiche"
          value={query.fachbereich}
          options={departments.map((department) => ({ value: department.id, label: department.name }))}
        />
        <div class="button-group">
          <Button>Suchen</Button>
          {filtered && <a href={SERVICE_PATHS.list}>Suche zurücksetzen</a>}
        </div>
      </Form>

      {hits.length === 0 ? (
        <NoResults query={query} suggestions={suggestions} />
      ) : (
        <section aria-labelledby="results-title">
          <h2 id="results-title">
            {total === 1 ? '1 Leistung' : `${total} Leistungen`}
            {query.q ? ` zu „${query.q}“` : ''}
          </h2>
          <ServiceList hits={hits} />
          <Pagination page={query.seite} pageCount={pageCount} hrefFor={(seite) => catalogueHref({ ...query, seite })} />
        </section>
      )}
    </>
  );
}
