import { answersToValues } from '../../engine';
import type { FormDefinition, PageDef } from '../../definition';
import { EDITOR_PATHS } from '../../paths';
import { conditionFields, describeCondition } from '../condition-text';
import { FormPageFields } from '../form-page-fields';

/**
 * A page of the draft as applicants will see it. Fields that depend on answers of other pages
 * are all shown here (with their condition as hint), so staff can check every text.
 */
function showEverything(definition: FormDefinition, page: PageDef): { definition: FormDefinition; page: PageDef } {
  const pageFieldIds = new Set(page.items.flatMap((item) => (item.kind === 'field' ? [item.id] : item.fields.map((field) => field.id))));
  const reveal = <T extends { visibleIf?: PageDef['visibleIf']; hint?: string }>(item: T): T => {
    if (!item.visibleIf || conditionFields(item.visibleIf).some((id) => pageFieldIds.has(id))) return item;
    const note = `Wird nur gezeigt, wenn ${describeCondition(item.visibleIf, definition)}.`;
    const revealed = { ...item, hint: item.hint ? `${item.hint} ${note}` : note };
    Reflect.deleteProperty(revealed, 'visibleIf');
    return revealed;
  };
  const shown: PageDef = {
    ...page,
    items: page.items.map((item) => (item.kind === 'field' ? reveal(item) : { ...reveal(item), fields: item.fields.map(reveal) })),
  };
  return { definition: { ...definition, pages: definition.pages.map((candidate) => (candidate.id === page.id ? shown : candidate)) }, page: shown };
}

export function PreviewPage({ formKey, definition, page }: { formKey: string; definition: FormDefinition; page: PageDef }) {
  const index = definition.pages.indexOf(page);
  const shown = showEverything(definition, page);
  return (
    <>
      <p>
        Vorschau des Entwurfs, Seite {index + 1} von {definition.pages.length}
      </p>
      <h1>{page.title}</h1>
      {page.hint && <p class="hint">{page.hint}</p>}
      {page.visibleIf && <p class="hint">Diese Seite wird nur gezeigt, wenn {describeCondition(page.visibleIf, definition)}.</p>}
      <form action={EDITOR_PATHS.preview(formKey, page.id)} method="get" aria-label="Vorschau">
        <FormPageFields definition={shown.definition} page={shown.page} answers={{}} values={answersToValues(shown.definition, shown.page, {})} />
        <button type="submit" class="button button--primary" disabled>
          Weiter
        </button>
      </form>
      <nav aria-labelledby="preview-pages">
        <h2 id="preview-pages">Seiten des Formulars</h2>
        <ol>
          {definition.pages.map((candidate) => (
            <li>
              <a href={EDITOR_PATHS.preview(formKey, candidate.id)} aria-current={candidate.id === page.id ? 'page' : undefined}>
                {candidate.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <p>
        <a href={EDITOR_PATHS.draft(formKey)}>Zurück zum Entwurf</a>
      </p>
    </>
  );
}
