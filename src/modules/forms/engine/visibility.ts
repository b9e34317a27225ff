import type { Answers, AnswerValue, FormDefinition, GroupDef, PageDef } from '../definition';
import { holds, type Item, type Scope } from './conditions';
import { itemInputName, type PageItem } from './names';
import type { FieldDef } from '../definition';

export function visiblePages(definition: FormDefinition, answers: Answers): PageDef[] {
  return definition.pages.filter((page) => holds(page.visibleIf, { answers }));
}

/** The items of a repeating group's answer (anything else stored there counts as no items). */
export function itemsOf(value: Answers[string] | undefined): Item[] {
  return Array.isArray(value) ? value.filter((item): item is Item => typeof item === 'object' && item !== null && !Array.isArray(item)) : [];
}

export const isRepeating = (item: PageItem): item is GroupDef & { repeat: NonNullable<GroupDef['repeat']> } =>
  item.kind === 'group' && item.repeat !== undefined;

/** One visible field with the input name its answer has and where its value is. */
export interface VisibleField {
  page: PageDef;
  field: FieldDef;
  group: GroupDef | undefined;
  /** Input name: the field id, or `group.index.field` inside a repeating group. */
  name: string;
  index: number | undefined;
  value: Answers[string] | undefined;
  scope: Scope;
}

export interface VisitorCallbacks {
  field: (visit: VisibleField) => void;
  /** A visible repeating group with its items (called before its fields). */
  repeatingGroup?: (page: PageDef, group: GroupDef, items: Item[]) => void;
}

/** Walks every visible field of the visible pages (or of `pages`) in order, items of repeating groups included. */
export function walkVisible(definition: FormDefinition, answers: Answers, callbacks: VisitorCallbacks, pages = visiblePages(definition, answers)): void {
  const top: Scope = { answers };
  for (const page of pages) {
    for (const item of page.items) {
      if (!holds(item.visibleIf, top)) continue;
      if (item.kind === 'field') {
        callbacks.field({ page, field: item, group: undefined, name: item.id, index: undefined, value: answers[item.id], scope: top });
      } else if (!item.repeat) {
        for (const field of item.fields) {
          if (holds(field.visibleIf, top)) {
            callbacks.field({ page, field, group: item, name: field.id, index: undefined, value: answers[field.id], scope: top });
          }
        }
      } else {
        const items = itemsOf(answers[item.id]);
        callbacks.repeatingGroup?.(page, item, items);
        items.forEach((entry, index) => {
          const scope: Scope = { answers, groupId: item.id, item: entry };
          for (const field of item.fields) {
            if (holds(field.visibleIf, scope)) {
              callbacks.field({ page, field, group: item, name: itemInputName(item.id, index, field.id), index, value: entry[field.id], scope });
            }
          }
        });
      }
    }
  }
}

function pruneOnce(definition: FormDefinition, answers: Answers): Answers {
  const kept: Answers = {};
  walkVisible(definition, answers, {
    repeatingGroup: (_page, group, items) => {
      kept[group.id] = items.map(() => ({}));
    },
    field: ({ field, group, index, value }) => {
      if (value === undefined) return;
      if (group?.repeat && index !== undefined) (kept[group.id] as Array<Record<string, AnswerValue>>)[index]![field.id] = value as AnswerValue;
      else kept[field.id] = value;
    },
  });
  return kept;
}

/**
 * The answers without those of hidden pages, groups and fields (and without anything the definition
 * does not know). Repeated until nothing changes, because hiding one answer can hide another.
 */
export function pruneHidden(definition: FormDefinition, answers: Answers): Answers {
  let current = answers;
  for (let round = 0; round <= definition.pages.length + 10; round += 1) {
    const next = pruneOnce(definition, current);
    if (JSON.stringify(next) === JSON.stringify(current)) return next;
    current = next;
  }
  return current;
}
