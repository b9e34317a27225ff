import type { FieldErrors } from '../../../kernel/http';
import { Button, ErrorMessage } from '../../../kernel/views';
import { REPEAT_ADD_DEFAULT, type Answers, type FieldDef, type FormDefinition, type GroupDef, type PageDef } from '../definition';
import { ADD_ITEM, fieldPlaces, holds, itemCountName, itemInputName, itemsOf, REMOVE_ITEM, type RawValues, type Scope } from '../engine';
import { conditionFields, describeCondition } from './condition-text';
import { FieldInput } from './field-input';
import type { UploadedFileView } from './file-field';

export type { UploadedFileView } from './file-field';

export interface FormPageFieldsProps {
  definition: FormDefinition;
  page: PageDef;
  values: RawValues;
  answers: Answers;
  errors?: FieldErrors;
  /** Files already uploaded per file input name: listed with an "Entfernen" button (`name="_removeFile" value=id`). */
  files?: Record<string, UploadedFileView[]>;
}

interface Context extends FormPageFieldsProps {
  errors: FieldErrors;
  onPage: Set<string>;
}

/**
 * Whether to draw something with a condition, and the hint that explains it. A condition on a
 * field of this page cannot be decided before the page is sent (no JavaScript needed): the field is
 * drawn with "Nur ausfüllen, wenn …". A condition on earlier answers is decided here.
 */
function conditional(
  item: { visibleIf?: FieldDef['visibleIf']; hint?: string | undefined },
  context: Context,
  scope: Scope,
): { show: boolean; hint: string | undefined } {
  if (!item.visibleIf) return { show: true, hint: item.hint };
  if (!conditionFields(item.visibleIf).some((id) => context.onPage.has(id))) return { show: holds(item.visibleIf, scope), hint: item.hint };
  const when = `Nur ausfüllen, wenn ${describeCondition(item.visibleIf, context.definition)}.`;
  return { show: true, hint: item.hint ? `${item.hint} ${when}` : when };
}

function Field({ field, name, context, scope }: { field: FieldDef; name: string; context: Context; scope: Scope }) {
  const { show, hint } = conditional(field, context, scope);
  if (!show) return null;
  return <FieldInput field={field} name={name} hint={hint} values={context.values} errors={context.errors} files={context.files?.[name] ?? []} />;
}

function itemCount(group: GroupDef & { repeat: NonNullable<GroupDef['repeat']> }, context: Context): number {
  const shown = Number.parseInt(String(context.values[itemCountName(group.id)] ?? ''), 10);
  if (Number.isInteger(shown) && shown >= 0) return Math.min(shown, group.repeat.max);
  return Math.min(Math.max(itemsOf(context.answers[group.id]).length, group.repeat.min), group.repeat.max);
}

/** "Weitere Personen": every item under its own heading ("Person 2") with "Entfernen", then "Person hinzufügen" or the group's addLabel. */
function RepeatingGroup({
  group,
  context,
  hint,
}: {
  group: GroupDef & { repeat: NonNullable<GroupDef['repeat']> };
  context: Context;
  hint: string | undefined;
}) {
  const { min, max, itemLabel, addLabel } = group.repeat;
  const count = itemCount(group, context);
  const stored = itemsOf(context.answers[group.id]);
  const error = context.errors[group.id];
  return (
    <div class={error ? 'form-group form-group--error' : 'form-group'}>
      <fieldset
        class="fieldset"
        id={group.id}
        tabIndex={-1}
        aria-describedby={[hint ? `${group.id}-hint` : '', error ? `${group.id}-error` : ''].filter(Boolean).join(' ') || undefined}
      >
        <legend class="legend">{group.label}</legend>
        {hint && (
          <div id={`${group.id}-hint`} class="hint">
            {hint}
          </div>
        )}
        <ErrorMessage name={group.id} error={error} />
        <input type="hidden" name={itemCountName(group.id)} value={String(count)} />
        {count === 0 && <p>Noch keine Angaben.</p>}
        {Array.from({ length: count }, (_, index) => {
          const scope: Scope = { answers: context.answers, groupId: group.id, item: stored[index] ?? {} };
          return (
            <div class="repeat-item">
              <h2>
                {itemLabel} {index + 1}
              </h2>
              {group.fields.map((field) => (
                <Field field={field} name={itemInputName(group.id, index, field.id)} context={context} scope={scope} />
              ))}
              {count > min && (
                <Button variant="secondary" name={REMOVE_ITEM} value={`${group.id}.${index}`}>
                  Entfernen
                  <span class="visually-hidden">
                    : {itemLabel} {index + 1}
                  </span>
                </Button>
              )}
            </div>
          );
        })}
        {count < max && (
          <Button variant="secondary" name={ADD_ITEM} value={group.id}>
            {count === 0 ? `${itemLabel} hinzufügen` : (addLabel ?? REPEAT_ADD_DEFAULT)}
          </Button>
        )}
      </fieldset>
    </div>
  );
}

function Group({ group, context }: { group: GroupDef; context: Context }) {
  const top: Scope = { answers: context.answers };
  const { show, hint } = conditional(group, context, top);
  if (!show) return null;
  if (group.repeat) return <RepeatingGroup group={group as GroupDef & { repeat: NonNullable<GroupDef['repeat']> }} context={context} hint={hint} />;
  return (
    <fieldset class="fieldset" aria-describedby={hint ? `${group.id}-hint` : undefined}>
      <legend class="legend">{group.label}</legend>
      {hint && (
        <div id={`${group.id}-hint`} class="hint">
          {hint}
        </div>
      )}
      {group.fields.map((field) => (
        <Field field={field} name={field.id} context={context} scope={top} />
      ))}
    </fieldset>
  );
}

/**
 * The inputs of one page (no <form>, no "Weiter" button): the caller wraps them in its form, which
 * must be multipart when the page has file fields. When the page has buttons of its own ("Entfernen",
 * "hinzufügen"), a hidden first submit button makes the Enter key continue instead of removing something.
 */
export function FormPageFields(props: FormPageFieldsProps) {
  const context: Context = { ...props, errors: props.errors ?? {}, onPage: new Set(fieldPlaces(props.definition, props.page).map((place) => place.field.id)) };
  const top: Scope = { answers: props.answers };
  const hasOwnButtons = props.page.items.some(
    (item) =>
      (item.kind === 'group' && item.repeat) ||
      (item.kind === 'field' && item.type === 'file') ||
      (item.kind === 'group' && item.fields.some((field) => field.type === 'file')),
  );
  return (
    <>
      {hasOwnButtons && <button type="submit" hidden tabIndex={-1} aria-hidden="true" />}
      {props.page.items.map((item) =>
        item.kind === 'field' ? <Field field={item} name={item.id} context={context} scope={top} /> : <Group group={item} context={context} />,
      )}
    </>
  );
}
