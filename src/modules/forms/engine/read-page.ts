import type { FieldErrors } from '../../../kernel/http';
import type { Answers, AnswerValue, FieldDef, FormDefinition, GroupDef, PageDef } from '../definition';
import { checkValue } from './check-value';
import { holds, isFilled, type Scope } from './conditions';
import { crossRuleErrors, refsOfRule } from './cross-rules';
import { todayIso } from './dates';
import { messages } from './messages';
import { ADD_ITEM, findPlace, inputNamesOf, itemCountName, itemInputName, REMOVE_ITEM } from './names';
import { parseField, postedString, type ParsedField } from './parse-field';
import type { PageReadResult, RawValues } from './types';
import { isRepeating, itemsOf, pruneHidden } from './visibility';

interface ReadField {
  field: FieldDef;
  name: string;
  parsed: ParsedField;
}
type RepeatingGroup = GroupDef & { repeat: NonNullable<GroupDef['repeat']> };

export function findPage(definition: FormDefinition, pageId: string): PageDef {
  const page = definition.pages.find((candidate) => candidate.id === pageId);
  if (!page) throw new Error(`form has no page "${pageId}"`);
  return page;
}

/** How many items of a repeating group were posted: the hidden count, else the highest index seen; never above max. */
export function postedItemCount(group: RepeatingGroup, body: Record<string, unknown>): number {
  const posted = Number.parseInt(postedString(body[itemCountName(group.id)]), 10);
  if (Number.isInteger(posted) && posted >= 0) return Math.min(posted, group.repeat.max);
  const prefix = `${group.id}.`;
  const indexes = Object.keys(body)
    .filter((name) => name.startsWith(prefix))
    .map((name) => Number.parseInt(name.slice(prefix.length), 10))
    .filter(Number.isInteger);
  return Math.min(indexes.length ? Math.max(...indexes) + 1 : 0, group.repeat.max);
}

/** The parsed field under another input name (items move up when one above is removed). */
function renamed(read: ReadField, name: string): ReadField {
  if (read.name === name) return read;
  const move = (record: Record<string, string | string[]>) =>
    Object.fromEntries(Object.entries(record).map(([key, value]) => [name + key.slice(read.name.length), value]));
  return { field: read.field, name, parsed: { value: read.parsed.value, raw: move(read.parsed.raw), errors: move(read.parsed.errors) as FieldErrors } };
}

const isBlank = (entry: ReadField[]) => entry.every(({ parsed }) => !isFilled(parsed.value) && Object.keys(parsed.errors).length === 0);

interface ItemControl {
  add: string;
  remove: string;
  stay: boolean;
}

/** The items of a repeating group as posted, after "Entfernen"/"hinzufügen" and without blank items beyond the minimum. */
function readItems(
  group: RepeatingGroup,
  body: Record<string, unknown>,
  previous: Answers,
  files: Record<string, string[]>,
  control: ItemControl,
  errors: FieldErrors,
): ReadField[][] {
  const stored = itemsOf(previous[group.id]);
  let entries = Array.from({ length: postedItemCount(group, body) }, (_, index) =>
    group.fields.map((field) => {
      const name = itemInputName(group.id, index, field.id);
      return { field, name, parsed: parseField(field, body, name, files, stored[index]?.[field.id]) };
    }),
  );
  const removeIndex = control.remove.startsWith(`${group.id}.`) ? Number(control.remove.slice(group.id.length + 1)) : NaN;
  if (Number.isInteger(removeIndex) && removeIndex < entries.length && entries.length > group.repeat.min) entries.splice(removeIndex, 1);
  if (control.add === group.id) {
    if (entries.length < group.repeat.max) entries.push(group.fields.map((field) => ({ field, name: '', parsed: { value: undefined, raw: {}, errors: {} } })));
    else errors[group.id] = messages.tooManyItems(group, group.repeat.max);
  }
  if (!control.stay) {
    let blanksKept = group.repeat.min - entries.filter((entry) => !isBlank(entry)).length;
    entries = entries.filter((entry) => !isBlank(entry) || blanksKept-- > 0);
  }
  return entries.map((entry, index) => entry.map((read) => renamed(read, itemInputName(group.id, index, read.field.id))));
}

/**
 * Reads a posted page into answers: parses every field of the page, drops answers of fields that
 * are hidden by the new answers, checks the visible ones (and cross-field rules that lie on this
 * page). `_add=<groupId>` and `_removeItem=<groupId>.<index>` change a repeating group and show the
 * page again without errors. `files` holds the attachment ids per file input after uploads and removals.
 */
export function readPage(
  definition: FormDefinition,
  pageId: string,
  body: Record<string, unknown>,
  answers: Answers,
  files: Record<string, string[]> = {},
): PageReadResult {
  const page = findPage(definition, pageId);
  const control: ItemControl = { add: postedString(body[ADD_ITEM]), remove: postedString(body[REMOVE_ITEM]), stay: false };
  control.stay = control.add !== '' || control.remove !== '';
  const controlErrors: FieldErrors = {};
  const values: RawValues = {};
  const working: Answers = { ...answers };
  const singles: ReadField[] = [];
  const groups = new Map<string, ReadField[][]>();

  for (const item of page.items) {
    if (isRepeating(item)) {
      const entries = readItems(item, body, answers, files, control, controlErrors);
      groups.set(item.id, entries);
      values[itemCountName(item.id)] = String(entries.length);
      working[item.id] = entries.map((entry) =>
        Object.fromEntries(entry.filter(({ parsed }) => parsed.value !== undefined).map(({ field, parsed }) => [field.id, parsed.value as AnswerValue])),
      );
      for (const { parsed } of entries.flat()) Object.assign(values, parsed.raw);
    } else {
      for (const field of item.kind === 'field' ? [item] : item.fields) {
        const parsed = parseField(field, body, field.id, files, answers[field.id]);
        singles.push({ field, name: field.id, parsed });
        Object.assign(values, parsed.raw);
        if (parsed.value === undefined) Reflect.deleteProperty(working, field.id);
        else working[field.id] = parsed.value;
      }
    }
  }

  const errors = checkPage(definition, page, working, singles, groups);
  const result = { values, answers: pruneHidden(definition, working) };
  if (control.stay) return { ok: false, stay: true, errors: controlErrors, ...result };
  if (Object.keys(errors).length > 0) return { ok: false, stay: false, errors, ...result };
  return { ok: true, ...result };
}

/** Checks the visible fields of the page; removes hidden and invalid answers from `working`. */
function checkPage(definition: FormDefinition, page: PageDef, working: Answers, singles: ReadField[], groups: Map<string, ReadField[][]>): FieldErrors {
  const today = todayIso();
  const errors: FieldErrors = {};
  const top: Scope = { answers: working };
  const keep = (read: ReadField, scope: Scope, groupVisible: boolean): boolean => {
    if (!groupVisible || !holds(read.field.visibleIf, scope)) return false;
    const found = Object.keys(read.parsed.errors).length ? read.parsed.errors : checkValue(read.field, read.parsed.value, read.name, today);
    Object.assign(errors, found);
    return Object.keys(found).length === 0;
  };
  const dropSingles = singles.filter(
    (read) => !keep(read, top, holds(page.items.find((item) => item.kind === 'group' && item.fields.includes(read.field))?.visibleIf, top)),
  );
  const dropInItems: Array<() => void> = [];
  for (const item of page.items.filter(isRepeating)) {
    const visible = holds(item.visibleIf, top);
    const entries = groups.get(item.id) ?? [];
    if (visible && entries.length < item.repeat.min) errors[item.id] = messages.tooFewItems(item, item.repeat.min);
    const stored = itemsOf(working[item.id]);
    entries.forEach((entry, index) => {
      const scope: Scope = { answers: working, groupId: item.id, item: stored[index] ?? {} };
      for (const read of entry) if (!keep(read, scope, visible)) dropInItems.push(() => Reflect.deleteProperty(stored[index] ?? {}, read.field.id));
    });
    if (!visible) dropInItems.push(() => Reflect.deleteProperty(working, item.id));
  }
  for (const read of dropSingles) Reflect.deleteProperty(working, read.field.id);
  for (const drop of dropInItems) drop();

  const onThisPage = (ref: string) => findPlace(definition, ref)?.page.id === page.id;
  for (const error of crossRuleErrors(
    definition,
    working,
    definition.rules.filter((rule) => refsOfRule(rule).every(onThisPage)),
  )) {
    errors[error.key] ??= error.message;
  }
  return errors;
}

/** Posted names that are not inputs of this page (tampering or a stale page); control names (`_…`) excepted. */
export function unknownFields(definition: FormDefinition, page: PageDef | string, body: Record<string, unknown>): string[] {
  const current = typeof page === 'string' ? findPage(definition, page) : page;
  const known = new Set<string>();
  for (const item of current.items) {
    if (isRepeating(item)) {
      for (let index = 0; index < postedItemCount(item, body); index += 1) {
        for (const field of item.fields) inputNamesOf(field, itemInputName(item.id, index, field.id)).forEach((name) => known.add(name));
      }
    } else {
      for (const field of item.kind === 'field' ? [item] : item.fields) inputNamesOf(field, field.id).forEach((name) => known.add(name));
    }
  }
  return Object.keys(body).filter((name) => !name.startsWith('_') && !known.has(name));
}
