import { formDefinitionSchema, type Condition, type FormDefinition } from '../definition';
import { fieldPlaces, findPlace } from '../engine';
import { CHOICE_TYPES } from './draft-edits';

function conditionsOf(definition: FormDefinition): Condition[] {
  const found: Condition[] = [];
  const add = (condition: Condition | undefined) => {
    if (!condition) return;
    found.push(condition);
    if ('all' in condition) condition.all.forEach(add);
    if ('any' in condition) condition.any.forEach(add);
    if ('not' in condition) add(condition.not);
  };
  for (const page of definition.pages) {
    add(page.visibleIf);
    for (const item of page.items) {
      add(item.visibleIf);
      if (item.kind === 'group') item.fields.forEach((field) => add(field.visibleIf));
    }
  }
  definition.rules.forEach((rule) => add(rule.when));
  definition.fee?.lines.forEach((line) => add(line.when));
  return found;
}

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

/**
 * What stops a definition from being published, in German for the editor: the schema, and what
 * the schema cannot see (unique ids, references to fields that exist, answers that are options).
 */
export function definitionProblems(definition: unknown): string[] {
  const parsed = formDefinitionSchema.safeParse(definition);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => `Die Formulardefinition ist an der Stelle „${issue.path.join('.')}“ ungültig: ${issue.message}`);
  }
  const form = parsed.data;
  const problems: string[] = [];
  const ids = [
    ...form.pages.flatMap((page) => page.items.map((item) => item.id)),
    ...fieldPlaces(form)
      .filter((place) => place.group)
      .map((place) => place.field.id),
  ];
  for (const id of new Set(ids.filter((id, index) => ids.indexOf(id) !== index))) problems.push(`Die Kennung „${id}“ kommt mehrfach vor.`);
  for (const { field } of fieldPlaces(form)) {
    if (CHOICE_TYPES.has(field.type) && !field.options?.length) problems.push(`Das Feld „${field.label}“ hat keine Antworten zur Auswahl.`);
    if (field.pattern && !compiles(field.pattern)) problems.push(`Das Muster des Feldes „${field.label}“ ist kein gültiger regulärer Ausdruck.`);
  }
  for (const condition of conditionsOf(form)) {
    if (!('field' in condition)) continue;
    const target = findPlace(form, condition.field);
    if (!target) {
      problems.push(`Eine Bedingung bezieht sich auf das unbekannte Feld „${condition.field}“.`);
      continue;
    }
    const expected = 'equals' in condition ? [condition.equals] : 'notEquals' in condition ? [condition.notEquals] : 'in' in condition ? condition.in : [];
    const options = target.field.options?.map((option) => option.value);
    for (const value of expected) {
      if (typeof value === 'string' && options && !options.includes(value)) {
        problems.push(`Eine Bedingung erwartet bei „${target.field.label}“ die Antwort „${value}“, die es nicht mehr gibt.`);
      }
    }
  }
  for (const rule of form.rules) {
    if (!findPlace(form, rule.fields[0]!)) problems.push(`Die Regel „${rule.id}“ bezieht sich auf ein unbekanntes Feld.`);
  }
  return problems;
}
