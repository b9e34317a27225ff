import type { FieldErrors } from '../../../../kernel/http';
import { Button, ButtonLink, ErrorSummary, Form, InsetText, TextArea, TextField } from '../../../../kernel/views';
import type { PageDef } from '../../definition';
import { EDITOR_PATHS } from '../../paths';
import { pageInput } from '../../presenters';
import type { FormVersion } from '../../repository';
import { describeCondition } from '../condition-text';
import { ItemSection, type SectionState } from './item-section';
import { MoveButtons } from './move-buttons';

function PageSection({ page, index, count, state }: { page: PageDef; index: number; count: number; state: SectionState }) {
  const name = (key: string) => pageInput(page.id, key);
  const value = (key: string, fallback: string | undefined) => state.values[name(key)] ?? fallback ?? '';
  return (
    <div class="editor-page">
      <h2 id={`page-${page.id}-heading`}>
        Seite {index + 1}: {page.title}
      </h2>
      {page.visibleIf && <p class="hint">Diese Seite wird nur gezeigt, wenn {describeCondition(page.visibleIf, state.definition)}.</p>}
      <MoveButtons action={state.action} target="page" id={page.id} name={`Seite ${page.title}`} isFirst={index === 0} isLast={index === count - 1} />
      <Form action={state.action}>
        <input type="hidden" name="op" value="page" />
        <input type="hidden" name="id" value={page.id} />
        {/* Every page has a "Titel der Seite": the group names it by the page's heading. */}
        <div role="group" aria-labelledby={`page-${page.id}-heading`}>
          <TextField name={name('title')} label="Titel der Seite" value={value('title', page.title)} error={state.errors[name('title')]} />
          <TextArea name={name('hint')} label="Hinweis zur Seite (optional)" rows={2} value={value('hint', page.hint)} error={state.errors[name('hint')]} />
          <Button variant="secondary">
            Speichern<span class="visually-hidden">: Seite {page.title}</span>
          </Button>
        </div>
      </Form>
      {page.items.map((item, itemIndex) => (
        <ItemSection item={item} state={state} level={3} isFirst={itemIndex === 0} isLast={itemIndex === page.items.length - 1} />
      ))}
    </div>
  );
}

/** The draft of a form: texts, pages and fields, each section its own small form (POST-redirect-GET). */
export function DraftEditorPage({ draft, errors = {}, values = {} }: { draft: FormVersion; errors?: FieldErrors; values?: Record<string, string> }) {
  const { definition, formKey } = draft;
  const state: SectionState = { action: EDITOR_PATHS.draft(formKey), definition, errors, values };
  const value = (key: string, fallback: string | undefined) => values[key] ?? fallback ?? '';
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>Entwurf bearbeiten: {definition.title}</h1>
      <p>
        Version {draft.version} von „{formKey}“. Änderungen werden sofort im Entwurf gespeichert; Antragstellende sehen sie erst nach dem Veröffentlichen.
      </p>
      <div class="button-group">
        <ButtonLink href={EDITOR_PATHS.preview(formKey)} variant="secondary">
          Vorschau
        </ButtonLink>
        <ButtonLink href={EDITOR_PATHS.publish(formKey)}>Veröffentlichen</ButtonLink>
      </div>
      {(draft.importReport?.length ?? 0) > 0 && (
        <InsetText>
          <h2>Hinweise aus dem FIM-Import</h2>
          <ul>
            {draft.importReport?.map((line) => (
              <li>{line}</li>
            ))}
          </ul>
        </InsetText>
      )}
      {definition.openRules.length > 0 && (
        <InsetText>
          <h2>Regeln, die noch umgesetzt werden müssen</h2>
          <ul>
            {definition.openRules.map((rule) => (
              <li>
                {rule.name}: {rule.text}
              </li>
            ))}
          </ul>
        </InsetText>
      )}
      <div>
        <h2 id="texts-heading">Allgemeine Angaben</h2>
        <Form action={state.action}>
          <input type="hidden" name="op" value="texts" />
          <TextField name="title" label="Titel des Formulars" value={value('title', definition.title)} error={errors.title} />
          <TextArea name="intro" label="Einleitung (optional)" rows={4} value={value('intro', definition.intro)} error={errors.intro} />
          <TextArea
            name="declaration"
            label="Erklärung vor dem Absenden"
            hint="Antragstellende bestätigen diesen Text, bevor sie den Antrag absenden."
            rows={3}
            value={value('declaration', definition.declaration)}
            error={errors.declaration}
          />
          <Button variant="secondary">Speichern: Allgemeine Angaben</Button>
        </Form>
      </div>
      {definition.pages.map((page, index) => (
        <PageSection page={page} index={index} count={definition.pages.length} state={state} />
      ))}
    </>
  );
}
