import type { FieldErrors } from '../../../../kernel/http';
import { Button, ErrorSummary, Form, TextField } from '../../../../kernel/views';
import { STAFF_PATHS } from '../../paths';
import { searchFieldName } from '../schemas';
import type { LinkSearch } from '../use-cases/manage-links';

/**
 * Linking works without JavaScript: a GET search per kind (Leistungen, datasets, courses, hotspots),
 * then a POST with the chosen hit's id.
 */
export function LinkPage({ search, errors }: { search: LinkSearch; errors?: FieldErrors | undefined }) {
  const { measure, searched } = search;
  // The form's errors (an unknown kind, a vanished target) point to the first search field.
  const firstField = search.kinds[0] ? searchFieldName(search.kinds[0].key) : 'main';
  return (
    <>
      <ErrorSummary errors={errors} anchors={Object.fromEntries(['art', 'ziel'].map((field) => [field, firstField]))} />
      <h1>Verknüpfen mit „{measure.title}“</h1>
      <p>Suchen Sie nach dem Titel. Angeboten wird nur, was öffentlich im Portal steht.</p>
      {search.kinds.map((kind, index) => {
        const current = searched?.kind.key === kind.key ? searched : undefined;
        return (
          <section aria-labelledby={`kind-${index + 1}`}>
            <h2 id={`kind-${index + 1}`}>{kind.label}</h2>
            <Form action={STAFF_PATHS.links(measure.id)} method="get" label={`${kind.label} suchen`}>
              <input type="hidden" name="art" value={kind.key} />
              <TextField name={searchFieldName(kind.key)} label={`Titel enthält (${kind.label})`} value={current?.query} type="search" />
              <Button variant="secondary">Suchen</Button>
            </Form>
            {current && current.hits.length === 0 && <p>{`Keine Treffer für „${current.query}“.`}</p>}
            {current && current.hits.length > 0 && (
              <ul class="list">
                {current.hits.map((hit) => (
                  <li>
                    <a href={hit.href}>{hit.title}</a>{' '}
                    <Form action={STAFF_PATHS.links(measure.id)} class="inline-form">
                      <input type="hidden" name="art" value={kind.key} />
                      <input type="hidden" name="ziel" value={hit.id} />
                      <Button variant="link">{`„${hit.title}“ verknüpfen`}</Button>
                    </Form>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
      <p>
        <a href={STAFF_PATHS.measure(measure.id)}>Zurück zur Maßnahme</a>
      </p>
    </>
  );
}
