import type { FieldErrors } from '../../../../kernel/http';
import { Button, Checkbox, Form, TextArea, TextField } from '../../../../kernel/views';
import { REPEAT_ADD_DEFAULT, type FieldDef, type FormDefinition, type GroupDef } from '../../definition';
import { itemInput } from '../../presenters';
import { facts } from './definition-outline';
import { MoveButtons } from './move-buttons';

const CHOICES = new Set(['select', 'radio', 'checkboxes']);

export interface SectionState {
  action: string;
  definition: FormDefinition;
  errors: FieldErrors;
  /** What was posted in the section that failed (its prefixed names). */
  values: Record<string, string>;
}

/** One field or group: its texts, "Pflichtangabe", the answers to choose from, and its position. */
export function ItemSection({
  item,
  state,
  level,
  isFirst,
  isLast,
}: {
  item: FieldDef | GroupDef;
  state: SectionState;
  level: 3 | 4;
  isFirst: boolean;
  isLast: boolean;
}) {
  const name = (key: string) => itemInput(item.id, key);
  const value = (key: string, fallback: string | undefined) => state.values[name(key)] ?? fallback ?? '';
  const Heading = level === 3 ? 'h3' : 'h4';
  const options =
    item.kind === 'field' && CHOICES.has(item.type) ? (item.options ?? []).map((option) => `${option.value}|${option.label}`).join('\n') : undefined;
  return (
    <div class="editor-item">
      <Heading id={`${item.id}-heading`}>{item.label}</Heading>
      <p class="hint">{facts(item, state.definition)}</p>
      <Form action={state.action}>
        <input type="hidden" name="op" value="item" />
        <input type="hidden" name="id" value={item.id} />
        {/* Every item has inputs labelled "Beschriftung", "Hinweis": the group names them by the item's heading. */}
        <div role="group" aria-labelledby={`${item.id}-heading`}>
          <TextField name={name('label')} label="Beschriftung" value={value('label', item.label)} error={state.errors[name('label')]} />
          <TextArea name={name('hint')} label="Hinweis (optional)" rows={2} value={value('hint', item.hint)} error={state.errors[name('hint')]} />
          {item.kind === 'field' && (
            <Checkbox
              name={name('required')}
              label="Pflichtangabe"
              checked={state.values[name('label')] === undefined ? item.required : state.values[name('required')] === 'ja'}
            />
          )}
          {item.kind === 'group' && item.repeat && (
            <>
              <TextField
                name={name('itemLabel')}
                label="Bezeichnung eines Eintrags"
                hint="Überschrift jedes Eintrags mit seiner Nummer, zum Beispiel „Hund“ für „Hund 2“."
                value={value('itemLabel', item.repeat.itemLabel)}
                error={state.errors[name('itemLabel')]}
              />
              <TextField
                name={name('addLabel')}
                label="Schaltfläche für einen weiteren Eintrag (optional)"
                hint={`Zum Beispiel „Weiteren Hund hinzufügen“. Ohne Angabe steht dort „${REPEAT_ADD_DEFAULT}“.`}
                value={value('addLabel', item.repeat.addLabel)}
                error={state.errors[name('addLabel')]}
              />
            </>
          )}
          {options !== undefined && (
            <TextArea
              name={name('options')}
              label="Antworten zur Auswahl"
              hint="Eine Antwort je Zeile als „wert|Bezeichnung“. Der Wert wird gespeichert, die Bezeichnung angezeigt."
              rows={5}
              value={value('options', options)}
              error={state.errors[name('options')]}
            />
          )}
          <Button variant="secondary">
            Speichern<span class="visually-hidden">: {item.label}</span>
          </Button>
        </div>
      </Form>
      <MoveButtons action={state.action} target="item" id={item.id} name={item.label} isFirst={isFirst} isLast={isLast} />
      {item.kind === 'group' &&
        item.fields.map((field, index) => <ItemSection item={field} state={state} level={4} isFirst={index === 0} isLast={index === item.fields.length - 1} />)}
    </div>
  );
}
