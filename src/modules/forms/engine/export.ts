import type { Answers, FieldDef, FormDefinition, GroupDef } from '../definition';
import { holds, isFilled, type Scope } from './conditions';
import type { ExportedAnswer } from './types';
import { itemsOf, pruneHidden, visiblePages } from './visibility';

const exportField = (field: FieldDef, value: unknown): ExportedAnswer => ({
  id: field.id,
  ...(field.fim ? { fim: field.fim } : {}),
  label: field.label,
  type: field.type,
  value: isFilled(value as Answers[string]) || value === false ? value : null,
});

function exportFields(fields: FieldDef[], scope: Scope, valueOf: (field: FieldDef) => unknown): ExportedAnswer[] {
  return fields.filter((field) => holds(field.visibleIf, scope)).map((field) => exportField(field, valueOf(field)));
}

function exportGroup(group: GroupDef, answers: Answers): ExportedAnswer {
  const items = group.repeat
    ? itemsOf(answers[group.id]).map((item) => exportFields(group.fields, { answers, groupId: group.id, item }, (field) => item[field.id]))
    : [exportFields(group.fields, { answers }, (field) => answers[field.id])];
  return { id: group.id, ...(group.fim ? { fim: group.fim } : {}), label: group.label, type: 'group', value: null, items };
}

/** The visible answers in the definition's structure, keyed by field id with the FIM reference (for exports to specialist procedures). */
export function exportAnswers(definition: FormDefinition, answers: Answers): ExportedAnswer[] {
  const pruned = pruneHidden(definition, answers);
  const scope: Scope = { answers: pruned };
  return visiblePages(definition, pruned).flatMap((page) =>
    page.items
      .filter((item) => holds(item.visibleIf, scope))
      .map((item) => (item.kind === 'field' ? exportField(item, pruned[item.id]) : exportGroup(item, pruned))),
  );
}
