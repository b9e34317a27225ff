import { errors } from '../../../kernel/http';
import type { FieldDef, FormDefinition, FormOption, GroupDef, PageDef } from '../definition';

/** The changes the editor makes to a draft; each is one small form on the editor page. */
export type DraftEdit =
  | { op: 'texts'; title: string; intro: string | undefined; declaration: string }
  | { op: 'page'; pageId: string; title: string; hint: string | undefined }
  | {
      op: 'item';
      itemId: string;
      label: string;
      hint: string | undefined;
      required: boolean;
      options: FormOption[] | undefined;
      /** A repeating group's texts (its section has these inputs only when the group repeats). */
      repeat?: { itemLabel: string; addLabel: string | undefined } | undefined;
    }
  | { op: 'move'; target: 'page' | 'item'; id: string; direction: 'up' | 'down' };

export const CHOICE_TYPES: ReadonlySet<FieldDef['type']> = new Set(['select', 'radio', 'checkboxes']);

type Item = PageDef['items'][number] | FieldDef;

/** The list that holds an item (a page's items or a group's fields) and its position in it. */
function locate(definition: FormDefinition, itemId: string): { list: Item[]; index: number } {
  for (const page of definition.pages) {
    const index = page.items.findIndex((item) => item.id === itemId);
    if (index >= 0) return { list: page.items, index };
    for (const group of page.items.filter((item): item is GroupDef => item.kind === 'group')) {
      const inGroup = group.fields.findIndex((field) => field.id === itemId);
      if (inGroup >= 0) return { list: group.fields, index: inGroup };
    }
  }
  throw errors.notFound('Das Feld');
}

function move<T>(list: T[], index: number, direction: 'up' | 'down'): void {
  const other = direction === 'up' ? index - 1 : index + 1;
  if (other < 0 || other >= list.length) return;
  [list[index], list[other]] = [list[other]!, list[index]!];
}

function setText<T extends object>(target: T, key: keyof T & string, value: string | undefined): void {
  if (value) Object.assign(target, { [key]: value });
  else Reflect.deleteProperty(target, key);
}

function editItem(definition: FormDefinition, edit: Extract<DraftEdit, { op: 'item' }>): void {
  const { list, index } = locate(definition, edit.itemId);
  const item = list[index]!;
  item.label = edit.label;
  setText(item, 'hint', edit.hint);
  if (item.kind === 'group') {
    if (item.repeat && edit.repeat) {
      item.repeat.itemLabel = edit.repeat.itemLabel;
      setText(item.repeat, 'addLabel', edit.repeat.addLabel);
    }
    return;
  }
  item.required = edit.required;
  if (CHOICE_TYPES.has(item.type) && edit.options) item.options = edit.options;
}

/** A copy of the definition with the edit applied; an unknown page or field is a 404. */
export function applyEdit(definition: FormDefinition, edit: DraftEdit): FormDefinition {
  const next = structuredClone(definition);
  if (edit.op === 'texts') {
    next.title = edit.title;
    next.declaration = edit.declaration;
    setText(next, 'intro', edit.intro);
  } else if (edit.op === 'page') {
    const page = next.pages.find((candidate) => candidate.id === edit.pageId);
    if (!page) throw errors.notFound('Die Seite');
    page.title = edit.title;
    setText(page, 'hint', edit.hint);
  } else if (edit.op === 'item') {
    editItem(next, edit);
  } else if (edit.target === 'page') {
    const index = next.pages.findIndex((page) => page.id === edit.id);
    if (index < 0) throw errors.notFound('Die Seite');
    move(next.pages, index, edit.direction);
  } else {
    const { list, index } = locate(next, edit.id);
    move(list, index, edit.direction);
  }
  return next;
}
