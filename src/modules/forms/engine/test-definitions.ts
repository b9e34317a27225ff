/** Builders for the engine's tests: a definition around a few items, validated by the real schema. */
import { formDefinitionSchema, type FormDefinition, type FormDefinitionInput } from '../definition';
import { addDays, todayIso } from './dates';

type ItemInput = FormDefinitionInput['pages'][number]['items'][number];

export function definitionWith(items: ItemInput[], extra: Partial<FormDefinitionInput> = {}): FormDefinition {
  return formDefinitionSchema.parse({
    schemaVersion: 1,
    title: 'Test',
    declaration: 'Ich versichere, dass meine Angaben stimmen.',
    pages: [{ id: 'start', title: 'Angaben', items }],
    ...extra,
  });
}

/** A date relative to today as the three inputs a person types. */
export function typedDate(name: string, days: number): Record<string, string> {
  const [year, month, day] = addDays(todayIso(), days).split('-') as [string, string, string];
  return { [`${name}-day`]: String(Number(day)), [`${name}-month`]: String(Number(month)), [`${name}-year`]: year };
}

export const isoIn = (days: number): string => addDays(todayIso(), days);
