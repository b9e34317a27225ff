import { Button, Checkbox, FilterPanel, Form, SelectField, TextField } from '../../../kernel/views';
import type { FieldErrors } from '../../../kernel/http';
import { VHS_PATHS } from '../paths';
import { FORMAT_LABELS } from '../presenters';
import type { CatalogueQuery } from '../schemas';
import type { CourseFacets } from '../search';
import { COURSE_FORMATS, type VhsPlace, type VhsProgrammeArea } from '../tables';

interface FiltersProps {
  query: CatalogueQuery;
  areas: readonly VhsProgrammeArea[];
  places: readonly VhsPlace[];
  /** Counts of the current matches per value; absent when the dates were refused (no list then). */
  facets?: CourseFacets;
  errors?: FieldErrors;
  activeCount: number;
}

const counted = (label: string, count: number | undefined) => (count === undefined ? label : `${label} (${count})`);

/**
 * Search and filters as one GET form beside the results (works without JavaScript, every result a
 * bookmarkable URL). Each choice names how many of the current courses it has.
 */
export function CatalogueFilters({ query, areas, places, facets, errors, activeCount }: FiltersProps) {
  const count = (kind: keyof CourseFacets, key: string) => (facets ? (facets[kind][key] ?? 0) : undefined);
  return (
    <FilterPanel title="Suche und Filter" activeCount={activeCount} open>
      <Form action={VHS_PATHS.catalogue} method="get" label="Kurse suchen">
        <TextField name="q" type="search" label="Suchbegriff" hint="Zum Beispiel: Englisch, Yoga, Excel" value={query.q} spellcheck />
        <SelectField
          name="bereich"
          label="Programmbereich"
          placeholder="Alle Programmbereiche"
          value={query.bereich}
          options={areas.map((area) => ({ value: area.id, label: counted(area.name, count('area', area.id)) }))}
        />
        <SelectField
          name="format"
          label="Kursform"
          placeholder="Alle Kursformen"
          value={query.format}
          options={COURSE_FORMATS.map((format) => ({ value: format, label: counted(FORMAT_LABELS[format], count('format', format)) }))}
        />
        <SelectField
          name="ort"
          label="Kursort"
          placeholder="Alle Kursorte"
          value={query.ort}
          options={places.map((place) => ({ value: place.id, label: counted(place.name, count('place', place.id)) }))}
        />
        <TextField name="von" label="Beginn ab" hint="Tag.Monat.Jahr, zum Beispiel 15.03.2027" value={query.von} width="medium" error={errors?.von} />
        <TextField name="bis" label="Beginn bis" hint="Tag.Monat.Jahr, zum Beispiel 30.06.2027" value={query.bis} width="medium" error={errors?.bis} />
        <Checkbox name="frei" label="Nur Kurse mit freien Plätzen" checked={query.frei} />
        <Checkbox name="anstehend" label="Nur Kurse, die noch nicht begonnen haben" checked={query.anstehend} />
        <Button>Kurse anzeigen</Button>
      </Form>
    </FilterPanel>
  );
}
